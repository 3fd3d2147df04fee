import { answerHref, answersHref, guideHref, qrHref } from '../addresses/addresses.ts';
import type { Locale } from '../i18n/locales.ts';
import type { HeldPage } from './pages.ts';

/**
 * The guides and answers staff publish, kept offline like the shipped guides (issue 14, point 5; issue 17 point 3):
 * whenever the worker has the published overlay of a language (src/content/published.ts), it keeps the page and QR
 * code of each guide and answer the overlay lists and drops those of each one withdrawn, as the language precache
 * keeps a shipped guide's; and the answers' list, which only the server writes with them, when they changed.
 */

/**
 * The part of the published overlay (`PublishedOverlay`, src/content/published.ts) the worker reads: written here
 * rather than imported, as src/content's modules reach the app's components, which reach the worker's rules (a
 * folder cycle). The tests check that an overlay is one.
 */
export interface PublishedOverlay {
  disclosure: readonly { href: string }[];
  guides: readonly { slug: string; title?: string }[];
  /** Missing from an overlay held from before answers were published. */
  answers?: readonly { slug: string }[];
  withdrawn: { disclosure: readonly string[]; guides: readonly string[]; answers?: readonly string[] };
}

/** Whether a parsed answer has the overlay's shape (the server's, but read from a cache or a network that may differ). */
export function isOverlay(value: unknown): value is PublishedOverlay {
  const overlay = value as Partial<PublishedOverlay> | null;
  return !!overlay && Array.isArray(overlay.disclosure) && Array.isArray(overlay.guides)
    && Array.isArray(overlay.withdrawn?.disclosure) && Array.isArray(overlay.withdrawn?.guides)
    && overlay.guides.every((guide) => typeof guide?.slug === 'string') && overlay.disclosure.every((item) => typeof item?.href === 'string');
}

/** The overlay in a response's body, or undefined when it is not one. */
export async function readOverlay(response: Response | undefined): Promise<PublishedOverlay | undefined> {
  try {
    const value: unknown = await response?.json();
    return isOverlay(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** What the worker does with the published guides' and answers' files, by address (`/en/guides/x/`, `/qr/en/guides/x.svg`). */
export interface PublishedGuideFiles {
  /** Each listed guide's and answer's page and QR code, and the answers' list: fetched when the phone holds no copy. */
  keep: string[];
  /**
   * The pages of guides and answers whose entry differs from the overlay held before (`previous`): a new version,
   * fetched even when a copy is held, and the answers' list when any answer did. Their QR codes are not: a code
   * stands for the address, which has not changed.
   */
  refresh: string[];
  /** The page and QR code of each guide and answer withdrawn, and listed no more. */
  drop: string[];
}

/**
 * Which guide files to keep, fetch again and drop for `overlay` in `locale`, given the overlay the phone held
 * before (none on the first fetch, when every listed guide counts as new).
 */
export function publishedGuideFiles(overlay: PublishedOverlay, locale: Locale, previous?: PublishedOverlay): PublishedGuideFiles {
  const sections = [
    { href: guideHref, entries: overlay.guides, before: previous?.guides, withdrawn: overlay.withdrawn.guides },
    { href: answerHref, entries: overlay.answers ?? [], before: previous?.answers, withdrawn: overlay.withdrawn.answers ?? [] },
  ];
  const files = sections.map(({ href, entries, before, withdrawn }) => {
    const page = (slug: string) => href(slug, locale);
    const both = (slug: string) => [page(slug), qrHref(page(slug))];
    const held = new Map(before?.map((entry) => [entry.slug, JSON.stringify(entry)]));
    const listed = new Set(entries.map((entry) => entry.slug));
    return {
      keep: entries.flatMap((entry) => both(entry.slug)),
      refresh: entries.filter((entry) => held.get(entry.slug) !== JSON.stringify(entry)).map((entry) => page(entry.slug)),
      drop: [...new Set(withdrawn)].filter((slug) => !listed.has(slug)).flatMap(both),
    };
  });
  // The answers' list is the server's once an answer is published or withdrawn: kept, and fetched again when they change.
  const answers = [overlay.answers ?? [], overlay.withdrawn.answers ?? []];
  const list = answers.some((part) => part.length > 0) ? [answersHref(locale)] : [];
  const listChanged = JSON.stringify(answers) !== JSON.stringify([previous?.answers ?? [], previous?.withdrawn.answers ?? []]);
  return {
    keep: [...files.flatMap((part) => part.keep), ...list],
    refresh: [...files.flatMap((part) => part.refresh), ...(listChanged ? list : [])],
    drop: files.flatMap((part) => part.drop),
  };
}

/**
 * Keeps and drops the published guides' files of `overlay` (`publishedGuideFiles`): `held` gives the phone's copy
 * of an address (a precached shipped guide's in its language's precache, another in the pages cache: src/sw.ts),
 * `fetchFile` downloads one. A file that fails to download is left for the next time the overlay comes; nothing
 * throws. Resolves with the addresses kept and dropped.
 */
export async function keepPublishedGuides(
  overlay: PublishedOverlay,
  locale: Locale,
  previous: PublishedOverlay | undefined,
  held: (path: string) => HeldPage,
  fetchFile: (path: string) => Promise<Response>,
): Promise<{ kept: string[]; dropped: string[] }> {
  const { keep, refresh, drop } = publishedGuideFiles(overlay, locale, previous);
  const kept: string[] = [];
  for (const path of keep) {
    const copy = held(path);
    if (!refresh.includes(path) && (await copy.read())) continue;
    try {
      const response = await fetchFile(path);
      if (response.status !== 200 || response.redirected) continue;
      await copy.keep(response);
      kept.push(path);
    } catch {
      // No signal, or it went mid-way: the next overlay tries again.
    }
  }
  for (const path of drop) await held(path).drop();
  return { kept, dropped: drop };
}
