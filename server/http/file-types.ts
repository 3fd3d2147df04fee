import { extname } from 'node:path';
import { saveAllSizesHref, searchIndexHref } from '../../src/addresses/addresses.ts';
import { locales } from '../../src/i18n/locales.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Formats that are already compressed (images, fonts, PDF, Office files) gain nothing from gzip. */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.xml', '.txt', '.csv', '.svg', '.ico']);

export function contentTypeFor(path: string): string {
  // An unknown type is sent as bytes: with nosniff, the browser will not guess it is HTML or script.
  return types[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export function isCompressible(path: string): boolean {
  return compressible.has(extname(path).toLowerCase());
}

/** The search indexes change when staff publish (server/search/indexes.ts), without a release. */
const searchIndexes = new Set(locales.map((locale) => searchIndexHref(locale)));

/**
 * Hashed assets never change; files with fixed names must be revalidated, or a phone could keep an old
 * page, manifest, search index or service worker after a release or a publish. Icons and QR codes may be a day old.
 */
export function cacheControlFor(path: string): string {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (path === '/sw.js' || path === '/manifest.webmanifest' || path === '/sitemap.xml' || path === saveAllSizesHref || searchIndexes.has(path)) return 'no-cache';
  if (extname(path) === '.html') return 'no-cache';
  return 'public, max-age=86400';
}
