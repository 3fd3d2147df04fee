import type { Content } from '../content/load.ts';
import { contentPageHref, disclosureHref, guideHref, reportHref } from '../../src/addresses/addresses.ts';
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

export function buildSearchIndex(content: Content, lang: string): SearchIndex {
  // Only where it differs from the index's: the English index marks the Chinese text of untranslated pages.
  const textLang = (item: { lang?: string }) => (item.lang && item.lang !== lang ? { lang: item.lang } : {});
  const entries: SearchEntry[] = [
    ...content.guides.map((guide) => ({
      href: guideHref(guide.slug),
      title: guide.title,
      summary: guide.summary,
      section: 'guides' as const,
      ...textLang(guide),
      text: joined(guide.keywords, guide.eligibility, guide.bring, guide.steps, guide.legalBasis, plainText(guide.html)),
    })),
    ...content.disclosure.map((item) => ({
      href: disclosureHref(item.slug),
      title: item.title,
      summary: item.summary,
      section: 'disclosure' as const,
      ...textLang(item),
      text: joined(item.issuer, item.documentNumber, plainText(item.html)),
    })),
    ...content.reports.map((report) => ({
      href: reportHref(report.year),
      title: report.title,
      summary: report.summary,
      section: 'reports' as const,
      ...textLang(report),
      text: plainText(report.html),
    })),
    ...content.pages.map((page) => ({
      href: contentPageHref(page.slug),
      title: page.title,
      summary: page.summary,
      section: 'pages' as const,
      ...textLang(page),
      text: plainText(page.html),
    })),
  ];
  const fold = scriptFold(entries.map((entry) => joined(entry.title, entry.summary, entry.text)).join(' '));
  return { lang, entries, fold };
}
