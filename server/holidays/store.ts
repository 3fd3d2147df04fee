/**
 * Saving a year's holiday schedule: the days, the due dates it moves, and the audit, in one transaction. Nothing is
 * kept half-done: a failure anywhere leaves the schedule and every request as they were.
 */
import type { Database, Queryable } from '../db/database.ts';
import { addWorkingDays, chinaDate, type HolidayCalendar, type HolidayData } from '../requests/due-date.ts';
import { mergedCalendar, packageHolidayData, type Schedule, storedSchedules } from '../requests/holiday-calendar.ts';
import { updateRequest, writeAudit } from '../requests/repository.ts';
import type { Staff } from '../staff/accounts.ts';

/** A request whose due date the new schedule moved (or made final): what staff are shown after saving. */
export interface Recounted {
  reference: string;
  before: { dueDate: string; provisional: boolean };
  after: { dueDate: string; provisional: boolean };
}

export interface SaveContext {
  db: Database;
  staff: Staff;
  now: Date;
  /** Working days to answer in, and those an extension adds (the console's, as its actions count them). */
  replyWorkingDays: number;
  extensionWorkingDays: number;
  /** The holiday package's data; tests pass a newer package's. */
  holidayData?: HolidayData;
}

/** What the audit keeps of a save: the year's days before and after, and each request moved. */
export interface ScheduleAudit {
  id: number;
  at: string;
  staffName: string;
  year: number;
  recounted: Recounted[];
}

const AUDIT_ACTION = 'holiday-schedule';
export const RECOUNT_AUDIT_ACTION = 'recount-due-date';

/**
 * Counts again the due date of every request not yet answered whose counting period reaches `year`: from the day of
 * receipt, or of the completed request's arrival (补正), the reply's working days plus the extension's when it was
 * extended, on `calendar`. An extension was counted on from the earlier due date, a working day, so this gives the
 * same date as counting it in two steps. Returns the requests whose date or provisional mark changed, after writing
 * each change and its audit entry. Requests whose period does not reach the year cannot change and are not read.
 */
export async function recountDueDates(
  tx: Queryable,
  calendar: HolidayCalendar,
  year: number,
  context: Pick<SaveContext, 'staff' | 'now' | 'replyWorkingDays' | 'extensionWorkingDays'>,
): Promise<Recounted[]> {
  const rows = await tx.query<{ id: number; reference: string; receivedAt: Date; completedAt: Date | null; extendedAt: Date | null; dueDate: string; provisional: boolean }>(
    `SELECT id, reference, received_at AS "receivedAt", completed_at AS "completedAt", extended_at AS "extendedAt",
            due_date::text AS "dueDate", due_date_provisional AS provisional
       FROM requests
      WHERE status <> 'answered' AND due_date >= $1::date AND COALESCE(completed_at, received_at) < $2::timestamptz
      ORDER BY received_at, id
        FOR UPDATE`,
    [`${year}-01-01`, `${year + 1}-01-01T00:00:00+08:00`],
  );
  const changed: Recounted[] = [];
  for (const row of rows) {
    const start = chinaDate(new Date(row.completedAt ?? row.receivedAt));
    const days = context.replyWorkingDays + (row.extendedAt ? context.extensionWorkingDays : 0);
    const due = addWorkingDays(start, days, calendar);
    if (due.dueDate === row.dueDate && due.provisional === row.provisional) continue;
    const before = { due_date: row.dueDate, due_date_provisional: row.provisional };
    const after = { due_date: due.dueDate, due_date_provisional: due.provisional };
    await updateRequest(tx, row.id, after);
    await writeAudit(tx, { staffId: context.staff.id, at: context.now, action: RECOUNT_AUDIT_ACTION, requestId: row.id, before, after: { ...after, holiday_year: year } });
    changed.push({ reference: row.reference, before: { dueDate: row.dueDate, provisional: row.provisional }, after: { dueDate: due.dueDate, provisional: due.provisional } });
  }
  return changed;
}

/**
 * Stores `schedule` (already checked: server/holidays/schedule.ts) as `year`'s, replacing any stored before; counts
 * the affected due dates again; writes the audit entry (who, when, the year's days before and after, the requests
 * moved). Returns the audit entry's id, the confirmation page's address, and the requests moved.
 */
export async function saveSchedule(context: SaveContext, year: number, schedule: Schedule): Promise<{ auditId: number; recounted: Recounted[] }> {
  return context.db.transaction(async (tx) => {
    const [previous] = await storedSchedules(tx, year);
    await tx.query(
      `INSERT INTO holiday_schedules (year, saved_by, saved_at) VALUES ($1, $2, $3)
       ON CONFLICT (year) DO UPDATE SET saved_by = EXCLUDED.saved_by, saved_at = EXCLUDED.saved_at`,
      [year, context.staff.id, context.now.toISOString()],
    );
    await tx.query('DELETE FROM holiday_schedule_days WHERE year = $1', [year]);
    const days = [
      ...Object.entries(schedule.holidays).map(([day, name]) => [day, 'holiday', name]),
      ...Object.entries(schedule.workdays).map(([day, name]) => [day, 'workday', name]),
    ];
    if (days.length > 0) {
      await tx.query(
        `INSERT INTO holiday_schedule_days (day, year, kind, name) SELECT d::date, $1, k, n FROM unnest($2::text[], $3::text[], $4::text[]) AS u(d, k, n)`,
        [year, days.map((day) => day[0]), days.map((day) => day[1]), days.map((day) => day[2])],
      );
    }
    const calendar = mergedCalendar(await storedSchedules(tx), context.holidayData ?? packageHolidayData);
    const recounted = await recountDueDates(tx, calendar, year, context);
    const [audit] = await tx.query<{ id: number }>(
      'INSERT INTO audit_log (staff_id, at, action, request_id, before, after) VALUES ($1, $2, $3, NULL, $4, $5) RETURNING id',
      [
        context.staff.id,
        context.now.toISOString(),
        AUDIT_ACTION,
        previous ? JSON.stringify({ year, holidays: previous.holidays, workdays: previous.workdays }) : null,
        JSON.stringify({ year, holidays: schedule.holidays, workdays: schedule.workdays, recounted }),
      ],
    );
    return { auditId: audit!.id, recounted };
  });
}

/** A save's audit entry, for its confirmation page; undefined when `id` is not one. */
export async function scheduleAudit(db: Queryable, id: number): Promise<ScheduleAudit | undefined> {
  const [row] = await db.query<{ id: number; at: Date; staffName: string; after: { year: number; recounted: Recounted[] } }>(
    `SELECT a.id, a.at, s.name AS "staffName", a.after FROM audit_log a JOIN staff s ON s.id = a.staff_id WHERE a.id = $1 AND a.action = $2`,
    [id, AUDIT_ACTION],
  );
  if (!row) return undefined;
  return { id: row.id, at: new Date(row.at).toISOString(), staffName: row.staffName, year: row.after.year, recounted: row.after.recounted };
}
