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
    '/requests/',
    '/search/',
    ...content.pages.filter((page) => page.slug !== 'request').map((page) => `/${page.slug}/`),
  ];
}

/** What the service worker answers with when a page was never saved and the phone is offline. */
export const OFFLINE_PATH = '/offline/';

/** Every content page's text, fetched only when someone searches, and precached for offline search. */
export const SEARCH_INDEX = '/search-index.json';
