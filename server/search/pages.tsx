import { Hono } from 'hono';
import { searchHref, searchIndexHref } from '../../src/addresses/addresses.ts';
import { loadMessages } from '../../src/i18n/index.ts';
import { locales } from '../../src/i18n/locales.ts';
import Search from '../../src/pages/Search.tsx';
import { search } from '../../src/search/search.ts';
import type { Database } from '../db/database.ts';
import type { BuildAssets } from '../pages/assets.ts';
import { renderPage } from '../pages/render.tsx';
import { sendFile } from '../http/static.ts';
import { searchIndexes } from './indexes.ts';

/**
 * Search without JavaScript: `GET /search/?q=…` (`/zh-Hant/search/?q=…`, `/en/search/?q=…`) answered with the
 * search page and its results, found by the browser's own `search()` in the same index file the build wrote for
 * the browser (dist/search-index.json, …), and rendered by the server's page renderer from the app's own `Search`
 * page. Without a query the prerendered page answers (the next handler). With JavaScript the app takes the page
 * over as it is (src/pages/Search.tsx `whenReady`); without, its form is a plain GET form, so the next search comes
 * back here. With a database, the catalogue items and guides staff published since the build are found too
 * (./published.ts), and withdrawn ones are not.
 *
 * Also the index files themselves, `searchIndexHref(locale)` (`/search-index.json`, `/zh-Hant/…`, `/en/…`), which the
 * app's search reads: the build's file as it is while staff have published nothing, else the same merged index the
 * pages search (./indexes.ts), `no-cache` with its own ETag. Mounted before the build's files.
 */
export interface SearchPagesOptions {
  assets: BuildAssets;
  /** The build: its search index files, kept in memory and read again when a rebuild changes them. */
  distDir: string;
  /** Where staff publish (server/content/): its live items join the build's index, its withdrawn ones leave it. */
  db?: Database;
}

export function searchPages(options: SearchPagesOptions): Hono {
  const app = new Hono();
  const indexes = searchIndexes({ distDir: options.distDir, db: options.db });

  for (const locale of locales) {
    // The index file the browser's search reads: the build's, or merged with what staff published (./indexes.ts).
    app.get(searchIndexHref(locale), async (c, next) => {
      const current = await indexes.current(locale);
      return current ? sendFile(c, current.file) : next();
    });

    app.get(searchHref(undefined, locale), async (c, next) => {
      const q = (c.req.query('q') ?? '').trim();
      if (!q) return next();
      const [current, messages] = await Promise.all([indexes.current(locale), loadMessages(locale)]);
      if (!current) return next();
      const url = new URL(c.req.url);
      const html = await renderPage(
        options.assets,
        { url: `${url.pathname}${url.search}`, messages, hydrate: true },
        <Search found={search(current.index, q)} />,
      );
      // The results change with each build's content: asked again each time, never kept by a proxy for long.
      return c.html(html, 200, { 'Cache-Control': 'no-cache' });
    });
  }
  return app;
}
