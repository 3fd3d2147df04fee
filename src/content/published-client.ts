import { type ComponentType, h } from 'preact';
import { publishedHref } from '../addresses/addresses.ts';
import type { CreditsLine } from '../components/Credits/Credits.tsx';
import { navigated } from '../components/Page/navigation.ts';
import type { Locale } from '../i18n/locales.ts';
import type { DisclosureSummary, GuideSummary } from './schema.ts';
import { mergeDisclosure, mergeGuides, mergeHome } from './merge-published.ts';
import { type CatalogueEntry, type PublishedOverlay, publishedItemId, publishedOverlayId, type PublishedPageItem } from './published.ts';

/**
 * The app's side of what staff publish (issue 14 point 4), a chunk of its own loaded by the list and item pages only
 * when it can change them (./published-gate.ts): which overlay the lists merge, and which item an item route shows.
 *
 * While the page is being hydrated, the overlay is the one the server embedded in it (server/content/lists.tsx,
 * public-pages.tsx), or none, so the first render is the HTML on screen. After a client-side navigation it is asked
 * of the server (`publishedHref`), once: offline or on a failure the lists stay the build's.
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
/** The home page's lists (src/pages/Home.tsx). */
export const home = async (lists: { guides: GuideSummary[]; latest: DisclosureSummary[] }) => mergeHome(lists, await currentOverlay(pageLocale()));

/** What an item route does at its address: show the item the page embeds, or load the page from the server. */
export interface ItemChoice {
  item?: PublishedPageItem;
  pageLoad?: true;
}

/**
 * What an item route shows at `collection`/`slug` (src/app/contentRoute.tsx), once it knows whether the build has the
 * slug (`inBuild`): the item the page embeds when the page being hydrated is that item's (`item`); otherwise
 * `pageLoad` when the server must answer, because the overlay names the slug (published, changed or withdrawn since
 * the build) or the build lacks it; else nothing, and the build's item is shown.
 */
export async function publishedItem(collection: PublishedPageItem['collection'], slug: string, locale: Locale): Promise<(inBuild: boolean) => ItemChoice> {
  if (!navigated()) {
    const page = embedded<PublishedPageItem>(publishedItemId);
    if (page?.collection === collection && page.item.slug === slug) return () => ({ item: page });
  }
  const overlay = await currentOverlay(locale);
  const entries: { slug: string }[] = overlay[collection];
  const named = entries.some((entry) => entry.slug === slug) || overlay.withdrawn[collection].includes(slug);
  return (inBuild) => (named || !inBuild ? { pageLoad: true } : {});
}

/**
 * The item route's page at `collection`/`slug` (src/app/contentRoute.tsx), given whether the build has the slug: the
 * embedded item on `Page`, undefined for the build's item, or a rejection for a page load (the route's `lazyRoute`
 * falls back to one, `fallBackToPageLoad`: while hydrating, the server's HTML stays as it is).
 */
export async function itemRoute<T>(collection: PublishedPageItem['collection'], slug: string, inBuild: boolean, Page: ComponentType<{ item: T; credits?: CreditsLine }>): Promise<ComponentType | undefined> {
  const { item, pageLoad } = (await publishedItem(collection, slug, pageLocale()))(inBuild);
  if (item) return () => h(Page, { item: item.item as T, credits: item.credits });
  if (pageLoad) throw new Error(`${collection}/${slug}: the server's page`);
  return undefined;
}
