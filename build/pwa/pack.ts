import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { prerenderedPageFor, qrHref, saveAllSizesHref } from '../../src/addresses/addresses.ts';
import { type Locale, locales } from '../../src/i18n/locales.ts';
import { isPhoneRules, isUnpacked, packFileName, type PackFile, precacheGroup, type PrecacheGroup } from '../../src/service-worker/pack-format.ts';

type Entry = { url: string; size: number; revision: string | null };

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Workbox's `manifestTransforms` step for issue 16, point 2: the precache in a handful of requests rather than a
 * hundred. One pack per language, `assets/pack-<locale>.<hash>.json`, holds that language's pages and code and the
 * shared code (`precacheGroup`), which the server compresses as one stream (the pages share most of their bytes, and
 * one stream costs about 4 KB less than the shared code and the language's apart) and the worker unpacks into its
 * caches (src/service-worker/language-precache.ts). The few files every page loads before the worker starts
 * (`isUnpacked`) stay out, so the worker takes them from the browser's own cache instead of downloading them twice.
 * The list keeps every file, for the worker's routes, and gains the packs.
 */
export function packTransform(distDir: string) {
  return async (entries: Entry[]) => {
    const groups = new Map<PrecacheGroup, PackFile>([['shared', []], ...locales.map((locale) => [locale, []] as [PrecacheGroup, PackFile])]);
    for (const entry of entries) {
      if (isUnpacked(entry.url) || isPhoneRules(entry.url)) continue;
      const type = types[extname(entry.url)];
      if (!type) throw new Error(`Cannot pack ${entry.url}: no type for ${extname(entry.url)}`);
      groups.get(precacheGroup(entry.url))!.push([entry.url, type, readFileSync(join(distDir, entry.url), 'utf8')]);
    }
    const packs: Entry[] = locales.map((locale) => {
      const body = JSON.stringify([...groups.get('shared')!, ...groups.get(locale)!]);
      const url = packFileName(locale, createHash('sha256').update(body).digest('hex').slice(0, 10));
      writeFileSync(join(distDir, url), body);
      // Its name changes with its content: no revision, so the worker may take it from the browser's cache.
      return { url, size: Buffer.byteLength(body), revision: null };
    });
    writeSaveAllSizes(distDir, new Map(locales.map((locale, i) => [locale, packs[i]!.url])), groups);
    return { manifest: [...entries, ...packs], warnings: [] };
  };
}

/** A file's size as the server sends it: brotli at its quality (server/http/files.ts). */
const sent = (body: Buffer | string) => brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Writes `saveAllSizesHref` (issue 16, point 5): for a phone that kept only what it opened under Save-Data, what
 * "保存全部页面" then downloads, by the language it keeps: that language's pack, then every page of
 * the sitemap neither holds, and every page's QR code (src/offline/save-all.ts). Bytes as the server sends them,
 * headers left out; a build without a sitemap counts the packs alone.
 */
function writeSaveAllSizes(distDir: string, packUrls: Map<Locale, string>, groups: Map<PrecacheGroup, PackFile>): void {
  const sitemap = join(distDir, 'sitemap.xml');
  const pages = existsSync(sitemap)
    ? [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname)
    : [];
  const fileOf = (path: string) => `${(prerenderedPageFor(path) ?? path).slice(1)}index.html`;
  // Sitemap addresses are percent-encoded (`/disclosure/%E6%AE%8B…/`); the files are named in plain text.
  const sizeOf = (file: string) => {
    const path = join(distDir, decodeURIComponent(file));
    return existsSync(path) ? sent(readFileSync(path)) : 0;
  };
  const sizes = Object.fromEntries(locales.map((locale) => {
    const packed = new Set((['shared', locale] as const).flatMap((group) => groups.get(group)!.map(([url]) => url)));
    const packBytes = sizeOf(packUrls.get(locale)!);
    const pageBytes = pages.reduce((total, path) => total + (packed.has(decodeURIComponent(fileOf(path))) ? 0 : sizeOf(fileOf(path))) + sizeOf(qrHref(path).slice(1)), 0);
    return [locale, packBytes + pageBytes];
  }));
  writeFileSync(join(distDir, saveAllSizesHref.slice(1)), JSON.stringify(sizes));
}
