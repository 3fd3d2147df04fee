import { join } from 'node:path';
import QRCode from 'qrcode';
import type { Plugin } from 'vite';
import { webManifest } from '../site-files/manifest.ts';
import { buildSearchIndex } from '../site-files/search-index.ts';
import { defaultLocale, type Locale, localePath, locales } from '../../src/i18n/locales.ts';
import { loadContent, type Content } from './load.ts';
import { loadTranslations, localiseContent } from './localise.ts';
import { notFoundHref, offlineHref, qrHref, searchIndexHref } from '../../src/addresses/addresses.ts';
import { publicPaths } from './public-paths.ts';
import type { DisclosureSummary } from '../../src/content/schema.ts';
import type { SiteConfig } from '../../src/config/site.ts';
import { CATALOGUE_FACTS, type CatalogueDocument } from '../site-files/catalogue-facts.ts';

/**
 * Serves the content files to the app as virtual modules, one small chunk per item, so a page
 * downloads only its own text; and writes what is derived from the content and the site config: sitemap,
 * robots.txt, a QR code per page, the web app manifest, the search index.
 *
 *   virtual:content/guides        → { items, load }   (items: summaries for lists)
 *   virtual:content/guides?load   → { load }           (an item's page needs no list: only the loaders)
 *   virtual:content/guides/<slug> → the full item, Markdown rendered to HTML
 *   virtual:content/home          → { guides, latest } (what the home page lists: one small chunk)
 *
 * Those are simplified Chinese; `virtual:content/zh-Hant/guides`, `virtual:content/en/guides/<slug>` and so on
 * are the other languages (build/content/localise.ts). Every public page is written in all three languages.
 */
const PREFIX = 'virtual:content/';

/** The home page lists this many of the newest disclosures; it should not download the whole catalogue. */
const LATEST_COUNT = 4;
/** The guides people come for most often stand first on the home page; the rest are one link away. */
const FEATURED_GUIDES = 4;

function summaries(content: Content) {
  const disclosure: DisclosureSummary[] = [
    ...content.disclosure.map(({ slug, title, summary, category, date, lang }) => ({
      slug, title, summary, category, date, lang, href: `/disclosure/${slug}/`,
    })),
    ...content.reports.map(({ slug, title, summary, year, published, lang }) => ({
      slug, title, summary, category: 'reports' as const, date: published, lang, href: `/reports/${year}/`,
    })),
  ].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'zh'));
  return {
    guides: content.guides.map(({ slug, title, summary, order, lang }) => ({ slug, title, summary, order, lang })),
    disclosure,
    pages: content.pages.map(({ slug, title, summary, lang }) => ({ slug, title, summary, lang })),
    reports: content.reports.map(({ slug, title, summary, year, published, lang }) => ({ slug, title, summary, year, published, lang })),
  };
}

function sitemap(siteUrl: string, paths: string[]): string {
  const urls = paths.map((path) => `  <url><loc>${siteUrl}${path}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

/** The content in every language: simplified Chinese from the files, the others derived from it. */
export function loadAllContent(dir: string, root = dir): Record<Locale, Content> {
  const source = loadContent(dir, root);
  const translations = loadTranslations(join(dir, 'en'), source, root);
  return Object.fromEntries(locales.map((locale) => [locale, localiseContent(source, locale, translations)])) as Record<Locale, Content>;
}

/** Every public page in every language, simplified Chinese first, as the sitemap lists them. */
export function allPublicPaths(content: Record<Locale, Content>): string[] {
  return locales.flatMap((locale) => publicPaths(content[locale]).map((path) => localePath(path, locale)));
}

/** `zh-Hant/guides/bus-pass` → the language and the rest; no language segment is simplified Chinese. */
function splitLocale(id: string): [Locale, string] {
  const [first, ...rest] = id.split('/');
  return first === 'zh-Hant' || first === 'en' ? [first, rest.join('/')] : [defaultLocale, id];
}

export function contentPlugin(options: { dir: string; siteUrl: string; site: SiteConfig }): Plugin {
  const { siteUrl } = options;
  let all: Record<Locale, Content>;
  const reload = () => (all = loadAllContent(options.dir, join(options.dir, '..', '..')));

  return {
    name: 'accessible-disclosure:content',
    buildStart() {
      reload();
      this.addWatchFile(options.dir);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return;
      const [address, query] = id.slice(PREFIX.length + 1).split('?') as [string, string?];
      const [locale, rest] = splitLocale(address);
      const content = all[locale];
      const [section, slug] = rest.split('/') as [keyof Content | 'home', string?];
      if (section === 'home') {
        const { guides, disclosure } = summaries(content);
        return `export const guides = ${JSON.stringify(guides.slice(0, FEATURED_GUIDES))};\nexport const latest = ${JSON.stringify(disclosure.slice(0, LATEST_COUNT))};\n`;
      }
      const items = content[section];
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
      return `export const items = ${JSON.stringify(summaries(content)[section])};\nexport { load } from ${JSON.stringify(`${sectionId}?load`)};\n`;
    },
    async generateBundle() {
      const paths = allPublicPaths(all);
      this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: sitemap(siteUrl, paths) });
      this.emitFile({
        type: 'asset',
        fileName: 'robots.txt',
        source: `User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /staff/\nSitemap: ${siteUrl}/sitemap.xml\n`,
      });
      for (const locale of locales) {
        this.emitFile({ type: 'asset', fileName: searchIndexHref(locale).slice(1), source: JSON.stringify(buildSearchIndex(all[locale], locale)) });
      }
      // The server counts the annual report's part 二 from these: the catalogue stays the one source.
      const documents: CatalogueDocument[] = all[defaultLocale].disclosure.flatMap(({ slug, documentKind, date, repealed }) =>
        documentKind ? [{ slug, documentKind, date, ...(repealed ? { repealed } : {}) }] : [],
      );
      this.emitFile({ type: 'asset', fileName: CATALOGUE_FACTS.slice(1), source: JSON.stringify(documents) });
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: JSON.stringify(webManifest(options.site), null, 2) });
      for (const path of paths) {
        const svg = await QRCode.toString(`${siteUrl}${path}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
        this.emitFile({ type: 'asset', fileName: qrHref(path).slice(1), source: svg });
      }
    },
  };
}

/**
 * The prerenderer writes `/x` to `x/index.html`; it wants addresses without the trailing slash. The not-found
 * and offline pages are pages of their own, but no address to list in the sitemap.
 */
export function prerenderPaths(dir: string): string[] {
  const notFound = locales.map((locale) => notFoundHref(locale));
  return [...allPublicPaths(loadAllContent(dir)), ...notFound, offlineHref()].map((path) => (path === '/' ? path : path.replace(/\/$/, '')));
}
