import type { Queryable } from '../db/database.ts';

/**
 * What the public side shows of the content store, summed up in one string that changes whenever it changes: the
 * newest version's id (every publish, restore or import adds a version, and ids only grow) and the withdrawn items'
 * count and latest time (a withdrawal adds no version). Withdrawing and publishing again adds a version, so no two
 * states of the store share a revision. Drafts and review steps change nothing public and leave it as it is.
 *
 * What is built from the published items (the search index files, server/search/indexes.ts) is kept under this
 * revision and rebuilt when it moves: one small query per request instead of a rebuild per request, and a publish
 * or withdrawal shows at once, on every server sharing the database.
 *
 * @returns `"<newest version id>:<withdrawn count>:<latest withdrawal, ms since 1970>"`; `"0:0:0"` when staff have
 *   published and withdrawn nothing (`isUntouched`)
 */
export async function contentRevision(db: Queryable): Promise<string> {
  const [row] = await db.query<{ version: number; withdrawn: number; at: Date | null }>(
    `SELECT (SELECT coalesce(max(id), 0) FROM content_versions)::integer AS version,
            count(*)::integer AS withdrawn, max(withdrawn_at) AS at
       FROM content_items WHERE withdrawn_at IS NOT NULL`,
  );
  return `${row!.version}:${row!.withdrawn}:${row!.at ? new Date(row!.at).getTime() : 0}`;
}

/** Staff have published and withdrawn nothing: the public side is the build's as it is. */
export const isUntouched = (revision: string) => revision === '0:0:0';
