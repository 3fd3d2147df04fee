import { publishedHref } from '../addresses/addresses.ts';
import { navigated } from '../components/Page/navigation.ts';
import type { Locale } from '../i18n/locales.ts';
import type { DisclosureSummary, GuideSummary } from './schema.ts';
import { mergeDisclosure, mergeGuides, mergeHome } from './merge-published.ts';
import { type CatalogueEntry, type PublishedOverlay, publishedOverlayId, type PublishedPageItem } from './published.ts';

/**
 * The app's side of what staff publish (issue 14 point 4), a chunk of its own loaded by the list and item pages after
 * a client-side navigation (./published-gate.ts): which overlay the lists merge, and whether an item route must load
 * the server's page.
 *
 * The overlay is the one the server embedded in the page the app started on (server/content/lists.tsx,
 * public-pages.tsx), else it is asked of the server (`publishedHref`), once: offline or on a failure the lists stay
 * the build's.
 */

const empty: PublishedOverlay = { disclosure: [], guides: [], withdrawn: { disclosure: [], guides: [] } };

/** The JSON the server embedded under `id`, or undefined. */
function embedded<T>(id: string): T | undefined {
  // Prerendering at build time, there is no page.
  const text = typeof document === 'undefined' ? undefined : document.getElementById(id)?.textContent;
  try {
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

const isOverlay = (value: unknown): value is PublishedOverlay => {
  const overlay = value as PublishedOverlay | null;
  return Array.isArray(overlay?.disclosure) && Array.isArray(overlay.guides) && Array.isArray(overlay.withdrawn?.disclosure) && Array.isArray(overlay.withdrawn.guides);
};

let fromPage: PublishedOverlay | undefined | null = null;
let asked: Promise<PublishedOverlay> | undefined;

/** The overlay of `locale` the lists merge now (see above). Never rejects. */
export function currentOverlay(locale: Locale): Promise<PublishedOverlay> {
  // Read once: the page the app started on is the one the server rendered with it.
  if (fromPage === null) fromPage = embedded<PublishedOverlay>(publishedOverlayId);
  if (fromPage && isOverlay(fromPage)) return Promise.resolve(fromPage);
  if (!navigated()) return Promise.resolve(empty);
  asked ??= fetch(publishedHref(locale))
    .then((response) => (response.ok ? response.json() : undefined))
    .then((overlay: unknown) => {
      if (isOverlay(overlay)) return overlay;
      throw new Error('no overlay');
    })
    .catch(() => {
      // Asked again at the next navigation: the connection may be back.
      asked = undefined;
      return empty;
    });
  return asked;
}

/** The page's language, as `<html lang>` gives it (src/components/Page/head.ts): one of the app's locales. */
const pageLocale = () => document.documentElement.lang as Locale;

/** The catalogue's entries (src/pages/Catalogue.tsx), the build's with the current overlay merged in. */
export const catalogue = async (items: CatalogueEntry[]) => ({ items: mergeDisclosure(items, await currentOverlay(pageLocale())) });
/** The guide list's guides (src/pages/GuideList.tsx). */
export const guides = async (items: GuideSummary[]) => ({ items: mergeGuides(items, await currentOverlay(pageLocale())) });
/** The published answers (src/pages/AnswerList.tsx): the overlay's, the build shipping none. */
export const answers = async () => ({ items: (await currentOverlay(pageLocale())).answers ?? [] });
/** The home page's lists (src/pages/Home.tsx). */
export const home = async (lists: { guides: GuideSummary[]; latest: DisclosureSummary[] }) => mergeHome(lists, await currentOverlay(pageLocale()));

/**
 * Whether an item route at `collection`/`slug` must load the server's page after a client-side navigation: when the
 * overlay names the slug (published, changed or withdrawn since the build) or the build lacks it (`inBuild` false).
 */
export async function needsServerPage(collection: PublishedPageItem['collection'], slug: string, inBuild: boolean, locale: Locale): Promise<boolean> {
  const overlay = await currentOverlay(locale);
  const entries: { slug: string }[] = overlay[collection];
  return !inBuild || entries.some((entry) => entry.slug === slug) || overlay.withdrawn[collection].includes(slug);
}

/**
 * The item route's answer at `collection`/`slug` (src/app/contentRoute.tsx) after a client-side navigation: a
 * rejection when the server's page must be loaded (the route's `lazyRoute` falls back to a page load,
 * `fallBackToPageLoad`), else undefined for the build's item.
 */
export async function itemRoute(collection: PublishedPageItem['collection'], slug: string, inBuild: boolean): Promise<undefined> {
  if (await needsServerPage(collection, slug, inBuild, pageLocale())) throw new Error(`${collection}/${slug}: the server's page`);
  return undefined;
}
