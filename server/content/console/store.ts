/**
 * What the console's pages read beyond server/content/store.ts: every item with where it stands (the list), and who
 * may take a review step (the names shown beside "等待「校对」").
 */
import type { ContentReview } from '../../../src/config/site.ts';
import type { Queryable } from '../../db/database.ts';
import { ADMINISTRATOR } from '../../staff/roles.ts';
import { type Collection, collections } from '../fields.ts';
import { nextStep, type ReviewStep } from '../review.ts';
import { readShipped, shippedSlugs } from '../shipped.ts';
import { type StepTaken, stepsOfRound } from '../store.ts';

export type ListState = 'draft' | 'in-review' | 'published' | 'withdrawn';

export interface ListedItem {
  collection: Collection;
  slug: string;
  title: string | null;
  state: ListState;
  savedAt: string;
  withdrawnAt: string | null;
  /** When the live version was published (ISO 8601), for a published item. */
  publishedAt: string | null;
  /** The step a draft or an item in review waits for, and who may take it (not those who took a step this round). */
  next: { step: ReviewStep; who: string[] } | null;
}

/** A withdrawn item whose draft is what was published is "withdrawn"; one being rewritten is a draft again. */
const stateOf = (status: string, withdrawnAt: string | null): ListState => (withdrawnAt && status === 'published' ? 'withdrawn' : (status as ListState));

/** The names of the staff who hold `role` (every-role accounts included), but not those in `except`; by name. */
export async function staffWithRole(db: Queryable, role: string, except: readonly number[] = []): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT name FROM staff WHERE (every_role OR id IN (SELECT staff_id FROM staff_roles WHERE role = $1)) AND NOT (id = ANY($2::int[])) ORDER BY name`,
    [role, [...except]],
  );
  return rows.map((row) => row.name);
}

/** The step `steps` leaves next under `review`, and who may take it; null when nothing waits. */
export async function waitingStep(db: Queryable, review: ContentReview, steps: readonly StepTaken[]): Promise<ListedItem['next']> {
  const step = nextStep(review, steps);
  if (!step) return null;
  return { step, who: await staffWithRole(db, step.role, steps.map((taken) => taken.staffId)) };
}

/** Every item, most recently saved first, with its state and, while it waits for review, its next step. */
export async function listItems(db: Queryable, review: ContentReview): Promise<ListedItem[]> {
  const rows = await db.query<{ id: number; collection: Collection; slug: string; title: unknown; status: string; savedAt: string; withdrawnAt: string | null; publishedAt: string | null; round: number }>(
    `SELECT item.id, item.collection, item.slug, item.fields->'title' AS title, item.status, item.review_round AS round,
            to_char(item.saved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "savedAt",
            to_char(item.withdrawn_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "withdrawnAt",
            to_char(version.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt"
       FROM content_items item LEFT JOIN content_versions version ON version.item_id = item.id AND version.number = item.live_version
      ORDER BY item.saved_at DESC, item.id DESC`,
  );
  return Promise.all(
    rows.map(async (row) => {
      const state = stateOf(row.status, row.withdrawnAt);
      const waiting = state === 'draft' || state === 'in-review';
      return {
        collection: row.collection,
        slug: row.slug,
        title: typeof row.title === 'string' && row.title.trim() !== '' ? row.title : null,
        state,
        savedAt: row.savedAt,
        withdrawnAt: row.withdrawnAt,
        publishedAt: row.publishedAt,
        next: waiting ? await waitingStep(db, review, await stepsOfRound(db, row.id, row.round)) : null,
      };
    }),
  );
}

/** A staff member's name; undefined for an unknown id. */
export async function staffName(db: Queryable, id: number): Promise<string | undefined> {
  const [row] = await db.query<{ name: string }>('SELECT name FROM staff WHERE id = $1', [id]);
  return row?.name;
}

/** Whether `roles` (server/staff/roles.ts `rolesOf`) include the administrator's. */
export const isAdministrator = (roles: ReadonlySet<string>) => roles.has(ADMINISTRATOR);

/** A file shipped with the site that staff have not edited yet: the build still serves it. */
export interface ShippedEntry {
  collection: Collection;
  slug: string;
  title: string;
}

/**
 * The shipped files (src/content, or `dir`) of each collection that no item took over yet, by collection and slug:
 * editable from the console like any other item, their first save importing them (server/content/actions.ts).
 */
export async function untouchedShipped(db: Queryable, dir?: string): Promise<ShippedEntry[]> {
  const taken = new Set((await db.query<{ key: string }>("SELECT collection || '/' || slug AS key FROM content_items")).map((row) => row.key));
  return collections.flatMap((collection) =>
    shippedSlugs(collection, dir)
      .filter((slug) => !taken.has(`${collection}/${slug}`))
      .map((slug) => {
        const title = readShipped(collection, slug, dir)?.fields.title;
        return { collection, slug, title: typeof title === 'string' ? title : slug };
      }),
  );
}
