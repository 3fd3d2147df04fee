import { searchIndexHref } from '../../src/addresses/addresses.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import type { SearchIndex } from '../../src/search/search.ts';
import { contentRevision, isUntouched } from '../content/revision.ts';
import type { Queryable } from '../db/database.ts';
import { type DistFile, distFiles, encodedFile } from '../http/files.ts';
import { withPublished } from './published.ts';

/** A language's search index as it stands: what the search runs on, and the file that carries it. */
export interface CurrentIndex {
  index: SearchIndex;
  /**
   * The build's own file (same bytes, same ETag) when staff have published and withdrawn nothing; else the merged
   * index's JSON, encoded as the build's files are (brotli, gzip, a weak ETag of its bytes, `no-cache`).
   */
  file: DistFile;
}

export interface SearchIndexesOptions {
  /** The build, whose `searchIndexHref(locale)` files are the base (reloaded when a rebuild changes them). */
  distDir: string;
  /** Where staff publish (server/content/): without it, the build's indexes as they are. */
  db?: Queryable;
}

/**
 * Each language's search index (`searchIndexHref(locale)`): the build's, with the catalogue items and guides staff
 * published since merged in and the withdrawn ones taken out (./published.ts). Made once per state of the content
 * store and kept in memory: each call asks the store only for its revision (server/content/revision.ts), and the
 * index is merged and compressed again only when that or the build's file has changed, so a publish or a withdrawal
 * is in the next answer and the requests in between cost one small query.
 *
 * @returns `current(locale)`: the index and its file, or undefined when the build has no index file in `locale`
 */
export function searchIndexes(options: SearchIndexesOptions): { current(locale: Locale): Promise<CurrentIndex | undefined> } {
  const lookup = distFiles(options.distDir);
  const parsed = new WeakMap<DistFile, SearchIndex>();
  const merged = new Map<Locale, { key: string; value: Promise<CurrentIndex> }>();

  /** The build's index, parsed once per version of its file. */
  const builtIndex = (file: DistFile) => {
    let index = parsed.get(file);
    if (!index) {
      index = JSON.parse(Buffer.from(file.identity).toString('utf8')) as SearchIndex;
      parsed.set(file, index);
    }
    return index;
  };

  async function merge(db: Queryable, built: DistFile, locale: Locale): Promise<CurrentIndex> {
    const base = builtIndex(built);
    const index = await withPublished(db, base, locale);
    if (index === base) return { index, file: built };
    return { index, file: await encodedFile(built.path, new TextEncoder().encode(JSON.stringify(index))) };
  }

  return {
    async current(locale) {
      const built = await lookup(searchIndexHref(locale));
      if (!built) return undefined;
      const { db } = options;
      const revision = db && (await contentRevision(db));
      if (!db || !revision || isUntouched(revision)) return { index: builtIndex(built), file: built };
      const key = `${built.etag} ${revision}`;
      let entry = merged.get(locale);
      if (entry?.key !== key) {
        // One merge per state, however many requests arrive while it runs; only the latest state is kept.
        const made = { key, value: merge(db, built, locale) };
        made.value.catch(() => {
          if (merged.get(locale) === made) merged.delete(locale);
        });
        merged.set(locale, made);
        entry = made;
      }
      return entry.value;
    },
  };
}
