import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import { sitemapHref } from '../../src/addresses/addresses.ts';
import { locales } from '../../src/i18n/locales.ts';
import { collections, itemHrefs as hrefs } from '../content/fields.ts';
import { listPublished, listWithdrawn } from '../content/public.ts';
import type { Database } from '../db/database.ts';
import { siteUrlOf } from '../pages/assets.ts';
import { withPublishedYears } from '../reports/public.tsx';
import { publishedYears } from '../reports/store.ts';

/**
 * `/sitemap.xml`: the build's list, with what staff published since (annual reports, catalogue items, guides and published answers, each
 * in every language) and without the addresses of withdrawn items, which answer 410. Asked again on every visit
 * (`no-cache`): publishing changes it without a rebuild.
 */
export interface SitemapOptions {
  /** The build, whose sitemap.xml is the base and gives the site's address. */
  distDir: string;
  db: Database;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `sitemap` with each of `add` (root-relative paths) listed once and each of `remove` left out, in the site's address
 * the sitemap already uses. Paths are slugs checked by server/content/fields.ts's SLUG: escaped all the same.
 */
export function withPaths(sitemap: string, add: readonly string[], remove: readonly string[]): string {
  const base = siteUrlOf(sitemap);
  const entry = (path: string) => `<url><loc>${escapeXml(`${base}${path}`)}</loc></url>`;
  let result = sitemap;
  for (const path of remove) result = result.replace(new RegExp(`[ \\t]*${entry(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n?`, 'g'), '');
  const missing = add.filter((path) => !result.includes(entry(path)));
  if (!missing.length) return result;
  return result.replace('</urlset>', `${missing.map((path) => `  ${entry(path)}\n`).join('')}</urlset>`);
}

export function sitemapRoutes(options: SitemapOptions): Hono {
  const routes = new Hono();
  routes.get(sitemapHref, async (c) => {
    const add: string[] = [];
    const remove: string[] = [];
    for (const collection of collections) {
      const [published, withdrawn] = await Promise.all([listPublished(options.db, collection), listWithdrawn(options.db, collection)]);
      for (const locale of locales) {
        add.push(...published.map((item) => hrefs[collection](item.slug, locale)));
        remove.push(...withdrawn.map((slug) => hrefs[collection](slug, locale)));
      }
    }
    const years = (await publishedYears(options.db)).map((entry) => entry.year);
    const built = await readFile(join(options.distDir, 'sitemap.xml'), 'utf8');
    return c.body(withPaths(withPublishedYears(built, years), add, remove), 200, { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'no-cache' });
  });
  return routes;
}
