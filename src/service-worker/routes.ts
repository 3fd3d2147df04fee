import { canonicalPageAddress, isPrivateHref, offlineHref, prerenderedPageFor, publishedHref, qrHref, searchIndexHref } from '../addresses/addresses.ts';
import { type Locale, localeOf, locales } from '../i18n/locales.ts';

/**
 * Which requests the service worker answers and from where. Plain functions of a URL, so they are tested
 * without a browser; src/sw.ts wires them to Workbox.
 */

/** Pages cached the first time they are read, and by "save all for offline". */
export const PAGES_CACHE = 'pages';

/**
 * Present when the person's browser asks to save data (`Save-Data: on`, `navigator.connection.saveData`): the page
 * opens it before registering the worker (src/offline/save-data.ts), and the worker then keeps only what is opened
 * until "保存全部页面" is pressed (issue 16, point 5).
 */
export const SAVE_DATA_CACHE = 'save-data';

/** The page's message asking the worker for its whole precache, the shared files and `locale`'s: `{ type, locale }`. */
export const SAVE_ALL_MESSAGE = 'SAVE_ALL';

/** The form's message asking the worker to keep the phone rule's library, on opening a step (src/service-worker/pack-format.ts). */
export const KEEP_PHONE_RULES_MESSAGE = 'KEEP_PHONE_RULES';

/** Code and search indexes the precache leaves out (another language's), kept the first time they are fetched. */
export const CODE_CACHE = 'code';


/** Where the precache of one language is kept: its pages, search index, QR codes and code (issue 16, point 1). */
export const languagePrecache = (locale: Locale) => `precache-${locale}`;

/**
 * The language a precache entry belongs to (a path from the build's list: `en/guides/index.html`,
 * `assets/zh-Hant-abc.js`, `qr/en/guides/bus-pass.svg`, `search-index.json`), or undefined for what every language
 * needs: the shared code and styles, the boot script, the web manifest, the icon, and the offline page of every
 * language (a page never read answers in its address's language, whichever language the phone arrived in).
 */
export function precacheLanguage(entry: string): Locale | undefined {
  const path = `/${entry.replace(/^\/+/, '')}`;
  if (locales.some((locale) => path === `${offlineHref(locale)}index.html`)) return undefined;
  const chunk = /^\/assets\/([^/]+)$/.exec(path);
  if (chunk) return locales.find((locale) => chunk[1]!.startsWith(`${locale}-`));
  if (!/\.(?:html|json)$/.test(path) && !path.startsWith('/qr/')) return undefined;
  // A QR code's name is its page's address: `qr/en.svg` is `/en/`'s, `qr/en/guides.svg` `/en/guides/`'s.
  return localeOf(path.startsWith('/qr/') ? path.slice('/qr'.length).replace(/\.svg$/, '/') : path);
}

/** The prerendered file a precached address stands for: `/x`, `/x/` and `/x/?q=1` are all `/x/index.html`. */
export function precacheCandidates(url: URL): URL[] {
  const page = new URL(url.href);
  page.search = '';
  page.hash = '';
  page.pathname = prerenderedPageFor(page.pathname) ?? page.pathname;
  if (page.pathname.endsWith('/')) return [new URL(`${page.pathname}index.html`, page)];
  if (isFileName(page.pathname)) return [page];
  return [new URL(`${page.pathname}/index.html`, page)];
}

function isFileName(pathname: string): boolean {
  return /\.[a-z0-9]+$/i.test(pathname.slice(pathname.lastIndexOf('/') + 1));
}

/** A page of the site that may be kept for reading offline. */
export function isCacheablePage(url: URL, origin: string): boolean {
  return url.origin === origin && url.pathname.endsWith('/') && !isPrivateHref(url.pathname);
}

/**
 * A page address typed or printed without its trailing slash: the server redirects it, and a cached
 * redirect cannot answer a navigation, so offline the worker redirects it itself.
 */
export function withTrailingSlash(url: URL, origin: string): string | undefined {
  if (url.origin !== origin || url.pathname.endsWith('/') || isFileName(url.pathname) || isPrivateHref(url.pathname)) {
    return undefined;
  }
  return `${url.pathname}/${url.search}`;
}

/**
 * Where a page asked for in another form of its address (`/ZH-HANT/guides/`, `/guides/index.html`) is redirected,
 * with its query, as the server does (server/http/canonical.ts): online or not, the same answer, at once. Undefined
 * for a canonical address or another site's.
 */
export function canonicalRedirect(url: URL, origin: string): string | undefined {
  if (url.origin !== origin) return undefined;
  const canonical = canonicalPageAddress(url.pathname);
  return canonical && `${canonical}${url.search}`;
}

/** The offline page's file in the language of the address asked for: `/en/guides/x/` → `en/offline/index.html`. */
export function offlinePageFor(url: URL): string {
  return `${offlineHref(localeOf(url.pathname))}index.html`;
}

/**
 * A page's QR code image (`qrHref`): not precached but kept when shown, beside the pages, where "save all" keeps
 * them too (issue 16, point 2: no image downloaded ahead of time).
 */
export function isQrImage(url: URL, origin: string): boolean {
  return url.origin === origin && url.pathname === qrHref(url.pathname.slice('/qr'.length).replace(/\.svg$/, '/'));
}

/** The key under which a page is kept, whatever its query: `/search/?q=乘车` reads the saved `/search/`. */
export function pageCacheKey(url: URL): string {
  return url.origin + url.pathname;
}

/**
 * Code the precache does not hold but a page kept for offline reading needs: the traditional-Chinese and English
 * chunks, content-hashed, so a kept copy never goes stale.
 */
export function isKeptWhenFetched(url: URL, origin: string): boolean {
  return url.origin === origin && /^\/assets\/[^/]+\.js$/.test(url.pathname);
}

/**
 * The published overlay of a language (`publishedHref`, src/content/published.ts): what staff published, changed or
 * withdrawn since the build. Kept beside that language's precache, not listed in it.
 */
export function isPublishedOverlay(url: URL, origin: string): boolean {
  return url.origin === origin && locales.some((locale) => url.pathname === publishedHref(locale));
}

/**
 * Files staff change without a build (issue 14, point 5), asked of the server first and their held copies replaced,
 * as pages are (src/service-worker/pages.ts): every language's published overlay and search index, which the server
 * merges with what staff published. The search index stays precached (simplified Chinese's by the first visit), so
 * the first offline search works; another language's is kept when first fetched.
 */
export function isNetworkFirstFile(url: URL, origin: string): boolean {
  return url.origin === origin && (isPublishedOverlay(url, origin) || locales.some((locale) => url.pathname === searchIndexHref(locale)));
}
