import { Hono } from 'hono';
import type { VNode } from 'preact';
import { catalogueHref, guidesHref, homeHref } from '../../src/addresses/addresses.ts';
import { isEmptyOverlay, mergeDisclosure, mergeGuides, mergeHome } from '../../src/content/merge-published.ts';
import { publishedListsId, type PublishedOverlay, publishedOverlayId } from '../../src/content/published.ts';
import { loadMessages } from '../../src/i18n/index.ts';
import { homeWords } from '../../src/i18n/words/home/index.ts';
import { saveAllWords } from '../../src/i18n/words/save-all/index.ts';
import { type Locale, locales } from '../../src/i18n/locales.ts';
import Catalogue from '../../src/pages/Catalogue.tsx';
import GuideList from '../../src/pages/GuideList.tsx';
import Home from '../../src/pages/Home.tsx';
import type { BuildLists } from '../../build/content/plugin.ts';
import type { BuildAssets } from '../pages/assets.ts';
import { readLists } from '../pages/build-lists.ts';
import { renderPage } from '../pages/render.tsx';
import { currentOverlay, type OverlayOptions } from './overlay.ts';

/**
 * The catalogue (`/disclosure/`), the guide list (`/guides/`) and the home page of each language, once staff have
 * published or withdrawn anything (issue 14 point 4): rendered by the server from the build's own lists
 * (`dist/.vite/content-lists.json`, build/content/plugin.ts) with the published overlay merged in by the app's own
 * merge (src/content/merge-published.ts), so they read without JavaScript; the page's props are embedded for the app
 * to hydrate the same lists, and the overlay for its next pages. While nothing is published, or with a build that wrote no lists, the build's files answer.
 */
export interface ListPagesOptions extends OverlayOptions {
  assets: BuildAssets;
  distDir: string;
}

/** The three list pages: the address builder and the page with the overlay merged into the build's lists. */
const pages: [href: (locale?: Locale) => string, props: (lists: BuildLists, overlay: PublishedOverlay) => object, page: (props: any) => VNode][] = [
  [catalogueHref, (lists, overlay) => ({ items: mergeDisclosure(lists.disclosure, overlay) }), (props) => <Catalogue {...props} />],
  [guidesHref, (lists, overlay) => ({ items: mergeGuides(lists.guides, overlay) }), (props) => <GuideList {...props} />],
  [homeHref, (lists, overlay) => mergeHome(lists.home, overlay), (props) => <Home {...props} />],
];

export function listPagesRoutes(options: ListPagesOptions): Hono {
  const routes = new Hono();
  const lists = readLists(options.distDir);
  for (const locale of locales) {
    for (const [href, merge, page] of pages) {
      routes.get(href(locale), async (c, next) => {
        const built = lists()?.[locale];
        if (!built) return next();
        const overlay = await currentOverlay(options, locale);
        if (isEmptyOverlay(overlay)) return next();
        const [messages] = await Promise.all([loadMessages(locale), homeWords.load(locale), saveAllWords.load(locale)]);
        const props = merge(built, overlay);
        const html = await renderPage(
          options.assets,
          // The list routes suspend once while hydrating (src/app/contentRoute.tsx `listRoute`), and hydrate with the
          // props embedded: the page needs no merging code (src/content/published-gate.ts).
          { url: c.req.path, messages, hydrate: true, suspensions: 1, embeds: { [publishedListsId]: props, [publishedOverlayId]: overlay } },
          page(props),
        );
        // Revalidated on every visit: publishing again or withdrawing changes the list.
        return c.html(html, 200, { 'Cache-Control': 'no-cache' });
      });
    }
  }
  return routes;
}
