import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { cacheControlFor, contentTypeFor, isCompressible } from './file-types.ts';
import type { Encoding } from './negotiate.ts';

/** Plain bytes that a Response can take as they are, with no copy per request. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** A file of the build, ready to send: bytes in every encoding worth having, and its headers. */
export interface DistFile {
  /** Canonical address, e.g. `/guides/index.html`. */
  readonly path: string;
  readonly type: string;
  readonly cacheControl: string;
  readonly etag: string;
  readonly identity: Bytes;
  readonly encoded: Readonly<Partial<Record<Encoding, Bytes>>>;
}

/**
 * What an encoded answer adds to its headers (`Content-Encoding: br`; every compressible type's answer varies on
 * Accept-Encoding anyway), in bytes: an encoding is kept only when it saves more. Compression is done once per file,
 * so a small file is worth it too: the app's smallest chunks (0.2–1 KB) were sent whole, and on a first visit they
 * were over 1 KB of the bytes the phone paid for.
 */
const ENCODING_HEADER_BYTES = 24;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function load(file: string, path: string): Promise<DistFile> {
  return encodedFile(path, new Uint8Array(await readFile(file)));
}

/**
 * `identity`, the bytes of the file at `path`, ready to send as the build's files are: brotli and gzip where they
 * are worth it, the type and Cache-Control of its path, and a weak ETag of its bytes. For the files the server makes
 * from the build's (the search indexes with what staff published, server/search/indexes.ts) as for the build's own.
 */
export async function encodedFile(path: string, identity: Bytes): Promise<DistFile> {
  const encoded: Partial<Record<Encoding, Bytes>> = {};
  if (isCompressible(path) && identity.length > ENCODING_HEADER_BYTES) {
    // Once per file and per release, on the thread pool: the smallest answer matters more than the first one's speed.
    const [br, gz] = await Promise.all([
      brotli(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
      gzipAsync(identity, { level: 9 }),
    ]);
    if (br.length + ENCODING_HEADER_BYTES < identity.length) encoded.br = new Uint8Array(br);
    if (gz.length + ENCODING_HEADER_BYTES < identity.length) encoded.gzip = new Uint8Array(gz);
  }
  return {
    path,
    type: contentTypeFor(path),
    cacheControl: cacheControlFor(path),
    // Weak: the gzip and brotli bodies are different bytes of the same representation.
    etag: `W/"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
    identity,
    encoded,
  };
}

/**
 * Looks up files of the build by decoded URL path. Never answers with a file outside `distDir`, even through
 * a symbolic link. Files are kept in memory and reloaded when their size or time changes, so a rebuild while
 * the server runs is picked up. Only files that exist are remembered: misses cannot grow the map.
 */
export function distFiles(distDir: string): (urlPath: string) => Promise<DistFile | undefined> {
  const cache = new Map<string, { version: string; file: Promise<DistFile> }>();

  return async (urlPath) => {
    let root: string;
    let file: string;
    try {
      root = await realpath(resolve(distDir));
      file = await realpath(resolve(root, `.${urlPath}`));
    } catch {
      return undefined;
    }
    if (!file.startsWith(root + sep)) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return undefined;

    const version = `${info.size}:${info.mtimeMs}`;
    const cached = cache.get(file);
    if (cached?.version === version) return cached.file;
    const path = `/${relative(root, file).split(sep).join('/')}`;
    const loading = load(file, path);
    const entry = { version, file: loading };
    cache.set(file, entry);
    loading.catch(() => {
      if (cache.get(file) === entry) cache.delete(file);
    });
    return loading;
  };
}
