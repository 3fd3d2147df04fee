import {
  guideHref, guidesHref, homeHref, manifestHref, myRequestsHref, offlineHref, qrHref, requestHref, searchHref, searchIndexHref,
} from '../../src/addresses/addresses.ts';
import { locales } from '../../src/i18n/locales.ts';
import { BOOT_SCRIPT } from '../prefs/boot-plugin.ts';

/** A page's file, as a glob from `dist/`: `/guides/` → `guides/index.html`; `**` for every page below it. */
const pageFile = (href: string, below = '') => `${href.slice(1)}${below}index.html`;

/**
 * What the first visit downloads for offline use (DESIGN.md budget: at most 250 KB gzip): the code and
 * styles, the pages the issue promises offline (home, guides, the request form, my requests, search),
 * their QR codes, the search index and the offline page. Other pages are kept when read, or by "save all".
 */
export const PRECACHE_GLOBS = [
  'assets/*.{js,css}',
  // The accessibility preferences' boot script, which every page's <head> loads before anything is shown.
  BOOT_SCRIPT.slice(1),
  pageFile(homeHref()),
  pageFile(guidesHref(), '**/'),
  pageFile(requestHref(), '**/'),
  pageFile(myRequestsHref()),
  pageFile(searchHref()),
  // The offline page in each language: a page never read answers in the language of its address.
  ...locales.map((locale) => pageFile(offlineHref(locale))),
  searchIndexHref().slice(1),
  manifestHref.slice(1),
  'icons/icon.svg',
  ...[homeHref(), guidesHref(), requestHref(), myRequestsHref(), searchHref(), guideHref('*')].map((href) => qrHref(href).slice(1)),
];

/**
 * The prerenderer's own code: used at build time, never by a phone. The traditional-Chinese and English chunks
 * (named for their language by vite.config.ts) and pages (under /zh-Hant/ and /en/, which the globs above do not
 * reach): a first visit keeps simplified Chinese only; another language's pages and code are kept when read.
 * Pinyin (build/pinyin/plugin.ts) is downloaded only by people who turn it on.
 */
export const PRECACHE_IGNORES = ['assets/prerender-*', 'assets/zh-Hant-*', 'assets/en-*', 'assets/_pinyin-*'];
