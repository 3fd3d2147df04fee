import type { Plugin } from 'vite';
import { defaultLocale, type Locale, locales } from '../../src/i18n/locales.ts';
import type { Content } from './load.ts';
import type { ContentSource } from './source.ts';
import { disclosureHref, reportHref } from '../../src/addresses/addresses.ts';
import type { DisclosureSummary, GuideSummary } from '../../src/content/schema.ts';
import { byDisclosureOrder, FEATURED_GUIDES, LATEST_COUNT } from '../../src/content/merge-published.ts';

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


function summaries(content: Content) {
  const disclosure: DisclosureSummary[] = [
    ...content.disclosure.map(({ slug, title, summary, category, date, lang }) => ({
      slug, title, summary, category, date, lang, href: disclosureHref(slug),
    })),
    ...content.reports.map(({ slug, title, summary, year, published, lang }) => ({
      slug, title, summary, category: 'reports' as const, date: published, lang, href: reportHref(year),
    })),
  ].sort(byDisclosureOrder);
  return {
    guides: content.guides.map(({ slug, title, summary, order, lang }) => ({ slug, title, summary, order, lang })),
    disclosure,
    pages: content.pages.map(({ slug, title, summary, lang }) => ({ slug, title, summary, lang })),
    reports: content.reports.map(({ slug, title, summary, year, published, lang }) => ({ slug, title, summary, year, published, lang })),
  };
}

/**
 * Where the build writes its lists of each language for the server (`BuildLists`): the server renders the catalogue,
 * the guide list and the home page with what staff published merged into exactly these (server/content/lists.tsx).
 */
export const BUILD_LISTS_FILE = '.vite/content-lists.json';

/** One language's lists as the app's list routes get them from the `virtual:content/…` modules. */
export interface BuildLists {
  disclosure: DisclosureSummary[];
  guides: GuideSummary[];
  home: { guides: GuideSummary[]; latest: DisclosureSummary[] };
}

/** The lists of `content` (one language's), as the modules below serve them. */
export function buildLists(content: Content): BuildLists {
  const { guides, disclosure } = summaries(content);
  return { disclosure, guides, home: { guides: guides.slice(0, FEATURED_GUIDES), latest: disclosure.slice(0, LATEST_COUNT) } };
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
    generateBundle() {
      if (this.environment.name !== 'client') return;
      const { byLocale } = content.get();
      const lists = Object.fromEntries(locales.map((locale) => [locale, buildLists(byLocale[locale])]));
      this.emitFile({ type: 'asset', fileName: BUILD_LISTS_FILE, source: JSON.stringify(lists) });
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
        const { home } = buildLists(localised);
        return `export const guides = ${JSON.stringify(home.guides)};\nexport const latest = ${JSON.stringify(home.latest)};\n`;
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
