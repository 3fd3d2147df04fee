import { defaultLocale, type Locale, localeOf, localePath, withoutLocale } from '../i18n/locales.ts';

/**
 * Every address the site has, written once. The app, the server, the service worker and the build (sitemap, QR
 * codes, search index) all build addresses here and nowhere else: printed QR codes point at these, so a pattern
 * changed by mistake in one place would break them.
 *
 * Each builder gives the address in a language (`guideHref('bus-pass', 'en')` → `/en/guides/bus-pass/`); without
 * one, the simplified-Chinese address, which components pass through `useHref()` to stay in the page's language.
 * Page addresses end in a slash: the build writes `<path>/index.html`.
 */

const inLocale = (path: string, locale: Locale = defaultLocale) => localePath(path, locale);

export const homeHref = (locale?: Locale) => inLocale('/', locale);
export const guidesHref = (locale?: Locale) => inLocale('/guides/', locale);
export const guideHref = (slug: string, locale?: Locale) => inLocale(`/guides/${slug}/`, locale);
/** The proactive-disclosure catalogue (主动公开); `category` jumps to its section. */
export const catalogueHref = (locale?: Locale, category?: string) => inLocale(`/disclosure/${category ? `#${category}` : ''}`, locale);
export const disclosureHref = (slug: string, locale?: Locale) => inLocale(`/disclosure/${slug}/`, locale);
/** Where the annual reports sit: no page of its own (the catalogue lists them), but the section they belong to. */
const reports = '/reports/';
/** An annual report's page; its data files sit beside it. */
export const reportHref = (year: number | string, locale?: Locale) => inLocale(`${reports}${year}/`, locale);
export const reportDataHref = (year: number | string, format: 'csv' | 'json') => `${reports}${year}/report.${format}`;
/** Whether an address (without its language prefix) is an annual report's: the header marks the catalogue's link. */
export const isReportHref = (path: string) => path.startsWith(reports);
/**
 * The catalogue's documents as the annual report's part 二 counts them: written by the build, read by the
 * server (build/site-files/catalogue-facts.ts).
 */
export const catalogueFactsHref = `${reports}catalogue.json`;
/** The disclosure request's start page (申请公开). */
export const requestHref = (locale?: Locale) => inLocale('/request/', locale);
/** A step of the request form, or its check-answers page. */
export const requestStepHref = (step: string, locale?: Locale) => inLocale(`/request/${step}/`, locale);
/** "我的申请": every request this phone made, and one of them by its id on the phone. */
export const myRequestsHref = (locale?: Locale) => inLocale('/requests/', locale);
export const myRequestHref = (id: string, locale?: Locale) => inLocale(`/requests/${id}/`, locale);
export const searchHref = (query?: string, locale?: Locale) => inLocale(`/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`, locale);
/** A page of `src/content/pages/`: contacts, accessibility, privacy, how to request. */
export const contentPageHref = (slug: string, locale?: Locale) => inLocale(`/${slug}/`, locale);
/** The display settings on the accessibility page: where the header's button leads before the app has loaded. */
export const displaySettingsHref = (locale?: Locale) => `${contentPageHref('accessibility', locale)}#display-settings`;
/** What the service worker answers with when a page was never saved and the phone is offline. */
export const offlineHref = (locale?: Locale) => inLocale('/offline/', locale);
/** The not-found page of a language: a page of its own, not listed in the sitemap. */
export const notFoundHref = (locale?: Locale) => inLocale('/404/', locale);
/**
 * Every content page's text, fetched only when someone searches, and precached for offline search; each language
 * has its own (`/en/search-index.json`).
 */
export const searchIndexHref = (locale?: Locale) => inLocale('/search-index.json', locale);

/** Where the QR code image of a page is: `/guides/bus-pass/` → `/qr/guides/bus-pass.svg`. */
export function qrHref(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `/qr/${trimmed || 'index'}.svg`;
}

/**
 * Addresses made on the phone, not at build time: `/requests/<id>/` (`/en/requests/<id>/`) is a request this
 * phone sent. The server and the service worker answer them with the prerendered page that shows them.
 */
export function prerenderedPageFor(path: string): string | undefined {
  const locale = localeOf(path);
  return /^\/requests\/[^/]+\/$/.test(withoutLocale(path)) ? myRequestsHref(locale) : undefined;
}

/** The not-found page in the language of the address asked for. */
export function notFoundPageFor(path: string): string {
  return notFoundHref(localeOf(path));
}

/** Files the build writes at the root for browsers, crawlers and the "save all" button. */
export const sitemapHref = '/sitemap.xml';
export const robotsHref = '/robots.txt';
export const manifestHref = '/manifest.webmanifest';

/** The JSON API (DESIGN.md, "API"): answers may hold personal data, so they are never cached nor crawled. */
export const apiHref = '/api/';
/** Where the form and the outbox send a request (POST), and where its status is asked (`/api/requests/<id>`). */
export const requestsApiHref = `${apiHref}requests`;
/** The annual reports published from the staff console after the build. */
export const reportsApiHref = `${apiHref}reports`;

/** The staff console (server-rendered, never cached, never in the sitemap). */
export const staffHref = '/staff/';
export const staffSignInHref = `${staffHref}sign-in`;
export const staffRequestHref = (reference: string) => `${staffHref}requests/${reference}/`;
export const staffReportHref = (year: number | string) => `${staffHref}reports/${year}/`;

/** The API's and the staff console's addresses (`/api`, `/staff/…`), whatever the phone: never cached by the service worker. */
export const isPrivateHref = (path: string) => [apiHref, staffHref].some((prefix) => path === prefix.slice(0, -1) || path.startsWith(prefix));
