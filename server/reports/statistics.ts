import type { Queryable } from '../db/database.ts';
import {
  emptyAppealCounts,
  emptyRequestCounts,
  requestRowKeys,
  type AppealCounts,
  type ReportFigures,
  type RequestColumn,
  type RequestCounts,
  type RequestRowKey,
} from '../../src/reports/figures.ts';
import { publishedCounts } from '../content/public.ts';
import { catalogueWithPublished, proactiveCounts, type CatalogueDocument } from './proactive.ts';
import { isOutcome } from '../../src/requests/rules/outcomes.ts';

/**
 * A year's figures, counted from the requests and appeals tables. What each number counts (README "Annual
 * report" says the same):
 *
 * - the year runs from 1 January 00:00 to 31 December 24:00 China time (UTC+8, no daylight saving);
 * - 本年新收 (received): requests received in the year;
 * - 上年结转 (carried over): requests received before the year began and not answered before it began;
 * - 办理结果 (results): requests answered in the year (answered_at), in the row of their outcome, whenever they
 *   were received; (七) 总计 is the sum of the outcome rows;
 * - 结转下年度 (carried forward): requests received by the year's end and not answered by then;
 * - so received + carried over = results total + carried forward, as the table's corner note requires;
 * - columns: a person's request under 自然人, an organisation's under its kind; 总计 is the row's sum;
 * - part 四: reviews and lawsuits filed in the year, by their result as at the year's end: one decided after
 *   the year's end, or still pending, counts as 尚未审结;
 * - part 二: the catalogue's documents with a kind, the build's and those staff published (server/reports/proactive.ts),
 *   and the items staff first published in the year (server/content/public.ts `publishedCounts`).
 */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
/** The instant a year begins in China. */
export const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1) - CHINA_OFFSET_MS);


/** The column an applicant counts under: 自然人, or the organisation's kind. */
const APPLICANT_COLUMN = `CASE WHEN applicant_type = 'person' THEN 'person' ELSE organisation_kind END`;

type CountRow = { kind: RequestColumn; n: number };

function toCounts(rows: CountRow[]): RequestCounts {
  const counts = emptyRequestCounts();
  for (const row of rows) {
    counts[row.kind] += row.n;
    counts.total += row.n;
  }
  return counts;
}

async function countRequests(db: Queryable, where: string, params: unknown[]): Promise<RequestCounts> {
  const rows = await db.query<CountRow>(
    `SELECT ${APPLICANT_COLUMN} AS kind, count(*)::integer AS n FROM requests WHERE ${where} GROUP BY 1`,
    params,
  );
  return toCounts(rows);
}

async function requestFigures(db: Queryable, year: number): Promise<Record<RequestRowKey, RequestCounts>> {
  const start = yearStart(year);
  const end = yearStart(year + 1);
  const figures = Object.fromEntries(requestRowKeys.map((key) => [key, emptyRequestCounts()])) as Record<RequestRowKey, RequestCounts>;
  figures.received = await countRequests(db, 'received_at >= $1 AND received_at < $2', [start, end]);
  figures.carriedOver = await countRequests(db, 'received_at < $1 AND (answered_at IS NULL OR answered_at >= $1)', [start]);
  figures.carriedForward = await countRequests(db, 'received_at < $1 AND (answered_at IS NULL OR answered_at >= $1)', [end]);
  const results = await db.query<CountRow & { outcome: string }>(
    `SELECT ${APPLICANT_COLUMN} AS kind, outcome, count(*)::integer AS n FROM requests
     WHERE answered_at >= $1 AND answered_at < $2 AND outcome IS NOT NULL GROUP BY 1, 2`,
    [start, end],
  );
  for (const row of results) {
    // A code this version does not know cannot be put in a row; the staff console only stores known ones.
    if (!isOutcome(row.outcome)) continue;
    for (const key of [row.outcome, 'resultsTotal'] as const) {
      figures[key][row.kind] += row.n;
      figures[key].total += row.n;
    }
  }
  return figures;
}

async function appealFigures(db: Queryable, year: number): Promise<ReportFigures['appeals']> {
  const rows = await db.query<{ kind: 'review' | 'lawsuit' | 'lawsuit-after-review'; result: keyof AppealCounts; n: number }>(
    `SELECT kind,
            CASE WHEN result <> 'pending' AND (decided_on IS NULL OR decided_on <= $2::date) THEN result ELSE 'pending' END AS result,
            count(*)::integer AS n
     FROM appeals WHERE filed_on >= $1::date AND filed_on <= $2::date GROUP BY 1, 2`,
    [`${year}-01-01`, `${year}-12-31`],
  );
  const appeals = { review: emptyAppealCounts(), lawsuit: emptyAppealCounts(), lawsuitAfterReview: emptyAppealCounts() };
  for (const row of rows) {
    const counts = row.kind === 'review' ? appeals.review : row.kind === 'lawsuit' ? appeals.lawsuit : appeals.lawsuitAfterReview;
    counts[row.result] += row.n;
    counts.total += row.n;
  }
  return appeals;
}

/**
 * The year's figures as they stand now, from the database and the catalogue: `catalogue` is the build's facts
 * (build/site-files/catalogue-facts.ts), to which the catalogue items staff published are added
 * (`catalogueWithPublished`), and part 二's count of items is what staff first published in the year.
 */
export async function computeFigures(db: Queryable, year: number, catalogue: readonly CatalogueDocument[]): Promise<ReportFigures> {
  return {
    year,
    proactive: proactiveCounts(await catalogueWithPublished(db, catalogue), year),
    // The year's last day as "today": every month of the year has ended for this count.
    itemsPublished: (await publishedCounts(db, year, `${year}-12-31`)).total,
    requests: await requestFigures(db, year),
    appeals: await appealFigures(db, year),
  };
}
