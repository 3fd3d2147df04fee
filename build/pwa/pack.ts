import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isUnpacked, packFileName, type PackFile, precacheGroup, type PrecacheGroup } from '../../src/service-worker/pack-format.ts';

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
      if (isUnpacked(entry.url)) continue;
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
    return { manifest: [...entries, ...packs], warnings: [] };
  };
}
