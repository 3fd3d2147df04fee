import { disclosureHref } from '../addresses/addresses.ts';
import type { PublishedOverlay } from './published.ts';
import type { AnswerSummary, DisclosureSummary, GuideSummary } from './schema.ts';

/**
 * The build's lists with what staff published since (`PublishedOverlay`, ./published.ts), as one pure step that the
 * server's rendered lists and the app's list routes share, so that the page the server writes and the page the app
 * hydrates are the same: an entry staff changed replaces the build's one (same `href` for the catalogue, same `slug`
 * for guides), a withdrawn item is dropped, a new one added, in the build's own order (build/content/plugin.ts).
 */

/** The catalogue's order (build/content/plugin.ts `summaries`): newest first, then by title in Chinese order. */
export const byDisclosureOrder = (a: DisclosureSummary, b: DisclosureSummary): number => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'zh');

/** The answers' order: newest first, then by title in Chinese order, as the catalogue's. */
export const byAnswerOrder = (a: AnswerSummary, b: AnswerSummary): number => b.answered.localeCompare(a.answered) || a.title.localeCompare(b.title, 'zh');

/** True when staff have published or withdrawn no answer: `/ask/answers/` is then the build's empty list. */
export const hasNoAnswers = (overlay: PublishedOverlay): boolean => (overlay.answers?.length ?? 0) + (overlay.withdrawn.answers?.length ?? 0) === 0;

/** The guides' order (build/content/load.ts): their `order`, then their slug, as the build reads the files by name. */
export const byGuideOrder = (a: GuideSummary, b: GuideSummary): number => a.order - b.order || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** The home page lists this many of the newest disclosures; it should not download the whole catalogue. */
export const LATEST_COUNT = 4;
/** The guides people come for most often stand first on the home page; the rest are one link away. */
export const FEATURED_GUIDES = 4;

/** True when the overlay changes nothing: the build's files are then served and hydrated as they are. */
export const isEmptyOverlay = (overlay: PublishedOverlay): boolean =>
  overlay.disclosure.length + overlay.guides.length + overlay.withdrawn.disclosure.length + overlay.withdrawn.guides.length === 0;

/** The catalogue: the build's entries (newest first) with the overlay's merged in, newest first. */
export function mergeDisclosure<T extends DisclosureSummary>(items: T[], overlay: PublishedOverlay): (T | DisclosureSummary)[] {
  if (overlay.disclosure.length === 0 && overlay.withdrawn.disclosure.length === 0) return items;
  const gone = new Set([...overlay.withdrawn.disclosure.map((slug) => disclosureHref(slug)), ...overlay.disclosure.map((entry) => entry.href)]);
  return [...items.filter((entry) => !gone.has(entry.href)), ...overlay.disclosure].sort(byDisclosureOrder);
}

/** The guide list: the build's guides with the overlay's merged in, in their `order`. */
export function mergeGuides(guides: GuideSummary[], overlay: PublishedOverlay): GuideSummary[] {
  if (overlay.guides.length === 0 && overlay.withdrawn.guides.length === 0) return guides;
  const gone = new Set([...overlay.withdrawn.guides, ...overlay.guides.map((guide) => guide.slug)]);
  return [...guides.filter((guide) => !gone.has(guide.slug)), ...overlay.guides].sort(byGuideOrder);
}

/**
 * The home page's lists (build/content/plugin.ts: the first `FEATURED_GUIDES` guides, the `LATEST_COUNT` newest
 * disclosures), merged and cut to the build's own counts. The build ships only those few, so an entry withdrawn from
 * them leaves one fewer until the next build: the home page never downloads the whole catalogue.
 */
export function mergeHome(home: { guides: GuideSummary[]; latest: DisclosureSummary[] }, overlay: PublishedOverlay): { guides: GuideSummary[]; latest: DisclosureSummary[] } {
  if (isEmptyOverlay(overlay)) return home;
  return { guides: mergeGuides(home.guides, overlay).slice(0, FEATURED_GUIDES), latest: mergeDisclosure(home.latest, overlay).slice(0, LATEST_COUNT) };
}
