import type { CreditsLine } from '../components/Credits/Credits.tsx';
import type { AnswerSummary, Disclosure, DisclosureSummary, Guide, GuideSummary } from './schema.ts';

/**
 * What staff have published since the build, in one language (issue 14 point 4): the server answers it at
 * `publishedHref(locale)` and embeds it in the pages it renders, and the catalogue, the guide list and the home page
 * merge it with the build's lists. The build knows only the shipped files; this is everything else.
 */
export interface PublishedOverlay {
  /**
   * Catalogue entries of items staff published, new or changed (a changed shipped item replaces the build's entry
   * with the same `href`), in the page's language (`lang` marks untranslated text as the build's do), newest first;
   * with them, the annual reports published from the staff console that the build lacks (`chineseOnly`).
   */
  disclosure: CatalogueEntry[];
  /** Guides staff published, new or changed, in their `order`. */
  guides: GuideSummary[];
  /**
   * Published answers to the online mailbox's questions (issue 17 point 3), newest first: the build ships none, so
   * this is the whole list of `/ask/answers/`. Optional for an overlay held from before answers were published.
   */
  answers?: AnswerSummary[];
  /** Slugs of items staff withdrew, shipped ones included: no list names them, and their addresses answer 410. */
  withdrawn: { disclosure: string[]; guides: string[]; answers?: string[] };
}

/**
 * A catalogue entry. A report published from the staff console exists in simplified Chinese only, at its one address:
 * `chineseOnly` keeps the link there from the other languages' lists (a full page load, as any link to another
 * language).
 */
export type CatalogueEntry = DisclosureSummary & { chineseOnly?: true };

/**
 * The item a server-rendered page of a published item shows, embedded in that page so the app hydrates the same
 * text (`collection` and `slug` say which page it belongs to): localised as the page is, with its credits line.
 */
export type PublishedPageItem =
  | { collection: 'disclosure'; item: Disclosure; credits?: CreditsLine }
  | { collection: 'guides'; item: Guide; credits?: CreditsLine };

/** The ids of the `<script type="application/json">` elements a server-rendered page embeds them in. */
export const publishedOverlayId = 'published-overlay';
export const publishedItemId = 'published-item';
/** A server-rendered list page's own props (the build's lists with the overlay merged), for hydrating without merging. */
export const publishedListsId = 'published-lists';
