import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';

/**
 * Serves the build in `dist/`: prerendered pages at `/x/` from `x/index.html`, `/x` redirected to `/x/`,
 * files compressed once and kept in memory, a real 404 page. Printed QR codes point at these addresses.
 */
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.xml', '.txt', '.svg']);
/** Below this, compression costs more than it saves. */
const MIN_COMPRESS_BYTES = 1024;

interface StaticFile {
  type: string;
  etag: string;
  cacheControl: string;
  encodings: { br?: Buffer; gzip?: Buffer; identity: Buffer };
}

export function cacheControlFor(path: string): string {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  const ext = extname(path);
  if (ext === '.html' || ext === '.webmanifest' || ext === '.xml' || path === '/sw.js') return 'no-cache';
  return 'public, max-age=86400';
}

function readStatic(root: string, path: string): StaticFile | undefined {
  const file = resolve(root, `.${path}`);
  if (!file.startsWith(root + sep)) return undefined;
  try {
    if (!statSync(file).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const body = readFileSync(file);
  const ext = extname(file);
  const squeeze = compressible.has(ext) && body.length >= MIN_COMPRESS_BYTES;
  return {
    type: types[ext] ?? 'application/octet-stream',
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    cacheControl: cacheControlFor(path),
    encodings: {
      identity: body,
      ...(squeeze && {
        gzip: gzipSync(body, { level: 9 }),
        br: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
      }),
    },
  };
}

/** The first of br and gzip that the client accepts (q=0 refuses). */
function pickEncoding(acceptEncoding: string | undefined, file: StaticFile): 'br' | 'gzip' | 'identity' {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name!.trim().toLowerCase()),
  );
  if (file.encodings.br && accepted.has('br')) return 'br';
  if (file.encodings.gzip && accepted.has('gzip')) return 'gzip';
  return 'identity';
}

function send(c: Context, file: StaticFile, status: 200 | 404 = 200) {
  const encoding = pickEncoding(c.req.header('Accept-Encoding'), file);
  const headers: Record<string, string> = {
    'Content-Type': file.type,
    'Cache-Control': status === 404 ? 'no-cache' : file.cacheControl,
    ETag: file.etag,
    Vary: 'Accept-Encoding',
  };
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  if (status === 200 && c.req.header('If-None-Match') === file.etag) return c.body(null, 304, headers);
  const body = file.encodings[encoding]!;
  headers['Content-Length'] = String(body.length);
  if (c.req.method === 'HEAD') return c.body(null, status, headers);
  return c.body(new Uint8Array(body), status, headers);
}

export function serveDist(distDir: string): { files: MiddlewareHandler; notFound: (c: Context) => Response | Promise<Response> } {
  const root = resolve(distDir);
  // Only files that exist are kept: remembering misses would let anyone grow the map by asking for random paths.
  const cache = new Map<string, StaticFile>();
  const lookup = (path: string) => {
    let file = cache.get(path);
    if (!file) {
      file = readStatic(root, path);
      if (file) cache.set(path, file);
    }
    return file;
  };

  const notFound = (c: Context) => {
    const page = lookup('/404/index.html');
    return page ? send(c, page, 404) : c.text('Not Found', 404);
  };

  const files: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.text('Bad Request', 400);
    }
    // `//host` would make the redirect below leave the site; `..` and NUL never name a file of ours.
    if (path.startsWith('//') || path.includes('\0') || path.split(/[\\/]/).includes('..')) return notFound(c);

    if (path.endsWith('/')) {
      const page = lookup(`${path}index.html`);
      return page ? send(c, page) : notFound(c);
    }
    const file = lookup(path);
    if (file) return send(c, file);
    if (!extname(path) && lookup(`${path}/index.html`)) {
      const query = new URL(c.req.url).search;
      return c.redirect(`${path}/${query}`, 301);
    }
    return notFound(c);
  };

  return { files, notFound };
}
