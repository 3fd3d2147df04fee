import type { MiddlewareHandler } from 'hono';
import { canonicalPageAddress } from '../../src/addresses/addresses.ts';
import { safePath } from './static.ts';

/**
 * A page asked for in another form of its address (`/ZH-HANT/guides/`, `/guides/index.html`) is redirected,
 * permanently and with its query, to the canonical address (src/addresses/addresses.ts `canonicalPageAddress`),
 * before any route: every route, the app's router and the service worker's cache then see one address per page.
 * Whether the page exists is the canonical address's answer to give (a real not-found stays 404 there).
 */
export const canonicalAddresses: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
  const url = new URL(c.req.url);
  // An address that cannot name a file of ours is the not-found page's to answer, never a redirect's.
  if (safePath(url.pathname) === undefined) return next();
  const canonical = canonicalPageAddress(url.pathname);
  return canonical ? c.redirect(`${canonical}${url.search}`, 301) : next();
};
