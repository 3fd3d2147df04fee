import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import { searchHref, searchIndexHref } from '../../src/addresses/addresses.ts';
import { loadMessages } from '../../src/i18n/index.ts';
import { type Locale, locales } from '../../src/i18n/locales.ts';
import Search from '../../src/pages/Search.tsx';
import { search, type SearchIndex } from '../../src/search/search.ts';
import type { Database } from '../db/database.ts';
import type { BuildAssets } from '../pages/assets.ts';
import { renderPage } from '../pages/render.tsx';
import { withPublished } from './published.ts';

/**
 * Search without JavaScript: `GET /search/?q=…` (`/zh-Hant/search/?q=…`, `/en/search/?q=…`) answered with the
 * search page and its results, found by the browser's own `search()` in the same index file the build wrote for
 * the browser (dist/search-index.json, …), and rendered by the server's page renderer from the app's own `Search`
 * page. Without a query the prerendered page answers (the next handler). With JavaScript the app takes the page
 * over as it is (src/pages/Search.tsx `whenReady`); without, its form is a plain GET form, so the next search comes
 * back here. With a database, the catalogue items and guides staff published since the build are found too
 * (./published.ts), and withdrawn ones are not.
 */
export interface SearchPagesOptions {
  assets: BuildAssets;
  /** The build: its search index files are read once each, on the first search in that language. */
  distDir: string;
  /** Where staff publish (server/content/): its live items join the build's index, its withdrawn ones leave it. */
  db?: Database;
}

export function searchPages(options: SearchPagesOptions): Hono {
  const app = new Hono();
  const indexes = new Map<Locale, Promise<SearchIndex>>();
  const indexOf = (locale: Locale) => {
    let index = indexes.get(locale);
    if (!index) {
      index = readFile(join(options.distDir, searchIndexHref(locale).slice(1)), 'utf8').then((text) => JSON.parse(text) as SearchIndex);
      // A build without the file must not answer every later search with the same failure.
      index.catch(() => indexes.delete(locale));
      indexes.set(locale, index);
    }
    return index;
  };

  for (const locale of locales) {
    app.get(searchHref(undefined, locale), async (c, next) => {
      const q = (c.req.query('q') ?? '').trim();
      if (!q) return next();
      const [index, messages] = await Promise.all([indexOf(locale).catch(() => undefined), loadMessages(locale)]);
      if (!index) return next();
      const searched = options.db ? await withPublished(options.db, index, locale) : index;
      const url = new URL(c.req.url);
      const html = await renderPage(
        options.assets,
        { url: `${url.pathname}${url.search}`, messages, hydrate: true },
        <Search found={search(searched, q)} />,
      );
      // The results change with each build's content: asked again each time, never kept by a proxy for long.
      return c.html(html, 200, { 'Cache-Control': 'no-cache' });
    });
  }
  return app;
}
