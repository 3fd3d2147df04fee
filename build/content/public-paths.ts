import type { Content } from './load.ts';
import { REQUEST_FORM_PATHS } from '../../src/addresses/addresses.ts';

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

