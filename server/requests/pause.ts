import { addWorkingDays, type HolidayCalendar, officialCalendar } from './due-date.ts';

/**
 * The working days in the pause from `start` (a China date, YYYY-MM-DD, not itself counted, as the day an act
 * happens never is) to `end` (counted): how far a due date moves when a third party is consulted (政府信息公开条例
 * 2019 Art. 33: 征求第三方意见所需时间不计算在答复期限内). 0 when `end` is `start` or before it, or a day off.
 */
export function pausedWorkingDays(start: string, end: string, calendar: HolidayCalendar = officialCalendar): number {
  let days = 0;
  while (addWorkingDays(start, days + 1, calendar).dueDate <= end) days++;
  return days;
}
