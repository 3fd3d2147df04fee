/**
 * What the public side reads of the items staff publish (issue 14 point 4; the pages, catalogue, search and sitemap
 * are built on these later): an item's live version, the list of live items, and how many items were published in
 * each month of a year (the console's home and the annual report's count of items proactively disclosed).
 */
import { contentReview } from '../../src/config/site.ts';
import type { Queryable } from '../db/database.ts';
import { chinaDate } from '../requests/due-date.ts';
import type { Collection, English, Fields } from './fields.ts';
import { type ContentFile, filesById, findItem, findVersion } from './store.ts';

/** Who took each review step of the published round, as the source's pages print 撰稿, 校对, 一审…: in step order. */
export interface Credit {
  step: string;
  label: string;
  name: string;
}

export interface PublishedItem {
  collection: Collection;
  slug: string;
  fields: Fields;
  body: string;
  english: English | null;
  files: ContentFile[];
  version: number;
  /** When this version was published (ISO 8601, UTC). */
  publishedAt: string;
  /** When the item was first published by staff; for an item shipped as a file, when it was imported. */
  firstPublishedAt: string;
  /** Published by an administrator without the review steps: `credits` is then empty. */
  skippedReview: boolean;
  credits: Credit[];
}

export type PublicAnswer = PublishedItem | { withdrawn: { at: string; reason: string } };

/**
 * The live version of `collection`/`slug`, or `{withdrawn: {at, reason}}` (the page answers 410), or undefined when
 * staff never published it (a shipped file not yet edited is still the build's). A repealed document stays public:
 * its `fields.repealed` says when.
 */
export async function findPublished(db: Queryable, collection: Collection, slug: string): Promise<PublicAnswer | undefined> {
  const item = await findItem(db, collection, slug);
  if (!item?.liveVersion) return undefined;
  if (item.withdrawnAt) return { withdrawn: { at: item.withdrawnAt, reason: item.withdrawnReason! } };
  const version = (await findVersion(db, item.id, item.liveVersion))!;
  const [first] = await db.query<{ at: Date }>('SELECT published_at AS at FROM content_versions WHERE item_id = $1 AND number = 1', [item.id]);
  const steps = version.skippedReview
    ? []
    : await db.query<{ step: string; name: string }>(
        `SELECT step, staff.name FROM content_review_steps JOIN staff ON staff.id = staff_id
          WHERE item_id = $1 AND review_round = $2 AND decision = 'sign-off' ORDER BY content_review_steps.id`,
        [item.id, version.reviewRound],
      );
  const labels = new Map(contentReview.steps.map((step) => [step.step, step.label]));
  return {
    collection,
    slug,
    fields: version.fields,
    body: version.body,
    english: version.english,
    files: await filesById(db, item.id, version.fileIds),
    version: version.number,
    publishedAt: version.publishedAt,
    firstPublishedAt: first!.at.toISOString(),
    skippedReview: version.skippedReview,
    credits: steps.map((step) => ({ step: step.step, label: labels.get(step.step) ?? step.step, name: step.name })),
  };
}

export interface PublishedSummary {
  slug: string;
  fields: Fields;
  /** The Markdown body: the search indexes take its text (server/search/published.ts). */
  body: string;
  /** The English version staff wrote, if any: the English catalogue and search use its title and summary. */
  english: English | null;
  version: number;
  publishedAt: string;
}

/** The collection's live items (withdrawn ones left out), by slug: what the catalogue, sitemap and search list. */
export async function listPublished(db: Queryable, collection: Collection): Promise<PublishedSummary[]> {
  return db.query<PublishedSummary>(
    `SELECT item.slug, version.fields, version.body, version.english, version.number AS version,
            to_char(version.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt"
       FROM content_items item JOIN content_versions version ON version.item_id = item.id AND version.number = item.live_version
      WHERE item.collection = $1 AND item.withdrawn_at IS NULL ORDER BY item.slug`,
    [collection],
  );
}

export interface PublishedCounts {
  year: number;
  /** Items first published in the year, both collections. */
  total: number;
  /** January to December: items first published in each month (China dates). */
  byMonth: number[];
  /** The months (1–12) with nothing published, up to `today`'s month when the year is this year. */
  emptyMonths: number[];
}

/**
 * How many items staff first published in each month of `year` (China dates), counted from their first version:
 * a later version of the same item is an update, not a new item, and an item imported from a shipped file was
 * published before, by the build, so neither counts. `today` (YYYY-MM-DD) stops the empty months at this month.
 */
export async function publishedCounts(db: Queryable, year: number, today: string): Promise<PublishedCounts> {
  const rows = await db.query<{ at: Date }>(
    `SELECT published_at AS at FROM content_versions WHERE number = 1 AND NOT imported AND published_at >= $1 AND published_at < $2`,
    [`${year}-01-01T00:00:00+08:00`, `${year + 1}-01-01T00:00:00+08:00`],
  );
  const byMonth = Array.from({ length: 12 }, () => 0);
  for (const row of rows) byMonth[Number(chinaDate(row.at).slice(5, 7)) - 1]! += 1;
  const thisYear = Number(today.slice(0, 4));
  const lastMonth = year < thisYear ? 12 : year > thisYear ? 0 : Number(today.slice(5, 7));
  const emptyMonths = byMonth.flatMap((count, i) => (count === 0 && i < lastMonth ? [i + 1] : []));
  return { year, total: rows.length, byMonth, emptyMonths };
}

/** The slugs of the collection's withdrawn items, shipped ones included: their addresses answer 410, and no list names them. */
export async function listWithdrawn(db: Queryable, collection: Collection): Promise<string[]> {
  const rows = await db.query<{ slug: string }>('SELECT slug FROM content_items WHERE collection = $1 AND withdrawn_at IS NOT NULL ORDER BY slug', [collection]);
  return rows.map((row) => row.slug);
}
