/**
 * Checking a year's holiday schedule as staff typed it (the console's form: one line per holiday or make-up working
 * day) or sent it (the API's JSON: date → name), before anything is stored. Every problem is reported with where it
 * is (the line, or the date), one message per field.
 */
import { isStorableText } from '../../src/requests/rules/characters.ts';
import type { FieldError } from '../../src/requests/contract.ts';
import type { Schedule } from '../requests/holiday-calendar.ts';
import { holidayText as t } from './text.ts';

/** One entry of the schedule: a day or a run of days off (from ≤ to), or one make-up working day (from = to). */
export interface ScheduleEntry {
  /** Where it was typed, for messages: "第 3 行", or the date a JSON body named. */
  where: string;
  from: string;
  to: string;
  name: string;
}

export type ScheduleInput = { holidays: ScheduleEntry[]; workdays: ScheduleEntry[]; errors: FieldError[] };

/**
 * Longest text a field takes: a year's notice is a dozen lines. Two full fields of Chinese, form-encoded (9 bytes a
 * character), stay under the body limit (MAX_BODY_BYTES), so an overlong field gets this message, not a 413.
 */
export const SCHEDULE_TEXT_LIMIT = 2000;
/** No holiday in any announced schedule is this long; a run longer is a typing slip in the end date. */
const LONGEST_HOLIDAY_DAYS = 31;
const NAME_LIMIT = 40;
const MESSAGES_PER_FIELD = 5;

