import type { Plugin } from 'vite';
import { defaultLocale, type Locale } from '../../src/i18n/locales.ts';
import type { Content } from './load.ts';
import type { ContentSource } from './source.ts';
import { disclosureHref, reportHref } from '../../src/addresses/addresses.ts';
import type { DisclosureSummary } from '../../src/content/schema.ts';

/**
 * Serves the content files to the app as virtual modules, one small chunk per item, so a page downloads only
 * its own text. (What the build writes from the content, the sitemap and the rest, is build/site-files/plugin.ts.)
 *
 *   virtual:content/guides        → { items, load }   (items: summaries for lists)
 *   virtual:content/guides?load   → { load }           (an item's page needs no list: only the loaders)
 *   virtual:content/guides/<slug> → the full item, Markdown rendered to HTML
 *   virtual:content/home          → { guides, latest } (what the home page lists: one small chunk)
 *
 * Those are simplified Chinese; `virtual:content/zh-Hant/guides`, `virtual:content/en/guides/<slug>` and so on
 * are the other languages (build/content/localise.ts). Every public page is written in all three languages.
 * This plugin watches the content files: a change makes the shared content read them again (build/content/source.ts).
 */
const PREFIX = 'virtual:content/';

/** The home page lists this many of the newest disclosures; it should not download the whole catalogue. */
const LATEST_COUNT = 4;
/** The guides people come for most often stand first on the home page; the rest are one link away. */
const FEATURED_GUIDES = 4;

function summaries(content: Content) {
  const disclosure: DisclosureSummary[] = [
    ...content.disclosure.map(({ slug, title, summary, category, date, lang }) => ({
      slug, title, summary, category, date, lang, href: disclosureHref(slug),
    })),
    ...content.reports.map(({ slug, title, summary, year, published, lang }) => ({
      slug, title, summary, category: 'reports' as const, date: published, lang, href: reportHref(year),
    })),
  ].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'zh'));
  return {
    guides: content.guides.map(({ slug, title, summary, order, lang }) => ({ slug, title, summary, order, lang })),
    disclosure,
    pages: content.pages.map(({ slug, title, summary, lang }) => ({ slug, title, summary, lang })),
    reports: content.reports.map(({ slug, title, summary, year, published, lang }) => ({ slug, title, summary, year, published, lang })),
  };
}

/** `zh-Hant/guides/bus-pass` → the language and the rest; no language segment is simplified Chinese. */
function splitLocale(id: string): [Locale, string] {
  const [first, ...rest] = id.split('/');
  return first === 'zh-Hant' || first === 'en' ? [first, rest.join('/')] : [defaultLocale, id];
}

/** The `virtual:content/…` modules, from the build's one parse of the content files. */
export function contentPlugin(content: ContentSource): Plugin {
  return {
    name: 'accessible-disclosure:content',
    buildStart() {
      this.addWatchFile(content.dir);
    },
    watchChange(id) {
      content.forget(id);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return;
      const [address, query] = id.slice(PREFIX.length + 1).split('?') as [string, string?];
      const [locale, rest] = splitLocale(address);
      const localised = content.get().byLocale[locale];
      const [section, slug] = rest.split('/') as [keyof Content | 'home', string?];
      if (section === 'home') {
        const { guides, disclosure } = summaries(localised);
        return `export const guides = ${JSON.stringify(guides.slice(0, FEATURED_GUIDES))};\nexport const latest = ${JSON.stringify(disclosure.slice(0, LATEST_COUNT))};\n`;
      }
      const items = localised[section];
      if (!items) this.error(`Unknown content section "${section}"`);
      if (slug) {
        const item = items.find((entry) => entry.slug === slug);
        if (!item) this.error(`No content file ${section}/${slug}.md`);
        return `export default ${JSON.stringify(item)};`;
      }
      const sectionId = `${PREFIX}${locale === defaultLocale ? '' : `${locale}/`}${section}`;
      if (query === 'load') {
        const loaders = items.map((item) => `  ${JSON.stringify(item.slug)}: () => import(${JSON.stringify(`${sectionId}/${item.slug}`)}),`).join('\n');
        return `export const load = {\n${loaders}\n};\n`;
      }
      return `export const items = ${JSON.stringify(summaries(localised)[section])};\nexport { load } from ${JSON.stringify(`${sectionId}?load`)};\n`;
    },
  };
}
