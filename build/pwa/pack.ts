import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { prerenderedPageFor, qrHref, saveAllSizesHref } from '../../src/addresses/addresses.ts';
import { locales } from '../../src/i18n/locales.ts';
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
 * hundred. The files of each group (the shared code, and each language's pages and code: `precacheGroup`) are
 * written into one pack, `assets/pack-<group>.<hash>.json`, which the server compresses as one stream (the pages
 * share most of their bytes) and the worker unpacks into its caches (src/service-worker/language-precache.ts). The
 * few files every page loads before the worker starts (`isUnpacked`) stay out, so the worker takes them from the
 * browser's own cache instead of downloading them twice. The list keeps every file, for the worker's routes, and
 * gains the packs.
 */
export function packTransform(distDir: string) {
  return async (entries: Entry[]) => {
    const groups = new Map<PrecacheGroup, PackFile>();
    for (const entry of entries) {
      if (isUnpacked(entry.url) || isPhoneRules(entry.url)) continue;
      const group = precacheGroup(entry.url);
      const type = types[extname(entry.url)];
      if (!type) throw new Error(`Cannot pack ${entry.url}: no type for ${extname(entry.url)}`);
      const files = groups.get(group) ?? [];
      files.push([entry.url, type, readFileSync(join(distDir, entry.url), 'utf8')]);
      groups.set(group, files);
    }
    const packs: Entry[] = [...groups].map(([group, files]) => {
      const body = JSON.stringify(files);
      const url = packFileName(group, createHash('sha256').update(body).digest('hex').slice(0, 10));
      writeFileSync(join(distDir, url), body);
      // Its name changes with its content: no revision, so the worker may take it from the browser's cache.
      return { url, size: Buffer.byteLength(body), revision: null };
    });
    writeSaveAllSizes(distDir, new Map(packs.map((pack, i) => [[...groups.keys()][i]!, pack.url])), groups);
    return { manifest: [...entries, ...packs], warnings: [] };
  };
}

/** A file's size as the server sends it: brotli at its quality (server/http/files.ts). */
const sent = (body: Buffer | string) => brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Writes `saveAllSizesHref` (issue 16, point 5): for a phone that kept only what it opened under Save-Data, what
 * "保存全部页面" then downloads, by the language it keeps: the shared pack and that language's, then every page of
 * the sitemap neither holds, and every page's QR code (src/offline/save-all.ts). Bytes as the server sends them,
 * headers left out; a build without a sitemap counts the packs alone.
 */
function writeSaveAllSizes(distDir: string, packUrls: Map<PrecacheGroup, string>, groups: Map<PrecacheGroup, PackFile>): void {
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
    const kept = (['shared', locale] as const).filter((group) => packUrls.has(group));
    const packed = new Set(kept.flatMap((group) => groups.get(group)!.map(([url]) => url)));
    const packBytes = kept.reduce((total, group) => total + sizeOf(packUrls.get(group)!), 0);
    const pageBytes = pages.reduce((total, path) => total + (packed.has(decodeURIComponent(fileOf(path))) ? 0 : sizeOf(fileOf(path))) + sizeOf(qrHref(path).slice(1)), 0);
    return [locale, packBytes + pageBytes];
  }));
  writeFileSync(join(distDir, saveAllSizesHref.slice(1)), JSON.stringify(sizes));
}
