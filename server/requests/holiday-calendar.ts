/**
 * The holiday calendar the due dates are counted on: the shipped package's data (chinese-days) and the schedules
 * staff entered in the console (table holiday_schedules, migration 006), merged by one rule.
 *
 * Which wins, where both have a year: **the schedule staff entered, for the whole of that year.** Staff enter a
 * year when the State Council announces it and the package does not have it yet; a later release of the package may
 * add the same year. Replacing the staff's year by the package's, silently, would move due dates nobody decided to
 * move, and would throw away a correction staff made on purpose (a package can be wrong or late to follow a changed
 * notice). So the stored year stays in force until staff save it again; the console shows every day on which the
 * two differ (`scheduleDifferences`) so that staff can look at the notice and decide. A year is taken whole from one
 * source, never day by day: a mix of two schedules is a schedule nobody announced.
 */
import officialData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { Queryable } from '../db/database.ts';
import { holidayCalendar, type HolidayCalendar, type HolidayData } from './due-date.ts';

/** The package's data, as the chinese-days data set writes it ("English name,中文名,number" by YYYY-MM-DD). */
export const packageHolidayData = officialData as HolidayData;

/** A year's schedule by day: YYYY-MM-DD → the holiday's Chinese name (for a make-up working day, the holiday it belongs to). */
export interface Schedule {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export interface StoredSchedule extends Schedule {
  year: number;
  savedBy: string;
  /** ISO 8601, UTC. */
  savedAt: string;
}

const inYear = (year: number) => ([date]: [string, string]) => date.startsWith(`${year}-`);
const chineseName = (entry: string) => entry.split(',')[1] ?? entry;

/** The years the package has a schedule for (those with a holiday), in order. */
export function packageYears(data: HolidayData = packageHolidayData): number[] {
  return [...new Set(Object.keys(data.holidays).map((date) => Number(date.slice(0, 4))))].sort((a, b) => a - b);
}

/** The package's schedule for `year`, Chinese names only; empty when the package does not have the year. */
export function packageSchedule(year: number, data: HolidayData = packageHolidayData): Schedule {
  const pick = (days: Record<string, string>) => Object.fromEntries(Object.entries(days).filter(inYear(year)).map(([date, entry]) => [date, chineseName(entry)]));
  return { holidays: pick(data.holidays), workdays: pick(data.workdays) };
}

/** The stored schedules, oldest year first; with `year`, that year's only (an empty list when none is stored). */
export async function storedSchedules(db: Queryable, year?: number): Promise<StoredSchedule[]> {
  const rows = await db.query<{ year: number; savedBy: string; savedAt: Date; day: string | null; kind: string | null; name: string | null }>(
    `SELECT s.year, st.name AS "savedBy", s.saved_at AS "savedAt", d.day::text AS day, d.kind, d.name
       FROM holiday_schedules s JOIN staff st ON st.id = s.saved_by LEFT JOIN holiday_schedule_days d ON d.year = s.year
      WHERE $1::integer IS NULL OR s.year = $1::integer
      ORDER BY s.year, d.day`,
    [year ?? null],
  );
  const schedules = new Map<number, StoredSchedule>();
  for (const row of rows) {
    let schedule = schedules.get(row.year);
    if (!schedule) {
      schedule = { year: row.year, savedBy: row.savedBy, savedAt: new Date(row.savedAt).toISOString(), holidays: {}, workdays: {} };
      schedules.set(row.year, schedule);
    }
    if (row.day && row.name) (row.kind === 'workday' ? schedule.workdays : schedule.holidays)[row.day] = row.name;
  }
  return [...schedules.values()];
}

/**
 * The calendar to count on: the package's years, except that a year staff stored replaces the package's year whole
 * (the rule above). Names the package also uses get its English name; others keep the Chinese one.
 */
export function mergedCalendar(stored: readonly (Schedule & { year: number })[], data: HolidayData = packageHolidayData): HolidayCalendar {
  const storedYears = new Set(stored.map((schedule) => schedule.year));
  const notStored = (days: Record<string, string>) => Object.fromEntries(Object.entries(days).filter(([date]) => !storedYears.has(Number(date.slice(0, 4)))));
  const english = new Map(Object.values(data.holidays).map((entry) => [chineseName(entry), entry.split(',')[0] ?? '']));
  const entry = (name: string) => `${english.get(name) || name},${name},0`;
  const fromStaff = (days: Record<string, string>) => Object.fromEntries(Object.entries(days).map(([date, name]) => [date, entry(name)]));
  return holidayCalendar(
    { holidays: notStored(data.holidays), workdays: notStored(data.workdays) },
    ...stored.map((schedule) => ({ holidays: fromStaff(schedule.holidays), workdays: fromStaff(schedule.workdays) })),
  );
}

/** The calendar the due dates are counted on now: the package and every stored schedule (one query). */
export async function loadHolidayCalendar(db: Queryable, data: HolidayData = packageHolidayData): Promise<HolidayCalendar> {
  return mergedCalendar(await storedSchedules(db), data);
}

/** One day on which the stored schedule and the package's disagree: what each says it is (undefined: an ordinary day). */
export interface ScheduleDifference {
  date: string;
  stored?: { kind: 'holiday' | 'workday'; name: string };
  package?: { kind: 'holiday' | 'workday'; name: string };
}

/**
 * Every day on which `stored` and the package's schedule differ in kind (off, working, ordinary), in date order.
 * Names are not compared: the package writes 清明 where a notice writes 清明节, and no due date depends on a name.
 */
export function scheduleDifferences(stored: Schedule, fromPackage: Schedule): ScheduleDifference[] {
  const dayOf = (schedule: Schedule, date: string) =>
    schedule.holidays[date] !== undefined
      ? { kind: 'holiday' as const, name: schedule.holidays[date] }
      : schedule.workdays[date] !== undefined
        ? { kind: 'workday' as const, name: schedule.workdays[date] }
        : undefined;
  const dates = [...new Set([stored, fromPackage].flatMap((schedule) => [...Object.keys(schedule.holidays), ...Object.keys(schedule.workdays)]))].sort();
  return dates.flatMap((date) => {
    const a = dayOf(stored, date);
    const b = dayOf(fromPackage, date);
    return a?.kind === b?.kind ? [] : [{ date, ...(a && { stored: a }), ...(b && { package: b }) }];
  });
}
