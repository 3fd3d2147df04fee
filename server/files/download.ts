/**
 * GET /api/requests/<reference>/files/<id>?token=<statusToken>: a file of the reply, for the applicant who holds the
 * request's status token (README "API"). Without the right token, for another request's file, or for no file, the
 * same 404 as the status answers, after the same work. The answer is a download (`attachment`) under a name safe in
 * any browser (RFC 6266: an ASCII `filename` and the real name in `filename*`), never stored by a cache.
 */
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { Database } from '../db/database.ts';
import { methodNotAllowed, problem } from '../http/problem.ts';
import { looksLikeReference } from '../requests/reference.ts';
import { findRequest, findStatusTokenHash } from '../requests/repository.ts';
import { sameHash, statusTokenHash } from '../requests/secrets.ts';
import { readFile } from './store.ts';

const NO_SUCH_TOKEN = statusTokenHash(randomBytes(32).toString('base64url'));

/**
 * `Content-Disposition: attachment` for `name` (RFC 6266 §4.3, RFC 8187): `filename` in printable ASCII with every
 * other character, quote and backslash as `_` (older browsers), and `filename*` as UTF-8, percent-encoded, which
 * every current browser prefers, so "2017年部门预算说明.pdf" keeps its name.
 */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The file routes, mounted beside the status API at /api/requests. */
export function replyFileRoutes(db: Database): Hono {
  const routes = new Hono();
  routes.get('/:reference/files/:id', async (c) => {
    const reference = c.req.param('reference');
    const token = c.req.query('token') ?? '';
    const stored = looksLikeReference(reference) ? await findStatusTokenHash(db, reference) : undefined;
    const matches = sameHash(statusTokenHash(token), stored ?? NO_SUCH_TOKEN);
    const id = /^\d{1,9}$/.test(c.req.param('id')) ? Number(c.req.param('id')) : undefined;
    if (stored === undefined || !matches || token === '' || id === undefined) return problem(c, 404, 'Not Found');
    const request = await findRequest(db, reference);
    const file = request && (await readFile(db, request.id, id));
    if (!file) return problem(c, 404, 'Not Found');
    return c.body(file.content as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.type,
      'Content-Length': String(file.size),
      'Content-Disposition': contentDisposition(file.name),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });
  routes.all('/:reference/files/:id', (c) => methodNotAllowed(c, ['GET', 'HEAD']));
  return routes;
}
