import type { Locale } from '../i18n/locales.ts';
import { precacheLanguage } from './routes.ts';

/**
 * The precache packs (issue 16, point 2), shared by the build that writes them (build/pwa/pack.ts) and the worker
 * that unpacks them (language-precache.ts). A pack is JSON: `[[path, Content-Type, text], …]`, one per language,
 * holding the shared group's files and the language's.
 */
export type PackFile = [path: string, type: string, body: string][];

/** A precache group: the code every language uses, or one language's pages and code. */
export type PrecacheGroup = Locale | 'shared';

export const precacheGroup = (entry: string): PrecacheGroup => precacheLanguage(entry) ?? 'shared';

/** `assets/pack-en.0123456789.json`: under /assets/, so served as never changing. */
export const packFileName = (locale: Locale, hash: string) => `assets/pack-${locale}.${hash}.json`;

/** The language a pack is for, when the entry is a pack. */
export function packLocale(entry: string): Locale | undefined {
  return /^\/?assets\/pack-([A-Za-z-]+)\.[0-9a-f]{10}\.json$/.exec(entry)?.[1] as Locale | undefined;
}

/**
 * Files left out of the packs: those every page loads before its worker starts (the styles, the main chunk, the
 * language's messages — `<locale>-i18n-…`, named so by vite.config.ts —, the web manifest and icon), which the worker
 * then takes from the browser's cache rather than download them twice.
 */
export const isUnpacked = (entry: string) => /^\/?(?:assets\/(?:style|main|[A-Za-z-]+-i18n)-[^/]+\.(?:css|js)|manifest\.webmanifest|icons\/[^/]+)$/.test(entry);

/**
 * The phone rule's library (libphonenumber-js, ~29 KB gzip; vite.config.ts names its chunk `assets/phone-…`): listed
 * but neither packed nor installed, so a first visit does not download it (issue 16, point 6). The worker keeps it
 * when the request form opens (`KEEP_PHONE_RULES_MESSAGE`), so a form opened online once checks numbers offline.
 */
export const isPhoneRules = (entry: string) => /^\/?assets\/phone-[^/]+\.js$/.test(entry);

/**
 * A precached file's revision: the first ten hex digits of its bytes' SHA-256. The build writes it into the list
 * (build/pwa/precache.ts) and the worker recomputes it over a copy in the browser's cache to know that copy is this
 * version (language-precache.ts), so both must hash alike: Web Crypto, in Node as in the worker.
 */
export async function contentRevision(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.subarray(0, 5)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
