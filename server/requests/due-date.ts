/**
 * When the federation must answer a disclosure request: working days on China's official calendar, weekends
 * and public holidays skipped, make-up working days (调休) counted. Server side only: the holiday data is large.
 *
 * How the regulation is read here (政府信息公开条例, 2019):
 * - Art. 33: the answer is due within 20 working days "from the day the request is received" (收到申请之日起).
 * - As for every period counted in days in Chinese law (民法典 Art. 201), the day of receipt itself is not
 *   counted: day 1 is the first working day after the day of receipt.
 * - A request received on a weekend or a holiday therefore counts from the next working day, which is day 1.
 *   Where practice differs (some offices treat that next working day as the day of receipt, giving one day more),
 *   this reading gives the earlier date, so staff who keep to it are never late.
 * - The date of receipt is the date in China (Asia/Shanghai), wherever the server runs.
 */
import { chinaDate } from '../../src/dates/china.ts';
// The package's functions read dates in the server's own time zone (west of UTC they answer for the day before):
// use its published data set instead, and count China dates here.
import officialData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

/** Entries are "English name,中文名,number", as the chinese-days data set writes them. */
export interface HolidayData {
  /** Official days off, weekends inside a holiday included. */
  holidays: Record<string, string>;
  /** Weekend days that are working days (调休). */
  workdays: Record<string, string>;
}

export interface HolidayCalendar extends HolidayData {
  /** Years whose schedule the State Council has announced: only for these are holidays known. */
  years: ReadonlySet<number>;
}

export interface SkippedHoliday {
  name: string;
  nameEn: string;
  /** The days of this holiday inside the period, YYYY-MM-DD. */
  dates: string[];
}

export interface DueDate {
  /** YYYY-MM-DD, China date. */
  dueDate: string;
  /** True when the period reaches a year with no announced schedule: counted Monday to Friday, and may move later. */
  provisional: boolean;
  /** The years without an announced schedule. */
  provisionalYears: number[];
  /** Why the date is provisional, for staff, in Chinese. */
  reason?: string;
  skippedHolidays: SkippedHoliday[];
}

/** A calendar from schedules as the chinese-days data set writes them; a year counts as known when it has a holiday. */
export function holidayCalendar(...schedules: HolidayData[]): HolidayCalendar {
  const holidays = Object.assign({}, ...schedules.map((schedule) => schedule.holidays)) as Record<string, string>;
  const workdays = Object.assign({}, ...schedules.map((schedule) => schedule.workdays)) as Record<string, string>;
  const years = new Set(Object.keys(holidays).map((date) => Number(date.slice(0, 4))));
  return { holidays, workdays, years };
}

/** The schedules announced so far (chinese-days): today through 2026. */
export const officialCalendar: HolidayCalendar = holidayCalendar(officialData as HolidayData);

// The same China date the phone shows: one implementation for both.
export { chinaDate } from '../../src/dates/china.ts';

const DAY_MS = 86_400_000;

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The working day that is `workingDays` working days after `date` (a China date, YYYY-MM-DD, itself not counted). */
export function addWorkingDays(date: string, workingDays: number, calendar: HolidayCalendar = officialCalendar): DueDate {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError(`workingDays must be a whole number from 1, got ${workingDays}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new RangeError(`date must be YYYY-MM-DD, got ${date}`);
  const unknownYears = new Set<number>();
  const skipped = new Map<string, SkippedHoliday>();
  let day = date;
  let counted = 0;
  while (counted < workingDays) {
    day = nextDay(day);
    const year = Number(day.slice(0, 4));
    if (!calendar.years.has(year)) {
      unknownYears.add(year);
      if (!isWeekend(day)) counted++;
      continue;
    }
    const holiday = calendar.holidays[day];
    if (calendar.workdays[day]) counted++;
    else if (holiday) {
      const [nameEn = '', name = ''] = holiday.split(',');
      const entry = skipped.get(name) ?? { name, nameEn, dates: [] };
      entry.dates.push(day);
      skipped.set(name, entry);
    } else if (!isWeekend(day)) counted++;
  }
  const provisionalYears = [...unknownYears];
  return {
    dueDate: day,
    provisional: provisionalYears.length > 0,
    provisionalYears,
    ...(provisionalYears.length > 0 && {
      reason: `${provisionalYears.join('、')} 年的节假日安排尚未公布，暂按周一至周五计算；公布后日期可能推后`,
    }),
    skippedHolidays: [...skipped.values()],
  };
}

/** When the answer to a request received at `receivedAt` is due. */
export function dueDate(receivedAt: Date, workingDays: number, calendar: HolidayCalendar = officialCalendar): DueDate {
  if (Number.isNaN(receivedAt.getTime())) throw new RangeError('receivedAt is not a valid date');
  return addWorkingDays(chinaDate(receivedAt), workingDays, calendar);
}
