import QRCode from 'qrcode';
import type { Plugin } from 'vite';
import { webManifest } from './manifest.ts';
import { buildSearchIndex } from './search-index.ts';
import { CATALOGUE_FACTS, type CatalogueDocument } from './catalogue-facts.ts';
import { allPublicPaths } from '../content/public-paths.ts';
import type { ContentSource } from '../content/source.ts';
import { apiHref, manifestHref, qrHref, robotsHref, searchIndexHref, sitemapHref, staffHref } from '../../src/addresses/addresses.ts';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import type { SiteConfig } from '../../src/config/site.ts';

/**
 * The files the build writes from the content and the site config, beside the pages: the sitemap, robots.txt,
 * each language's search index, the web app manifest, a QR code per public page and the catalogue's facts for
 * the annual report. (The app's own modules of the content are build/content/plugin.ts.)
 */

/** An address as the name of the file in `dist/` that answers it: `/sitemap.xml` → `sitemap.xml`. */
const fileName = (href: string) => href.slice(1);

function sitemap(siteUrl: string, paths: string[]): string {
  const urls = paths.map((path) => `  <url><loc>${siteUrl}${path}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

/** Crawlers may read every public page, never the API or the staff console. */
function robots(siteUrl: string): string {
  return `User-agent: *\nAllow: /\nDisallow: ${apiHref}\nDisallow: ${staffHref}\nSitemap: ${siteUrl}${sitemapHref}\n`;
}

/**
 * @param options.content the build's parsed content (build/content/source.ts)
 * @param options.siteUrl the site's absolute address without a trailing slash (build/site-url.ts), for the
 *   sitemap and the QR codes
 */
export function siteFilesPlugin(options: { content: ContentSource; siteUrl: string; site: SiteConfig }): Plugin {
  const { siteUrl } = options;
  return {
    name: 'accessible-disclosure:site-files',
    async generateBundle() {
      const all = options.content.get().byLocale;
      const paths = allPublicPaths(all);
      this.emitFile({ type: 'asset', fileName: fileName(sitemapHref), source: sitemap(siteUrl, paths) });
      this.emitFile({ type: 'asset', fileName: fileName(robotsHref), source: robots(siteUrl) });
      for (const locale of locales) {
        this.emitFile({ type: 'asset', fileName: fileName(searchIndexHref(locale)), source: JSON.stringify(buildSearchIndex(all[locale], locale)) });
      }
      // The server counts the annual report's part 二 from these: the catalogue stays the one source.
      const documents: CatalogueDocument[] = all[defaultLocale].disclosure.flatMap(({ slug, documentKind, date, repealed }) =>
        documentKind ? [{ slug, documentKind, date, ...(repealed ? { repealed } : {}) }] : [],
      );
      this.emitFile({ type: 'asset', fileName: fileName(CATALOGUE_FACTS), source: JSON.stringify(documents) });
      this.emitFile({ type: 'asset', fileName: fileName(manifestHref), source: JSON.stringify(webManifest(options.site), null, 2) });
      for (const path of paths) {
        const svg = await QRCode.toString(`${siteUrl}${path}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
        this.emitFile({ type: 'asset', fileName: fileName(qrHref(path)), source: svg });
      }
    },
  };
}
