import { type Bytes, type DistFile, prepareFile } from './files.ts';
import type { PackFile } from '../../src/service-worker/pack-format.ts';

/** At most this many packs without some files are kept ready (each about 0.7 MB in its three encodings). */
const KEPT = 32;
/** More than a page loads of the pack's files: a longer list is not a phone's, and is cut here. */
const MAX_SKIPPED = 64;

/** A pack member's or a skipped file's address in one form: `/x/index.html`, percent-encoded. */
const addressOf = (path: string) => new URL(path, 'http://pack/').pathname;

/**
 * A language's precache pack (build/pwa/pack.ts) without the files a phone holds already, for issue 16, point 2:
 * no file downloaded twice. On a first visit the page has loaded its own HTML and some of the pack's code before
 * the worker installs; the worker takes those from the browser's cache and names them in the pack's query,
 * `?skip=/guides/bus-pass/index.html&skip=/assets/Guide-….js` (src/service-worker/language-precache.ts).
 *
 * Returns `(pack, skip) => file`: `pack` the build's pack as loaded, `skip` the addresses to leave out (unknown ones
 * ignored); answers the pack itself when nothing of it is left out. The result is compressed like the build's files
 * (brotli 11: about 0.4 s of one thread for a 0.55 MB pack, and 3 KB smaller than quality 9 on every first visit), so
 * packs are made one at a time — a flood of odd lists keeps one thread of the pool busy, not the server — and the
 * last `KEPT` kept: a landing page's list is the same for every phone that lands there.
 */
export function packWithout(): (pack: DistFile, skip: readonly string[]) => Promise<DistFile> {
  const kept = new Map<string, Promise<DistFile>>();
  const parsed = new WeakMap<DistFile, PackFile>();
  let queue: Promise<unknown> = Promise.resolve();

  return (pack, skip) => {
    let members = parsed.get(pack);
    if (!members) {
      members = JSON.parse(new TextDecoder().decode(pack.identity)) as PackFile;
      parsed.set(pack, members);
    }
    const leave = new Set(skip.slice(0, MAX_SKIPPED).map(addressOf));
    const left = members.filter(([path]) => !leave.has(addressOf(path)));
    if (left.length === members.length) return Promise.resolve(pack);

    const key = `${pack.etag} ${members.filter((member) => !left.includes(member)).map(([path]) => addressOf(path)).sort().join(' ')}`;
    const known = kept.get(key);
    if (known) {
      // Most recently used last, so the oldest is the one let go.
      kept.delete(key);
      kept.set(key, known);
      return known;
    }
    const body: Bytes = new TextEncoder().encode(JSON.stringify(left));
    const made = queue.then(() => prepareFile(body, pack.path));
    queue = made.catch(() => undefined);
    kept.set(key, made);
    made.catch(() => kept.delete(key));
    if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
    return made;
  };
}
