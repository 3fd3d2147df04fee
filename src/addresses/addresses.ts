import { defaultLocale, type Locale, localeOf, localePath, locales, withoutLocale } from '../i18n/locales.ts';

/**
 * Every address the site has, written once. The app, the server, the service worker and the build (sitemap, QR
 * codes, search index) all build addresses here and nowhere else: printed QR codes point at these, so a pattern
 * changed by mistake in one place would break them.
 *
 * Each builder gives the address in a language (`guideHref('bus-pass', 'en')` → `/en/guides/bus-pass/`); without
 * one, the simplified-Chinese address, which components pass through `useHref()` to stay in the page's language.
 * Page addresses end in a slash: the build writes `<path>/index.html`.
 */

// Builders are made by these two, so that each address costs every page a few bytes, not a function: the app's
// routes and header, in every page's code, use most of them. `@__PURE__` lets the bundler drop those no page uses.
/** A page at one address: `page('/guides/')('en')` → `/en/guides/`. */
const page = (path: string) => (locale: Locale = defaultLocale) => localePath(path, locale);
/** One page per item below a section: `below('/guides/')('bus-pass', 'en')` → `/en/guides/bus-pass/`. */
const below = <Key extends string | number = string>(section: string) => (key: Key, locale: Locale = defaultLocale) =>
  localePath(`${section}${key}/`, locale);

export const homeHref = /* @__PURE__ */ page('/');
export const guidesHref = /* @__PURE__ */ page('/guides/');
export const guideHref = /* @__PURE__ */ below('/guides/');
/** The proactive-disclosure catalogue (主动公开); each category is a section of it, `#<category>`. */
export const catalogueHref = /* @__PURE__ */ page('/disclosure/');
export const disclosureHref = /* @__PURE__ */ below('/disclosure/');
/** Published answers to the online mailbox's questions (issue 17 point 3): the list, and one answer's page. */
export const answersHref = /* @__PURE__ */ page('/ask/answers/');
export const answerHref = /* @__PURE__ */ below('/ask/answers/');
/**
 * A file staff attached to a published item, below the item's page (`itemPath`, simplified-Chinese, as
 * `disclosureHref(slug)` gives it): `/disclosure/<slug>/files/<id>/<file name>`, the name percent-encoded. One
 * address for every language: the file is the same.
 */
export const contentFileHref = (itemPath: string, id: number, name: string) => `${itemPath}files/${id}/${encodeURIComponent(name)}`;
/** Where the annual reports sit: no page of its own (the catalogue lists them), but the section they belong to. */
const reports = '/reports/';
/** An annual report's page; its data files sit beside it. */
export const reportHref = /* @__PURE__ */ below<number | string>(reports);
export const reportDataHref = (year: number | string, format: 'csv' | 'json') => `${reports}${year}/report.${format}`;
/** Whether an address (without its language prefix) is an annual report's: the header marks the catalogue's link. */
export const isReportHref = (path: string) => path.startsWith(reports);
/**
 * The catalogue's documents as the annual report's part 二 counts them: written by the build, read by the
 * server (build/site-files/catalogue-facts.ts).
 */
export const catalogueFactsHref = `${reports}catalogue.json`;
/** The disclosure request's start page (申请公开). */
export const requestHref = /* @__PURE__ */ page('/request/');
/** A step of the request form, or its check-answers page. */
export const requestStepHref = /* @__PURE__ */ below('/request/');
/** "我的申请": every request this phone made, and one of them by its id on the phone. */
export const myRequestsHref = /* @__PURE__ */ page('/requests/');
export const myRequestHref = /* @__PURE__ */ below('/requests/');
/**
 * The online mailbox's form (网上信箱, issue 17): a question or suggestion, `?page=<path>` naming the page it was asked
 * from, in simplified Chinese form whatever the language (`askHref('/guides/bus-pass/', 'en')` →
 * `/en/ask/?page=%2Fguides%2Fbus-pass%2F`), so staff read one address for a page in any language.
 */
export const askHref = (from?: string, locale: Locale = defaultLocale) =>
  localePath(`/ask/${from ? `?page=${encodeURIComponent(from)}` : ''}`, locale);
/**
 * A question's answer as the server shows it without JavaScript, read with its status token: the address a person
 * bookmarks when they chose to read the answer "on this phone" but had no app (server/questions/form-pages.tsx).
 */
export const askStatusHref = (reference: string, token: string, locale: Locale = defaultLocale) =>
  localePath(`/ask/status/${encodeURIComponent(reference)}/?token=${encodeURIComponent(token)}`, locale);
