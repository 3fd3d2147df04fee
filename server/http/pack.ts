import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { DistFile } from './files.ts';
import type { Encoding } from './negotiate.ts';
import type { PackFile } from '../../src/service-worker/pack-format.ts';

/** Plain bytes a Response takes as they are. */
type Bytes = Uint8Array<ArrayBuffer>;

/** At most this many packs without some files are kept ready: about 45 KB each, compressed. */
const KEPT = 256;
/** More than a page loads of the pack's files: a longer list is not a phone's, and is cut here. */
const MAX_SKIPPED = 64;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A pack member's or a skipped file's address in one form: `/x/index.html`, percent-encoded. */
const addressOf = (path: string) => new URL(path, 'http://pack/').pathname;

/**
 * A language's precache pack (build/pwa/pack.ts) without the files a phone holds already, for issue 16, point 2:
 * no file downloaded twice. On a first visit the page has loaded its own HTML and some of the pack's code before
 * the worker installs; the worker takes those from the browser's cache and names them in the pack's query,
 * `?skip=/guides/bus-pass/index.html&skip=/assets/Guide-….js` (src/service-worker/language-precache.ts).
 *
 * Returns `(pack, skip, encoding) => bytes`: `pack` the build's pack as loaded, `skip` the addresses to leave out
 * (unknown ones ignored), the result compressed in `encoding` as the build's files are (brotli at quality 11: about
 * 0.4 s of one thread for a 0.55 MB pack, and 3 KB less than quality 9 on every first visit), or undefined when
 * nothing of the pack is left out. Packs are made one at a time, so that a flood of odd lists keeps one thread of
 * the pool busy rather than the server, and the last `KEPT` are kept: a landing page's list is the same for every
 * phone that lands there.
 */
export function packWithout(): (pack: DistFile, skip: readonly string[], encoding: Encoding) => Promise<Bytes | undefined> {
  const kept = new Map<string, Promise<Bytes>>();
  const parsed = new WeakMap<DistFile, PackFile>();
  let queue: Promise<unknown> = Promise.resolve();

  return async (pack, skip, encoding) => {
    let members = parsed.get(pack);
    if (!members) {
      members = JSON.parse(new TextDecoder().decode(pack.identity)) as PackFile;
      parsed.set(pack, members);
    }
    const leave = new Set(skip.slice(0, MAX_SKIPPED).map(addressOf));
    const left = members.filter(([path]) => !leave.has(addressOf(path)));
    if (left.length === members.length) return undefined;

    const leftOut = members.filter((member) => !left.includes(member)).map(([path]) => addressOf(path)).sort();
    const key = `${pack.etag} ${encoding} ${leftOut.join(' ')}`;
    const known = kept.get(key);
    if (known) {
      // Most recently used last, so that the oldest is the one let go.
      kept.delete(key);
      kept.set(key, known);
      return known;
    }
    const body = Buffer.from(JSON.stringify(left));
    const compress = () => (encoding === 'br'
      ? brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipAsync(body, { level: 9 }));
    const made = queue.then(compress).then((bytes) => new Uint8Array(bytes) as Bytes);
    queue = made.catch(() => undefined);
    kept.set(key, made);
    made.catch(() => kept.delete(key));
    if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
    return made;
  };
}
