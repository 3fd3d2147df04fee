/**
 * Pages, network first (issue 14, point 5): staff publish, change and withdraw pages without a new build, so a copy
 * the phone holds, precached or kept when read, can be out of date. Online, a page comes from the server and its
 * answer replaces the held copy; a page the server no longer has (410 withdrawn, 404) is dropped from the phone,
 * not shown again offline. With no signal, or none within `timeoutMs`, the held copy answers, and a late answer
 * still replaces it for next time. The first visit is not slowed: the page that registers the worker is not
 * controlled by it.
 */

/** Where a page's held copy lives: `read` it, `keep` a newer answer, `drop` it. */
export interface HeldPage {
  read(): Promise<Response | undefined>;
  keep(response: Response): Promise<void>;
  drop(): Promise<void>;
}

/** Statuses that say the page is gone for good: withdrawn (410), or no longer there (404). */
const GONE = new Set([404, 410]);

/**
 * A page the server answers for this visit only (`Cache-Control: no-store`): the mailbox's form naming the page it
 * was asked from (`/ask/?page=…`), kept under `/ask/`'s key it would name that page for every later question.
 */
const forThisVisit = (response: Response) => /(^|,)\s*no-store\s*(,|$)/i.test(response.headers.get('Cache-Control') ?? '');

/**
 * Answers a navigation: the network's answer when it comes within `timeoutMs` milliseconds (kept when 200, the held
 * copy dropped when 404 or 410; never kept when `no-store`), unless it is a server error (5xx) and a copy is held; else the held copy; else the
 * network's answer whenever it comes, or its failure, for the worker's offline page. `waitUntil` keeps the worker alive while a late answer is
 * stored.
 */
export async function networkFirstPage(request: Request, held: HeldPage, timeoutMs: number, waitUntil: (promise: Promise<unknown>) => void): Promise<Response> {
  const network = fetch(request).then(async (response) => {
    if (response.status === 200 && !response.redirected && !forThisVisit(response)) await held.keep(response.clone());
    else if (GONE.has(response.status)) await held.drop();
    return response;
  });
  waitUntil(network.catch(() => undefined));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
  const first = await Promise.race([network, late]).catch(() => 'failed' as const).finally(() => clearTimeout(timer));
  if (first instanceof Response && first.status < 500) return first;
  const copy = await held.read();
  if (copy) return copy;
  if (first instanceof Response) return first;
  return network;
}
