import type { Content } from '../content/load.ts';
import { answerHref, contentPageHref, disclosureHref, guideHref, reportHref } from '../../src/addresses/addresses.ts';
import type { Answer, Disclosure, Guide } from '../../src/content/schema.ts';
import type { SearchEntry, SearchIndex } from '../../src/search/search.ts';
import { scriptFold } from './script-fold.ts';

/**
 * Build time only: the text of every content page, for each language's search index (`searchIndexHref`). Its
 * addresses are simplified Chinese: the search page passes them through `useHref()` like every other link.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

export function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

const joined = (...parts: (string | string[])[]) => parts.flat().join(' ');

/** Only where it differs from the index's: the English index marks the Chinese text of untranslated pages. */
const textLang = (item: { lang?: string }, lang: string) => (item.lang && item.lang !== lang ? { lang: item.lang } : {});

/**
 * A guide's entry in the index of `lang`, from the guide as localised for that language (build/content/localise.ts):
 * the build's index and the server's, which adds the guides staff publish (server/search/published.ts), alike.
 */
export function guideEntry(guide: Guide, lang: string): SearchEntry {
  return {
    href: guideHref(guide.slug),
    title: guide.title,
    summary: guide.summary,
    section: 'guides',
    ...textLang(guide, lang),
    text: joined(guide.keywords, guide.eligibility, guide.bring, guide.steps, guide.legalBasis, plainText(guide.html)),
  };
}

/** A catalogue item's entry in the index of `lang`, as `guideEntry` makes a guide's. */
export function disclosureEntry(item: Disclosure, lang: string): SearchEntry {
  return {
    href: disclosureHref(item.slug),
    title: item.title,
    summary: item.summary,
    section: 'disclosure',
    ...textLang(item, lang),
    text: joined(item.issuer, item.documentNumber, plainText(item.html)),
  };
}

/**
 * A published answer's entry (issue 17 point 3), as `guideEntry` makes a guide's: the build ships none, the server adds
 * those staff publish (server/search/published.ts). Its summary is the question, its text the answer.
 */
export function answerEntry(answer: Answer, lang: string): SearchEntry {
  return {
    href: answerHref(answer.slug),
    title: answer.title,
    summary: answer.question,
    section: 'answers',
    ...textLang(answer, lang),
    text: plainText(answer.html),
  };
}

/** Every text of `entries` as `scriptFold` takes it: what the index's fold table must cover. */
export const entryText = (entries: readonly SearchEntry[]) => entries.map((entry) => joined(entry.title, entry.summary, entry.text)).join(' ');

export function buildSearchIndex(content: Content, lang: string): SearchIndex {
  const entries: SearchEntry[] = [
    ...content.guides.map((guide) => guideEntry(guide, lang)),
    ...content.disclosure.map((item) => disclosureEntry(item, lang)),
    ...content.reports.map((report) => ({
      href: reportHref(report.year),
      title: report.title,
      summary: report.summary,
      section: 'reports' as const,
      ...textLang(report, lang),
      text: plainText(report.html),
    })),
    ...content.pages.map((page) => ({
      href: contentPageHref(page.slug),
      title: page.title,
      summary: page.summary,
      section: 'pages' as const,
      ...textLang(page, lang),
      text: plainText(page.html),
    })),
  ];
  return { lang, entries, fold: scriptFold(entryText(entries)) };
}