export const searchHref = (query?: string, locale: Locale = defaultLocale) =>
  localePath(`/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`, locale);
/** A page of `src/content/pages/`: contacts, accessibility, privacy, how to request. */
export const contentPageHref = /* @__PURE__ */ below('/');
/** The display settings on the accessibility page: where the header's button leads before the app has loaded. */
export const displaySettingsHref = (locale?: Locale) => `${contentPageHref('accessibility', locale)}#display-settings`;
/** What the service worker answers with when a page was never saved and the phone is offline. */
export const offlineHref = /* @__PURE__ */ page('/offline/');
/** The not-found page of a language: a page of its own, not listed in the sitemap. */
export const notFoundHref = /* @__PURE__ */ page('/404/');
/**
 * Every content page's text, fetched only when someone searches, and precached for offline search; each language
 * has its own (`/en/search-index.json`).
 */
export const searchIndexHref = /* @__PURE__ */ page('/search-index.json');

/**
 * What staff have published, changed or withdrawn since the build, in one language (`PublishedOverlay`,
 * src/content/published.ts), for the lists to add to the build's: answered by the server at run time, asked network
 * first by the worker and kept for reading offline (`/en/published.json`).
 */
export const publishedHref = /* @__PURE__ */ page('/published.json');

/**
 * What "保存全部页面" downloads, in bytes as the server sends them (brotli), by the language the phone keeps
 * (`{"zh-Hans": 123456, …}`): written by the build (build/pwa/pack.ts), read by the page under Save-Data.
 */
export const saveAllSizesHref = '/save-all.json';

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

/**
 * The canonical form of a page's address asked for in another form, or undefined when `path` (a URL's pathname, as
 * sent) is already canonical: the language prefix in another letter case (`/ZH-HANT/guides/`, `/zh-hant/guides/` →
 * `/zh-Hant/guides/`; `/EN` → `/en/`) and the page's file name (`/guides/index.html` → `/guides/`). The server
 * (server/http/canonical.ts) and the service worker redirect such forms here, so the app's router only ever sees
 * the addresses its routes name. Queries (WeChat's `?from=singlemessage&isappinstalled=0`) and fragments are no
 * part of the path and stay as they are; the trailing slash is added where a page is known to be one (the server
 * looks for the file, the worker for a file name: src/service-worker/routes.ts).
 */
export function canonicalPageAddress(path: string): string | undefined {
  // `//host/…` would become another site's address in a redirect.
  if (!path.startsWith('/') || path.startsWith('//')) return undefined;
  const [, first = '', ...rest] = path.split('/');
  const locale = locales.find((candidate) => candidate !== defaultLocale && candidate.toLowerCase() === first.toLowerCase());
  const prefixed = locale ? `/${locale}/${rest.join('/')}` : path;
  const canonical = prefixed.replace(/\/index\.html?$/i, '/');
  return canonical === path ? undefined : canonical;
}

/** The not-found page in the language of the address asked for. */
export function notFoundPageFor(path: string): string {
  return notFoundHref(localeOf(path));
}

/** Files the build writes at the root for browsers, crawlers and the "save all" button. */
export const sitemapHref = '/sitemap.xml';
export const robotsHref = '/robots.txt';
export const manifestHref = '/manifest.webmanifest';
/** The service worker (src/sw.ts, built by vite-plugin-pwa): a fixed address, so a phone finds its update. */
export const serviceWorkerHref = '/sw.js';

/** The JSON API (DESIGN.md, "API"): answers may hold personal data, so they are never cached nor crawled. */
export const apiHref = '/api/';
/** Where the form and the outbox send a request (POST), and where its status is asked (`/api/requests/<id>`). */
export const requestsApiHref = `${apiHref}requests`;
/** A request's status, read with its own token (DESIGN.md, "API"); without a token, the address the API names in `Location`. */
export const requestStatusApiHref = (reference: string, token?: string) =>
  `${requestsApiHref}/${encodeURIComponent(reference)}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;
/**
 * A file sent with a request's reply; with the request's status token (`?token=…`) it downloads, without it nothing
 * opens. Under /api/, so the service worker never keeps it (`isPrivateHref`).
 */
export const replyFileApiHref = (reference: string, fileId: number, token?: string) =>
  `${requestStatusApiHref(reference)}/files/${fileId}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;
/** The annual reports published from the staff console after the build. */
export const reportsApiHref = `${apiHref}reports`;

