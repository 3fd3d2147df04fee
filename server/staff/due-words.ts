import { addWorkingDays, chinaDate, type HolidayCalendar, officialCalendar, type SkippedHoliday } from '../requests/due-date.ts';
import type { StaffRequest } from '../requests/repository.ts';
import { staffText as s } from './text.ts';

const DAY_MS = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** The last day (Sunday) of the week, Monday to Sunday, that holds `date`. */
function endOfWeek(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return new Date(Date.parse(date) + ((7 - weekday) % 7) * DAY_MS).toISOString().slice(0, 10);
}

export type Urgency = 'overdue' | 'today' | 'this-week' | 'later' | 'paused' | 'answered';

/** How soon a request must be answered, in words staff read at a glance: overdue, due today, this week, or on a date. */
export function dueWords(request: Pick<StaffRequest, 'status' | 'dueDate' | 'dueDateProvisional' | 'answeredAt'>, now: Date): { urgency: Urgency; words: string } {
  if (request.status === 'answered' && request.answeredAt) {
    return { urgency: 'answered', words: s.due.answered(chinaDate(new Date(request.answeredAt))) };
  }
  if (request.status === 'awaiting-completion') return { urgency: 'paused', words: s.due.paused };
  const today = chinaDate(now);
  const due = request.dueDate;
  const provisional = request.dueDateProvisional ? s.due.provisional : '';
  if (due < today) return { urgency: 'overdue', words: s.due.overdue(days(due, today), due) };
  if (due === today) return { urgency: 'today', words: s.due.today };
  if (due <= endOfWeek(today)) return { urgency: 'this-week', words: s.due.thisWeek(due) + provisional };
  return { urgency: 'later', words: s.due.on(due) + provisional };
}

/**
 * The holidays the current due date skips, counted again from where the clock last started (the completed
 * request's arrival, else the day of receipt). Empty when the stored date was counted with other settings.
 */
export function skippedHolidays(
  request: Pick<StaffRequest, 'receivedAt' | 'completedAt' | 'extendedAt' | 'dueDate'>,
  days: { reply: number; extension: number },
  calendar: HolidayCalendar = officialCalendar,
): SkippedHoliday[] {
  const start = chinaDate(new Date(request.completedAt ?? request.receivedAt));
  const counted = addWorkingDays(start, days.reply + (request.extendedAt ? days.extension : 0), calendar);
  return counted.dueDate === request.dueDate ? counted.skippedHolidays : [];
}
