import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  askHref, guidesHref, homeHref, manifestHref, myRequestsHref, offlineHref, requestHref, searchHref, searchIndexHref,
} from '../../src/addresses/addresses.ts';
import { locales } from '../../src/i18n/locales.ts';
import { contentRevision } from '../../src/service-worker/pack-format.ts';

/** A page's file, as a glob from `dist/`: `/guides/` → `guides/index.html`; `**` for every page below it. */
const pageFile = (href: string, below = '') => `${href.slice(1)}${below}index.html`;

/**
 * What a phone keeps for offline use, in every language (DESIGN.md budget: at most 250 KB gzip for one language):
 * the code and styles, the pages the issue promises offline (home, guides, the request form and the mailbox's, my requests, search),
 * their QR codes, the search index and the offline page. The service worker (src/sw.ts) installs the shared files
 * and those of the language the phone arrived in (src/service-worker/routes.ts, `precacheLanguage`); another
 * language's are kept when read. Other pages are kept when read, or by "save all".
 */
export const PRECACHE_GLOBS = [
  'assets/*.{js,css}',
  ...locales.flatMap((locale) => [
    pageFile(homeHref(locale)),
    pageFile(guidesHref(locale), '**/'),
    pageFile(requestHref(locale), '**/'),
    // The mailbox's form works offline as the request form does (issue 17); its answers' pages are kept when read.
    pageFile(askHref(undefined, locale)),
    pageFile(myRequestsHref(locale)),
    pageFile(searchHref(undefined, locale)),
    // The offline page in each language: a page never read answers in the language of its address.
    pageFile(offlineHref(locale)),
    searchIndexHref(locale).slice(1),
  ]),
  manifestHref.slice(1),
  'icons/icon.svg',
];

/**
 * The prerenderer's own code: used at build time, never by a phone. Pinyin (build/pinyin/plugin.ts) is downloaded
 * only by people who turn it on.
 */
export const PRECACHE_IGNORES = ['assets/prerender-*', 'assets/_pinyin-*'];

/**
 * Sources whose chunks are not precached but kept when read (issue 16, point 2): the disclosure catalogue's and the
 * annual reports' content and pages, and the accessibility, contacts and privacy pages' content, which the offline promise does not cover, as their pages are not precached
 * either; precaching their code cost every first visit about 40 requests. Likewise the read-aloud player and the
 * pinyin loader, which only people who turn those modes on load (about 4 KB of every first visit): once turned on
 * online, the worker keeps them as read, and they work offline from then on.
 */
const KEPT_WHEN_READ = /^(?:virtual:content\/(?:(?:en|zh-Hant)\/)?(?:disclosure|reports|pages\/(?:accessibility|contacts|privacy))\b|src\/pages\/(?:Catalogue|DisclosureItem|Report)\.tsx$|src\/modes\/(?:read-aloud\/|pinyin\/load\.ts$))/;

/** Whether a module of the build (its key in Vite's manifest, `dist/.vite/manifest.json`) is left to be kept when read. */
export const isKeptWhenRead = (source: string) => KEPT_WHEN_READ.test(source);

type ManifestTransform = (entries: { url: string; size: number; revision: string | null }[]) => Promise<{ manifest: typeof entries; warnings: string[] }>;

/**
 * Workbox's `manifestTransforms` step: drops the chunks `isKeptWhenRead` names from the list, reading which file
 * holds which module from Vite's manifest in `distDir` (written before the worker is built), and gives each file
 * with a revision its `contentRevision` instead of Workbox's MD5: ten hex digits tell one version of a page from
 * the next as well as thirty-two, in a list every first visit downloads (about 0.7 KB less), and the worker can
 * recompute them over a page the browser has just loaded, to take it from there rather than download it again.
 */
export function precacheTransform(distDir: string): ManifestTransform {
  return async (entries) => {
    const vite = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
    const dropped = new Set(Object.entries(vite).filter(([source]) => isKeptWhenRead(source)).map(([, chunk]) => chunk.file));
    const kept = entries.filter((entry) => !dropped.has(entry.url));
    const manifest = await Promise.all(kept.map(async (entry) => (entry.revision
      ? { ...entry, revision: await contentRevision(new Uint8Array(readFileSync(join(distDir, decodeURIComponent(entry.url))))) }
      : entry)));
    return { manifest, warnings: [] };
  };
}