const DATE = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`;
const HOLIDAY_LINE = new RegExp(String.raw`^${DATE}(?:\s*(?:至|到|~|-{1,2})\s*${DATE})?\s*(.*)$`, 'u');
const WORKDAY_LINE = new RegExp(String.raw`^${DATE}\s*(.*)$`, 'u');

const pad = (n: string) => n.padStart(2, '0');
const isoDate = (y: string, m: string, d: string) => `${y}-${pad(m)}-${pad(d)}`;
/** A real calendar date (no 30 February), YYYY-MM-DD. */
export const isRealDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** Collects one field's problems into its one message: the first few, then how many more. */
function fieldError(field: string, problems: string[]): FieldError[] {
  if (problems.length === 0) return [];
  const shown = problems.slice(0, MESSAGES_PER_FIELD);
  const rest = problems.length - shown.length;
  return [{ field, message: [...shown, ...(rest > 0 ? [t.errors.more(rest)] : [])].join('；') }];
}

/**
 * The console form's two fields as entries. Lines are read after NFKC (full-width digits, spaces and "～" typed with a
 * Chinese input method count as their plain forms); dates as YYYY-MM-DD, YYYY/M/D or YYYY年M月D日; a holiday line
 * may give a run, "from 至 to". Blank lines are skipped. A line that cannot be read is an error naming its number.
 */
export function parseScheduleText(fields: { holidays?: string; workdays?: string }): ScheduleInput {
  const errors: FieldError[] = [];
  const read = (field: 'holidays' | 'workdays', pattern: RegExp, format: string) => {
    const value = fields[field] ?? '';
    if ([...value].length > SCHEDULE_TEXT_LIMIT) {
      errors.push({ field, message: t.errors.tooMuchText(SCHEDULE_TEXT_LIMIT) });
      return [];
    }
    const problems: string[] = [];
    const entries: ScheduleEntry[] = [];
    value.split(/\r\n|\r|\n/).forEach((raw, i) => {
      const line = raw.normalize('NFKC').trim();
      if (line === '') return;
      const where = t.errors.lineNumber(i + 1);
      const match = pattern.exec(line);
      if (!match) return problems.push(t.errors.line(where, format));
      const from = isoDate(match[1]!, match[2]!, match[3]!);
      const to = field === 'holidays' && match[4] ? isoDate(match[4], match[5]!, match[6]!) : from;
      const name = (field === 'holidays' ? match[7] : match[4])!.trim();
      entries.push({ where, from, to, name });
    });
    errors.push(...fieldError(field, problems));
    return entries;
  };
  const holidays = read('holidays', HOLIDAY_LINE, t.errors.lineFormat);
  const workdays = read('workdays', WORKDAY_LINE, t.errors.workdayFormat);
  return { holidays, workdays, errors };
}

/** The API's body as entries: each date a key, its value the name. */
export function scheduleEntries(body: { holidays?: Record<string, string>; workdays?: Record<string, string> }): ScheduleInput {
  const entries = (days: Record<string, string> = {}) => Object.entries(days).map(([date, name]) => ({ where: date, from: date, to: date, name: name.trim() }));
  return { holidays: entries(body.holidays), workdays: entries(body.workdays), errors: [] };
}

/** The years staff may enter on `today` (a China date): last year (a correction while its requests are open) to next year (announced each autumn). */
export function enterableYears(today: string): { from: number; to: number } {
  const year = Number(today.slice(0, 4));
  return { from: year - 1, to: year + 1 };
}

/** The year in an address or a form: a message when it is not one staff may enter today. */
export function checkYear(text: string, today: string): { year: number } | { error: string } {
  if (!/^\d{4}$/.test(text.normalize('NFKC').trim())) return { error: t.errors.yearFormat };
  const year = Number(text.normalize('NFKC').trim());
  const { from, to } = enterableYears(today);
  return year < from || year > to ? { error: t.errors.yearRange(from, to) } : { year };
}

/**
 * The schedule for `year` from its entries, or every problem: dates that are not real dates or fall outside the year,
 * a run that ends before it starts or is implausibly long, a missing or unstorable name, a day given twice, a make-up
 * working day that is not a Saturday or Sunday, a day both off and working, no holiday at all.
 */
export function checkSchedule(year: number, input: ScheduleInput): { schedule: Schedule } | { errors: FieldError[] } {
  const seen = new Map<string, string>();
  const holidays: Record<string, string> = {};
  const workdays: Record<string, string> = {};
  const problems = { holidays: [] as string[], workdays: [] as string[] };
  const checkName = (entry: ScheduleEntry, required: boolean, list: string[]) => {
    if (entry.name === '') {
      if (required) list.push(t.errors.line(entry.where, t.errors.nameMissing));
      return required ? undefined : '';
    }
    if ([...entry.name].length > NAME_LIMIT || /[,，]/.test(entry.name) || !isStorableText(entry.name, false)) {
      list.push(t.errors.line(entry.where, t.errors.nameInvalid));
      return undefined;
    }
    return entry.name;
  };
  const checkDate = (entry: ScheduleEntry, date: string, list: string[]) => {
    if (!isRealDate(date)) list.push(t.errors.line(entry.where, t.errors.invalidDate(date)));
    else if (!date.startsWith(`${year}-`)) list.push(t.errors.line(entry.where, t.errors.outsideYear(date, year)));
    else return true;
    return false;
  };

  for (const entry of input.holidays) {
    const list = problems.holidays;
    const name = checkName(entry, true, list);
    const datesOk = checkDate(entry, entry.from, list) && (entry.to === entry.from || checkDate(entry, entry.to, list));
    if (!datesOk || name === undefined) continue;
    const length = daysBetween(entry.from, entry.to) + 1;
    if (length < 1) list.push(t.errors.line(entry.where, t.errors.endBeforeStart));
    else if (length > LONGEST_HOLIDAY_DAYS) list.push(t.errors.line(entry.where, t.errors.tooLong));
    else {
      for (let i = 0; i < length; i++) {
        const date = addDays(entry.from, i);
        const other = seen.get(date);
        if (other !== undefined) list.push(t.errors.line(entry.where, t.errors.repeated(date, other)));
        else {
          seen.set(date, entry.where);
          holidays[date] = name;
        }
      }
    }
  }
  const holidayLines = new Map(seen);
  for (const entry of input.workdays) {
    const list = problems.workdays;
    const name = checkName(entry, false, list);
    if (!checkDate(entry, entry.from, list) || name === undefined) continue;
    const date = entry.from;
    if (holidayLines.has(date)) list.push(t.errors.line(entry.where, t.errors.both(date, holidayLines.get(date)!)));
    else if (seen.has(date)) list.push(t.errors.line(entry.where, t.errors.repeated(date, seen.get(date)!)));
    else if (!isWeekend(date)) list.push(t.errors.line(entry.where, t.errors.weekdayWorkday(date)));
    else {
      seen.set(date, entry.where);
      workdays[date] = name;
    }
  }
  const errors = [
    ...input.errors.filter((error) => error.field === 'holidays'),
    ...(input.holidays.length === 0 && !input.errors.some((error) => error.field === 'holidays') ? [{ field: 'holidays', message: t.errors.holidaysMissing }] : []),
    ...fieldError('holidays', problems.holidays),
    ...input.errors.filter((error) => error.field === 'workdays'),
    ...fieldError('workdays', problems.workdays),
  ];
  // One message per field: the parse's and the checks' problems on one field are joined.
  const merged = new Map<string, string>();
  for (const error of errors) merged.set(error.field, merged.has(error.field) ? `${merged.get(error.field)}；${error.message}` : error.message);
  if (merged.size > 0) return { errors: [...merged].map(([field, message]) => ({ field, message })) };
  return { schedule: { holidays, workdays } };
}

/** A stored schedule as the form's two fields: runs of consecutive days with the same name on one line. */
export function scheduleText(schedule: Schedule): { holidays: string; workdays: string } {
  const runs: string[] = [];
  let run: { from: string; to: string; name: string } | undefined;
  const close = () => run && runs.push(run.from === run.to ? `${run.from} ${run.name}` : `${run.from} 至 ${run.to} ${run.name}`);
  for (const date of Object.keys(schedule.holidays).sort()) {
    const name = schedule.holidays[date]!;
    if (run && run.name === name && addDays(run.to, 1) === date) run.to = date;
    else {
      close();
      run = { from: date, to: date, name };
    }
  }
  close();
  const workdays = Object.keys(schedule.workdays).sort().map((date) => `${date} ${schedule.workdays[date]}`.trim());
  return { holidays: runs.join('\n'), workdays: workdays.join('\n') };
}
