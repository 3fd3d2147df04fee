import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { defaultLocale } from '../../src/i18n/locales.ts';
import type { Database } from '../db/database.ts';
import { contentDisposition } from '../files/download.ts';
import type { BuildAssets } from '../pages/assets.ts';
import { collections, itemHrefs as hrefs, SLUG } from './fields.ts';
import { withdrawnPage } from './public-pages.tsx';
import { findItem, findVersion, readContentFile } from './store.ts';

/** A file's ETag: the SHA-256 of its bytes, so it changes exactly when they do (a file's bytes never change). */
const etagOf = (bytes: Uint8Array) => `"${createHash('sha256').update(bytes).digest('base64url')}"`;

/**
 * The files staff attached to a published item, public at `contentFileHref` below the item's page (issue 14 point 1,
 * "files attached to items live in the database like the reply files"):
 * - a file of the item's live version: 200, its stored type, `Content-Disposition` with its name (RFC 6266 and
 *   8187, so a Chinese name survives: server/files/download.ts), `nosniff`, an ETag (304 when it matches), and
 *   revalidated on each visit, since withdrawing the item takes the file down with it;
 * - a file of a withdrawn item: 410, the item's withdrawn page;
 * - a file only on a draft or an earlier version, another name, or no such file: the site's 404 (`next`).
 */
export function contentFileRoutes(options: { assets: BuildAssets; db: Database }): Hono {
  const { assets, db } = options;
  const routes = new Hono();
  for (const collection of collections) {
    // `contentFileHref`'s pattern: `<item page>files/<id>/<name>`.
    routes.get(`${hrefs[collection](':slug')}files/:id/:name`, async (c, next) => {
      const slug = c.req.param('slug') ?? '';
      const number = c.req.param('id') ?? '';
      const id = /^\d{1,9}$/.test(number) ? Number(number) : undefined;
      const item = SLUG.test(slug) && id !== undefined ? await findItem(db, collection, slug) : undefined;
      if (!item?.liveVersion || id === undefined) return next();
      const file = await readContentFile(db, item.id, id);
      if (!file || file.name !== c.req.param('name')) return next();
      if (item.withdrawnAt) return c.html(await withdrawnPage(assets, collection, item.withdrawnAt, defaultLocale, c.req.path), 410, { 'Cache-Control': 'no-cache' });
      const live = await findVersion(db, item.id, item.liveVersion);
      if (!live?.fileIds.includes(id)) return next();
      const etag = etagOf(file.content);
      const headers = { ETag: etag, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
      if (c.req.header('If-None-Match')?.split(/\s*,\s*/).includes(etag)) return c.body(null, 304, headers);
      return c.body(file.content as Uint8Array<ArrayBuffer>, 200, {
        ...headers,
        'Content-Type': file.type,
        'Content-Length': String(file.size),
        'Content-Disposition': contentDisposition(file.name),
      });
    });
  }
  return routes;
}
