import type { Database, Queryable } from '../db/database.ts';
import type { ReportFigures } from '../../src/reports/figures.ts';

/** The three narrative sections staff write in Markdown. */
export interface Narrative {
  overview: string;
  problems: string;
  otherMatters: string;
}

export const narrativeFields = ['overview', 'problems', 'otherMatters'] as const;

export interface PublishedReport extends Narrative {
  year: number;
  figures: ReportFigures;
  publishedAt: Date;
}

export interface Draft extends Narrative {
  updatedAt: Date;
}

type NarrativeRow = { overview: string; problems: string; other_matters: string };
const narrativeOf = (row: NarrativeRow): Narrative => ({ overview: row.overview, problems: row.problems, otherMatters: row.other_matters });

export async function publishedReport(db: Queryable, year: number): Promise<PublishedReport | undefined> {
  const [row] = await db.query<NarrativeRow & { year: number; figures: ReportFigures; published_at: Date }>(
    'SELECT year, figures, overview, problems, other_matters, published_at FROM published_reports WHERE year = $1',
    [year],
  );
  return row && { year: row.year, figures: row.figures, publishedAt: row.published_at, ...narrativeOf(row) };
}

export async function publishedYears(db: Queryable): Promise<{ year: number; publishedAt: Date }[]> {
  const rows = await db.query<{ year: number; published_at: Date }>('SELECT year, published_at FROM published_reports ORDER BY year DESC');
  return rows.map((row) => ({ year: row.year, publishedAt: row.published_at }));
}

export async function draft(db: Queryable, year: number): Promise<Draft | undefined> {
  const [row] = await db.query<NarrativeRow & { updated_at: Date }>(
    'SELECT overview, problems, other_matters, updated_at FROM report_drafts WHERE year = $1',
    [year],
  );
  return row && { ...narrativeOf(row), updatedAt: row.updated_at };
}

async function saveDraftIn(tx: Queryable, year: number, narrative: Narrative, staffId: number, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO report_drafts (year, overview, problems, other_matters, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (year) DO UPDATE SET overview = $2, problems = $3, other_matters = $4, updated_at = $5, updated_by = $6`,
    [year, narrative.overview, narrative.problems, narrative.otherMatters, at, staffId],
  );
}

export async function saveDraft(db: Database, year: number, narrative: Narrative, staffId: number, at: Date): Promise<void> {
  await saveDraftIn(db, year, narrative, staffId, at);
}

/**
 * Publishes (or publishes again, replacing) a year's report: the figures as counted now, with the texts. The
 * draft is kept in step, and the audit trail records who did it, when, and the report before and after, all in
 * one transaction: a failure leaves the published report as it was.
 */
export async function publishReport(
  db: Database,
  report: { year: number; figures: ReportFigures } & Narrative,
  staffId: number,
  at: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.query<NarrativeRow & { figures: ReportFigures; published_at: Date }>(
      'SELECT figures, overview, problems, other_matters, published_at FROM published_reports WHERE year = $1 FOR UPDATE',
      [report.year],
    );
    await tx.query(
      `INSERT INTO published_reports (year, figures, overview, problems, other_matters, published_at, published_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (year) DO UPDATE SET figures = $2, overview = $3, problems = $4, other_matters = $5, published_at = $6, published_by = $7`,
      [report.year, JSON.stringify(report.figures), report.overview, report.problems, report.otherMatters, at, staffId],
    );
    await saveDraftIn(tx, report.year, report, staffId, at);
    const after = { year: report.year, figures: report.figures, overview: report.overview, problems: report.problems, otherMatters: report.otherMatters };
    await tx.query(
      `INSERT INTO audit_log (staff_id, at, action, request_id, before, after) VALUES ($1, $2, 'publish-report', NULL, $3, $4)`,
      [
        staffId,
        at,
        before ? JSON.stringify({ year: report.year, figures: before.figures, publishedAt: before.published_at, ...narrativeOf(before) }) : null,
        JSON.stringify(after),
      ],
    );
  });
}
