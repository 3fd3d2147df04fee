import type { Context } from 'hono';
import { notFoundPageFor } from '../../src/addresses/addresses.ts';
import NotFound from '../../src/pages/NotFound.tsx';
import { loadMessages } from '../../src/i18n/index.ts';
import { localeOf } from '../../src/i18n/locales.ts';
import { safePath } from '../http/static.ts';
import type { BuildAssets } from './assets.ts';
import { renderPage } from './render.tsx';

/**
 * The answer to an address nothing else answers: the app's not-found page, in the language of the address
 * (`/en/no-such-page/` in English, `/zh-Hant/…` in traditional characters, else simplified Chinese), at that address,
 * so its language switch and navigation are the ones the app would show there. The app's scripts come with it, and
 * the client router takes over as on any page. Status 404, `no-cache`: the address may exist after the next release.
 *
 * An address that cannot name a page of the site (`//evil.example`, `..`, NUL) is not repeated in the page's links:
 * the page is rendered at the language's own not-found address (`/en/404/`) instead.
 */
export function notFoundPage(assets: BuildAssets): (c: Context) => Promise<Response> {
  return async (c) => {
    const url = new URL(c.req.url);
    const at = safePath(url.pathname) === undefined ? notFoundPageFor(url.pathname) : url.pathname;
    const messages = await loadMessages(localeOf(at));
    const html = await renderPage(assets, { url: at, messages, hydrate: true }, <NotFound />);
    return c.body(html, 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
  };
}
