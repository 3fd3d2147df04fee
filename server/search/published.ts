import type { Disclosure, Guide } from '../../src/content/schema.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import type { SearchEntry, SearchIndex } from '../../src/search/search.ts';
import { renderMarkdown } from '../../build/content/load.ts';
import { localiseItem } from '../../build/content/localise.ts';
import { answerEntry, disclosureEntry, entryText, guideEntry } from '../../build/site-files/search-index.ts';
import { scriptFold } from '../../build/site-files/script-fold.ts';
import { localisedAnswer } from '../content/answer-pages.tsx';
import { type Collection, collections, itemHrefs as hrefs } from '../content/fields.ts';
import { listPublished, listWithdrawn, type PublishedSummary } from '../content/public.ts';
import type { Queryable } from '../db/database.ts';

/**
 * A published item as the build's search index lists a page, made by the build's own functions: its Markdown
 * rendered and the item localised as the build localises a shipped file (build/content/localise.ts: traditional
 * characters with the phrase corrections; English when staff wrote it, else the Chinese, marked with its `lang`),
 * then the build's entry of a guide, catalogue item or answer (build/site-files/search-index.ts). The address is the
 * simplified one, as in the build's index.
 */
function entryOf(collection: Collection, item: PublishedSummary, locale: Locale): SearchEntry {
  if (collection === 'answers') return answerEntry(localisedAnswer(item, locale), locale);
  const chinese = { ...item.fields, slug: item.slug, html: renderMarkdown(item.body) } as unknown as Disclosure & Guide;
  const english = item.english && ({ ...item.english.fields, slug: item.slug, html: renderMarkdown(item.english.body) } as unknown as Disclosure & Guide);
  const localised = localiseItem(chinese, locale, english ?? undefined);
  return collection === 'disclosure' ? disclosureEntry(localised, locale) : guideEntry(localised, locale);
}

/**
 * The build's search index of `locale` with what staff published since: each published item's entry (replacing the
 * build's entry of an edited shipped item), without withdrawn items, and the fold table extended to the new entries'
 * characters so that either script finds them (build/site-files/script-fold.ts). `index` itself when staff have
 * published and withdrawn nothing.
 */
export async function withPublished(db: Queryable, index: SearchIndex, locale: Locale): Promise<SearchIndex> {
  const published = new Map<string, SearchEntry>();
  const gone = new Set<string>();
  for (const collection of collections) {
    const [live, withdrawn] = await Promise.all([listPublished(db, collection), listWithdrawn(db, collection)]);
    for (const item of live) published.set(hrefs[collection](item.slug), entryOf(collection, item, locale));
    for (const slug of withdrawn) gone.add(hrefs[collection](slug));
  }
  if (published.size === 0 && gone.size === 0) return index;
  // An edited shipped item keeps its place (the build's order puts the most asked-for guides first); new ones follow.
  const entries = index.entries.flatMap((entry) => (gone.has(entry.href) ? [] : [published.get(entry.href) ?? entry]));
  const shipped = new Set(index.entries.map((entry) => entry.href));
  entries.push(...[...published.values()].filter((entry) => !shipped.has(entry.href)));
  const fold = { ...index.fold, ...scriptFold(entryText([...published.values()])) };
  return { ...index, entries, fold };
}
