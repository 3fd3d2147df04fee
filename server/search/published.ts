import { disclosureHref, guideHref } from '../../src/addresses/addresses.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import type { SearchEntry, SearchIndex } from '../../src/search/search.ts';
import { toTraditional } from '../../build/i18n/traditional.ts';
import { scriptFold } from '../../build/site-files/script-fold.ts';
import { collections } from '../content/fields.ts';
import { listPublished, listWithdrawn, type PublishedSummary } from '../content/public.ts';
import type { Queryable } from '../db/database.ts';

const hrefs = { disclosure: disclosureHref, guides: guideHref } as const;
const sections = { disclosure: 'disclosure', guides: 'guides' } as const;

const words = (...values: unknown[]) =>
  values
    .flat()
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .join(' ');

/**
 * A published item as the build's search index lists a page (build/site-files/search-index.ts): its title and
 * summary in `locale` (traditional characters made as the build makes them; English when staff wrote it, else the
 * Chinese, marked), and its other fields as the text. The address is the simplified one, as in the build's index.
 */
function entryOf(collection: (typeof collections)[number], item: PublishedSummary, locale: Locale): SearchEntry {
  const english = locale === 'en' ? item.english?.fields : undefined;
  const fields = english ?? item.fields;
  const text = words(fields.issuer, fields.documentNumber, fields.keywords, fields.eligibility, fields.bring, fields.steps, fields.legalBasis);
  const convert = locale === 'zh-Hant' ? toTraditional : (value: string) => value;
  return {
    href: hrefs[collection](item.slug),
    title: convert(String(fields.title ?? '')),
    summary: convert(String(fields.summary ?? '')),
    section: sections[collection],
    ...(locale === 'en' && !english && { lang: 'zh-Hans' }),
    text: convert(text),
  };
}

/**
 * The build's search index of `locale` with what staff published since: each published item's entry (replacing the
 * build's entry of an edited shipped item), without withdrawn items, and the fold table extended to the new entries'
 * characters so that either script finds them (build/site-files/script-fold.ts).
 */
export async function withPublished(db: Queryable, index: SearchIndex, locale: Locale): Promise<SearchIndex> {
  const added: SearchEntry[] = [];
  const gone = new Set<string>();
  for (const collection of collections) {
    const [published, withdrawn] = await Promise.all([listPublished(db, collection), listWithdrawn(db, collection)]);
    for (const item of published) added.push(entryOf(collection, item, locale));
    for (const slug of withdrawn) gone.add(hrefs[collection](slug));
  }
  if (added.length === 0 && gone.size === 0) return index;
  for (const entry of added) gone.add(entry.href);
  const fold = { ...index.fold, ...scriptFold(added.map((entry) => words(entry.title, entry.summary, entry.text)).join(' ')) };
  return { ...index, entries: [...index.entries.filter((entry) => !gone.has(entry.href)), ...added], fold };
}
