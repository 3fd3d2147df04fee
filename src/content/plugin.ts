import { join } from 'node:path';
import QRCode from 'qrcode';
import type { Plugin } from 'vite';
import { webManifest } from '../app/manifest.ts';
import { buildSearchIndex } from '../search/build-index.ts';
import { qrPath } from '../components/QrCode/qr-path.ts';
import { loadContent, type Content } from './load.ts';
import { OFFLINE_PATH, SEARCH_INDEX } from './addresses.ts';
import { publicPaths } from './routes.ts';
import type { DisclosureSummary } from './schema.ts';
import type { SiteConfig } from './site.ts';
import { CATALOGUE_FACTS, type CatalogueDocument } from '../reports/proactive.ts';

/**
 * Serves the content files to the app as virtual modules, one small chunk per item, so a page
 * downloads only its own text; and writes what is derived from the content and the site config: sitemap,
 * robots.txt, a QR code per page, the web app manifest, the search index.
 *
 *   virtual:content/guides        → { items, load }   (items: summaries for lists)
 *   virtual:content/guides/<slug> → the full item, Markdown rendered to HTML
 *   virtual:content/latest        → { items }          (the newest disclosures, for the home page)
 */
const PREFIX = 'virtual:content/';

/** The home page lists this many of the newest disclosures; it should not download the whole catalogue. */
const LATEST_COUNT = 4;

function summaries(content: Content) {
  const disclosure: DisclosureSummary[] = [
    ...content.disclosure.map(({ slug, title, summary, category, date }) => ({
      slug, title, summary, category, date, href: `/disclosure/${slug}/`,
    })),
    ...content.reports.map(({ slug, title, summary, year, published }) => ({
      slug, title, summary, category: 'reports' as const, date: published, href: `/reports/${year}/`,
    })),
  ].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'zh'));
  return {
    guides: content.guides.map(({ slug, title, summary, order }) => ({ slug, title, summary, order })),
    disclosure,
    pages: content.pages.map(({ slug, title, summary }) => ({ slug, title, summary })),
    reports: content.reports.map(({ slug, title, summary, year, published }) => ({ slug, title, summary, year, published })),
  };
}

function sitemap(siteUrl: string, paths: string[]): string {
  const urls = paths.map((path) => `  <url><loc>${siteUrl}${path}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function contentPlugin(options: { dir: string; siteUrl: string; site: SiteConfig }): Plugin {
  const { siteUrl } = options;
  let content: Content;
  const reload = () => (content = loadContent(options.dir, join(options.dir, '..', '..')));

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
      const [section, slug] = id.slice(PREFIX.length + 1).split('/') as [keyof Content | 'latest', string?];
      if (section === 'latest') return `export const items = ${JSON.stringify(summaries(content).disclosure.slice(0, LATEST_COUNT))};`;
      const items = content[section];
      if (!items) this.error(`Unknown content section "${section}"`);
      if (slug) {
        const item = items.find((entry) => entry.slug === slug);
        if (!item) this.error(`No content file ${section}/${slug}.md`);
        return `export default ${JSON.stringify(item)};`;
      }
      const loaders = items
        .map((item) => `  ${JSON.stringify(item.slug)}: () => import(${JSON.stringify(`${PREFIX}${section}/${item.slug}`)}),`)
        .join('\n');
      return `export const items = ${JSON.stringify(summaries(content)[section])};\nexport const load = {\n${loaders}\n};\n`;
    },
    async generateBundle() {
      const paths = publicPaths(content);
      this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: sitemap(siteUrl, paths) });
      this.emitFile({
        type: 'asset',
        fileName: 'robots.txt',
        source: `User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /staff/\nSitemap: ${siteUrl}/sitemap.xml\n`,
      });
      this.emitFile({ type: 'asset', fileName: SEARCH_INDEX.slice(1), source: JSON.stringify(buildSearchIndex(content, 'zh-Hans')) });
      // The server counts the annual report's part 二 from these: the catalogue stays the one source.
      const documents: CatalogueDocument[] = content.disclosure.flatMap(({ slug, documentKind, date, repealed }) =>
        documentKind ? [{ slug, documentKind, date, ...(repealed ? { repealed } : {}) }] : [],
      );
      this.emitFile({ type: 'asset', fileName: CATALOGUE_FACTS.slice(1), source: JSON.stringify(documents) });
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: JSON.stringify(webManifest(options.site), null, 2) });
      for (const path of paths) {
        const svg = await QRCode.toString(`${siteUrl}${path}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
        this.emitFile({ type: 'asset', fileName: qrPath(path).slice(1), source: svg });
      }
    },
  };
}

/**
 * The prerenderer writes `/x` to `x/index.html`; it wants addresses without the trailing slash. The not-found
 * and offline pages are pages of their own, but no address to list in the sitemap.
 */
export function prerenderPaths(dir: string): string[] {
  return [...publicPaths(loadContent(dir)), '/404', OFFLINE_PATH.slice(0, -1)].map((path) => (path === '/' ? path : path.replace(/\/$/, '')));
}
