import { localeOf, localePath, withoutLocale } from '../i18n/locales.ts';

/**
 * Addresses the running app, the service worker and the server need, with no build-time code behind them
 * (build/content/public-paths.ts lists every page from the content at build time).
 */

/** What the service worker answers with when a page was never saved and the phone is offline. */
export const OFFLINE_PATH = '/offline/';

/**
 * Every content page's text, fetched only when someone searches, and precached for offline search. Each language
 * has its own at its prefix (`/en/search-index.json`).
 */
export const SEARCH_INDEX = '/search-index.json';

/** The request form's steps and its check-answers page (src/requests/form/steps.ts names them). */
export const REQUEST_FORM_PATHS = ['/request/applicant/', '/request/details/', '/request/contact/', '/request/check/'];

/**
 * Addresses made on the phone, not at build time: `/requests/<id>/` (`/en/requests/<id>/`) is a request this
 * phone sent. The server and the service worker answer them with the prerendered page that shows them.
 */
export function prerenderedPageFor(path: string): string | undefined {
  return /^\/requests\/[^/]+\/$/.test(withoutLocale(path)) ? localePath('/requests/', localeOf(path)) : undefined;
}

/** The not-found page in the language of the address asked for. */
export function notFoundPageFor(path: string): string {
  return localePath('/404/', localeOf(path));
}
