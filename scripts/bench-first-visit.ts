/**
 * The first visit's numbers for `npm run bench` (issue 16, point 6): what a phone downloads when someone scans a
 * guide's QR code, page and service-worker precache together, in each language. Counted where it is paid for, at
 * the server: every response's bytes as sent (body as encoded, plus its headers), so a file the browser takes from
 * its own HTTP cache costs nothing, and a file downloaded twice counts twice.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { type PackFile, packLocale } from '../src/service-worker/pack-format.ts';
import { guideHref } from '../src/addresses/addresses.ts';
import { type Locale, locales } from '../src/i18n/locales.ts';

/** One response the server sent: who asked for it (the page or its service worker), its path and its bytes. */
export interface Sent {
  path: string;
  by: 'page' | 'worker';
  bytes: number;
  status: number;
  /** For a precache pack, the files it held (`/x/index.html`, percent-encoded as addresses are). */
  packed?: string[];
}

// The app's fetch and the Node server's callback: the request, then whatever the server passes (its bindings).
type Fetch = (request: Request, ...rest: any[]) => Response | Promise<Response>;

/** Bytes of a response's status line and headers as HTTP/1.1 writes them: `name: value\r\n` each. */
function headerBytes(response: Response): number {
  let bytes = `HTTP/1.1 ${response.status} \r\n\r\n`.length;
  response.headers.forEach((value, name) => {
    bytes += name.length + value.length + 4;
  });
  return bytes;
}

/**
 * Wraps the app's `fetch` to record what each answer costs. The service worker's own downloads are told apart
 * by their `Sec-Fetch-Dest`: the worker script itself (`serviceworker`) and what it fetches (`empty`; the page's
 * own loads are `document`, `script`, `style`, `image`, `manifest`).
 */
export function trafficMeter(fetch: Fetch) {
  let sent: Sent[] = [];
  return {
    fetch: (async (request: Request, ...rest: any[]) => {
      const response = await fetch(request, ...rest);
      const destination = request.headers.get('sec-fetch-dest') ?? '';
      const body = response.body ? Buffer.from(await response.clone().arrayBuffer()) : Buffer.alloc(0);
      const path = new URL(request.url).pathname;
      sent.push({
        path,
        by: destination === 'empty' || destination === 'serviceworker' ? 'worker' : 'page',
        bytes: body.byteLength + headerBytes(response),
        status: response.status,
        ...(packLocale(path) && response.ok ? { packed: packMembers(body, response.headers.get('Content-Encoding')) } : {}),
      });
      return response;
    }) as Fetch,
    /** What was sent since the last call. */
    take(): Sent[] {
      const taken = sent;
      sent = [];
      return taken;
    },
  };
}

/** The files in a pack's body as sent. */
function packMembers(body: Buffer, encoding: string | null): string[] {
  const json = encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;
  return (JSON.parse(json.toString('utf8')) as PackFile).map(([path]) => new URL(path, 'http://pack/').pathname);
}

/**
 * The files a visit downloaded more than once (issue 16, point 2), by address: every file the server sent counts
 * (a page `/x/` as `/x/index.html`, the name the precache gives it), a pack each file it held; a "not modified"
 * answer sends none.
 */
export function downloadedTwice(sent: readonly Sent[]): string[] {
  const times = new Map<string, number>();
  for (const one of sent.filter(({ status }) => status !== 304)) {
    for (const file of one.packed ?? [one.path.endsWith('/') ? `${one.path}index.html` : one.path]) times.set(file, (times.get(file) ?? 0) + 1);
  }
  return [...times].filter(([, count]) => count > 1).map(([file]) => file);
}

export interface FirstVisit {
  locale: Locale;
  path: string;
  page: { bytes: number; requests: number };
  precache: { bytes: number; requests: number };
  /** Files sent more than once: none, when the worker takes what the page loaded from the browser's cache. */
  twice: string[];
}

/** The guide a printed QR code leads to, in each language. */
export const firstVisitGuide = 'bus-pass';

/**
 * Opens the bus-pass guide in a fresh browser (nothing cached) in each language and waits until the service worker
 * has installed, that is until the phone holds everything promised offline, then counts what the server sent.
 */
export async function benchFirstVisit(browser: Browser, origin: string, meter: ReturnType<typeof trafficMeter>): Promise<FirstVisit[]> {
  const visits: FirstVisit[] = [];
  for (const locale of locales) {
    const path = guideHref(firstVisitGuide, locale);
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    meter.take();
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForLoadState('networkidle');
    await context.close();
    const sent = meter.take();
    const total = (by: Sent['by']) => {
      const mine = sent.filter((one) => one.by === by);
      return { bytes: mine.reduce((sum, one) => sum + one.bytes, 0), requests: mine.length };
    };
    visits.push({ locale, path, page: total('page'), precache: total('worker'), twice: downloadedTwice(sent) });
  }
  return visits;
}

/** Issue 16, point 6: a first visit, page and precache together, costs no more than the GOV.UK page alone. */
export const firstVisitBudget = { bytes: 100 * 1024, requests: 30 };

/** Whether a first visit is over its budget, in bytes or in requests. */
export function isOverBudget(visit: FirstVisit): boolean {
  const bytes = visit.page.bytes + visit.precache.bytes;
  const requests = visit.page.requests + visit.precache.requests;
  return bytes > firstVisitBudget.bytes || requests > firstVisitBudget.requests;
}

/** Prints the first visit's table, beside the GOV.UK Frontend peer page where it was measured; returns the languages over budget. */
export function printFirstVisits(visits: FirstVisit[], kb: (bytes: number) => string, peer?: { locale: Locale; bytes: number; requests: number }[]): string[] {
  console.log(`\nFirst visit from a QR code, as sent (bodies as encoded + headers); budget ${kb(firstVisitBudget.bytes)} and ${firstVisitBudget.requests} requests in all\n`);
  console.log('| language | address | page | precache | in all | GOV.UK Frontend page | ours ÷ peer | downloaded twice |');
  console.log('|---|---|---:|---:|---:|---:|---:|---|');
  for (const visit of visits) {
    const cell = ({ bytes, requests }: { bytes: number; requests: number }) => `${kb(bytes)} in ${requests}`;
    const all = { bytes: visit.page.bytes + visit.precache.bytes, requests: visit.page.requests + visit.precache.requests };
    const theirs = peer?.find((one) => one.locale === visit.locale);
    const ratio = theirs ? `${(all.bytes / theirs.bytes).toFixed(2)}×` : '–';
    console.log(`| ${visit.locale} | ${visit.path} | ${cell(visit.page)} | ${cell(visit.precache)} | ${cell(all)}${isOverBudget(visit) ? ' OVER' : ''} | ${theirs ? cell(theirs) : '–'} | ${ratio} | ${visit.twice.join(', ') || 'none'} |`);
  }
  if (!peer) console.log('\n(GOV.UK Frontend is not installed: no peer page measured.)');
  return visits.filter(isOverBudget).map((visit) => visit.locale);
}