/** The staff console (server-rendered, never cached, never in the sitemap). */
export const staffHref = '/staff/';
export const staffSignInHref = `${staffHref}sign-in`;
export const staffSignOutHref = `${staffHref}sign-out`;
/** The console's own stylesheet, beside the app's. */
export const staffStylesheetHref = `${staffHref}staff.css`;
export const staffRequestHref = (reference: string) => `${staffHref}requests/${reference}/`;
/** A staff action's form on a request (`ask-completion`, `extend`, `reply`, …), or an appeal's (`appeals/<id>`). */
export const staffActionHref = (reference: string, action: string) => `${staffRequestHref(reference)}${action}/`;
/** A letter issued on a request, as an A4 print page. */
export const staffLetterHref = (reference: string, id: number | string) => `${staffRequestHref(reference)}letters/${id}/`;
export const staffReportsHref = `${staffHref}reports/`;
export const staffReportHref = (year: number | string) => `${staffReportsHref}${year}/`;
/** A year's holiday schedule (放假安排) as staff enter it, and the confirmation of a save (its audit entry's id). */
export const staffHolidaysHref = `${staffHref}holidays/`;
export const staffHolidayYearHref = (year: number | string) => `${staffHolidaysHref}${year}/`;
export const staffHolidaySavedHref = (year: number | string, auditId: number | string) => `${staffHolidayYearHref(year)}saved/${auditId}/`;
/** The publishing console (issue 14): the items by state and the month's figures; a new item's form per collection. */
export const staffContentHref = `${staffHref}content/`;
export const staffContentNewHref = (collection: string) => `${staffContentHref}new/${collection}/`;
/** A catalogue item's or guide's page in the console, and its actions below it (`edit/`, `publish/`, `files/`, …). */
export const staffContentItemHref = (collection: string, slug: string) => `${staffContentHref}${collection}/${slug}/`;
/**
 * The current draft of a catalogue item or guide as its published page will be, in one language
 * (`…/preview/zh-Hant/`): private, never indexed, shown in a frame on the item's console page (issue 14 point 1).
 */
/** Where staff post to draft a published answer from an answered question (server/content/answers.ts). */
export const staffAnswerFromQuestionHref = (reference: string) => `${staffContentHref}answers/from-question/${reference}/`;
export const staffContentPreviewHref = (collection: string, slug: string, locale: Locale = defaultLocale) => `${staffContentItemHref(collection, slug)}preview/${locale}/`;
/** Whether `path` is a draft's preview: the one page a page of the site may show in a frame (server/http/security.ts). */
export const isStaffContentPreviewHref = (path: string) => /^\/staff\/content\/[^/]+\/[^/]+\/preview\/[^/]+\/$/.test(path);
/** axe-core as the console serves it, and the console's script that runs it on a draft's preview. */
export const staffAxeHref = `${staffContentHref}axe.js`;
export const staffPreviewCheckHref = `${staffContentHref}preview-check.js`;
/** The online mailbox's questions and suggestions as staff answer them (issue 17), oldest first, and one of them. */
export const staffQuestionsHref = `${staffHref}questions/`;
export const staffQuestionHref = (reference: string) => `${staffQuestionsHref}${reference}/`;
/** A question's action: `answer` (posted from its page), or `convert` (turn it into a disclosure request). */
export const staffQuestionActionHref = (reference: string, action: 'answer' | 'convert') => `${staffQuestionHref(reference)}${action}/`;
/** The staff API's holiday schedules: `POST <this>/<year>` with the year's schedule as JSON. */
export const staffHolidaysApiHref = `${apiHref}staff/holidays`;
/** The staff API's catalogue items and guides (issue 14): `POST <this>` a draft, `…/<collection>/<slug>/publish`. */
export const staffContentApiHref = `${apiHref}staff/content`;

/**
 * The API's and the staff console's addresses (`/api`, `/staff/…`), whatever the phone, and a question's status page
 * (`/ask/status/…`, in any language: a person's answer, read with its token): never cached by the service worker.
 */
export const isPrivateHref = (path: string) =>
  [apiHref, staffHref].some((prefix) => path === prefix.slice(0, -1) || path.startsWith(prefix)) || withoutLocale(path).startsWith('/ask/status/');

/** Where the `/ask/` form and its outbox send a question or suggestion (POST), and where its answer is asked. */
export const questionsApiHref = `${apiHref}questions`;
/** A question's status and answer (`GET`, with `?token=` its status token). */
export const questionStatusApiHref = (reference: string, token?: string) =>
  `${questionsApiHref}/${encodeURIComponent(reference)}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;
