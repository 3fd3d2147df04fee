import type { Content } from './load.ts';

/** Every public address, in the order the sitemap lists them. Printed QR codes point at these: never break one. */
export function publicPaths(content: Content): string[] {
  return [
    '/',
    '/guides/',
    ...content.guides.map((guide) => `/guides/${guide.slug}/`),
    '/disclosure/',
    ...content.disclosure.map((item) => `/disclosure/${item.slug}/`),
    ...content.reports.map((report) => `/reports/${report.year}/`),
    '/request/',
    ...REQUEST_FORM_PATHS,
    '/requests/',
    '/search/',
    ...content.pages.filter((page) => page.slug !== 'request').map((page) => `/${page.slug}/`),
  ];
}

/** What the service worker answers with when a page was never saved and the phone is offline. */
export const OFFLINE_PATH = '/offline/';

/** Every content page's text, fetched only when someone searches, and precached for offline search. */
export const SEARCH_INDEX = '/search-index.json';

/** The request form's steps and its check-answers page (src/pages/request/steps.ts names them). */
export const REQUEST_FORM_PATHS = ['/request/applicant/', '/request/details/', '/request/contact/', '/request/check/'];

/**
 * Addresses made on the phone, not at build time: `/requests/<id>/` is a request this phone sent. The
 * server and the service worker answer them with the prerendered page that shows them.
 */
export function prerenderedPageFor(path: string): string | undefined {
  return /^\/requests\/[^/]+\/$/.test(path) ? '/requests/' : undefined;
}
