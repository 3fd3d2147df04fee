import type { Context, MiddlewareHandler } from 'hono';
import { type DistFile, distFiles } from './files.ts';
import { prerenderedPageFor } from '../../src/addresses/addresses.ts';
import { chooseEncoding, etagMatches, type Encoding } from './negotiate.ts';
import { packWithout } from './pack.ts';
import { packLocale } from '../../src/service-worker/pack-format.ts';

/**
 * The decoded path of a request, or undefined when it cannot name one of our files: bad percent-encoding,
 * NUL, backslashes, `..` segments, or a leading `//` (which a redirect would turn into another site's address).
 */
export function safePath(rawPathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(rawPathname);
  } catch {
    return undefined;
  }
  if (!path.startsWith('/') || path.startsWith('//')) return undefined;
  if (/[\0\\]/.test(path) || path.split('/').some((segment) => segment === '..' || segment === '.')) return undefined;
  return path;
}

/** `file` with its headers, in the encoding the request takes best, or 304 when the request's ETag matches. */
export function sendFile(c: Context, file: DistFile): Response {
  const headers: Record<string, string> = { 'Cache-Control': file.cacheControl, Vary: 'Accept-Encoding', ETag: file.etag };
  if (etagMatches(c.req.header('If-None-Match'), file.etag)) return c.body(null, 304, headers);
  const encoding = chooseEncoding(c, Object.keys(file.encoded) as Encoding[]);
  const body = (encoding && file.encoded[encoding]) || file.identity;
  headers['Content-Type'] = file.type;
  headers['Content-Length'] = String(body.byteLength);
  if (encoding) headers['Content-Encoding'] = encoding;
  // For HEAD, Hono runs this GET route and drops the body itself, keeping these headers.
  return c.body(body, 200, headers);
}

/**
 * Serves the build: `/x/` from `x/index.html`, `/x` redirected to `/x/` (printed QR codes and typed addresses
 * both work), files by their exact path (a precache pack less the files its `skip` query names, server/http/pack.ts),
 * and `notFound`'s answer for everything else (server/pages/not-found.tsx renders the not-found page in the
 * address's language).
 */
export function serveDist(distDir: string, notFound: (c: Context) => Promise<Response>): MiddlewareHandler {
  const lookup = distFiles(distDir);
  const withoutHeld = packWithout();

  const files: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const url = new URL(c.req.url);
    const path = safePath(url.pathname);
    if (path === undefined) return notFound(c);

    const stand = prerenderedPageFor(path);
    const file = await lookup(stand ? `${stand}index.html` : path.endsWith('/') ? `${path}index.html` : path);
    if (file && packLocale(file.path) && c.req.queries('skip')) {
      // Only compressed: a client that takes none gets the whole pack, as a server that ignored the query would send.
      const encoding = chooseEncoding(c, ['br', 'gzip']);
      const body = encoding && (await withoutHeld(file, c.req.queries('skip')!, encoding));
      if (body) {
        return c.body(body, 200, {
          'Cache-Control': file.cacheControl, Vary: 'Accept-Encoding', 'Content-Type': file.type,
          'Content-Length': String(body.byteLength), 'Content-Encoding': encoding,
        });
      }
    }
    if (file) return sendFile(c, file);
    if (!path.endsWith('/') && (await lookup(`${path}/index.html`))) {
      // The raw pathname is already percent-encoded, and safePath() has ruled out `//` and `\`: it stays on this site.
      return c.redirect(`${url.pathname}/${url.search}`, 301);
    }
    return notFound(c);
  };

  return files;
}
