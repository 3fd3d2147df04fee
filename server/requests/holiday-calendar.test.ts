import { describe, expect, it } from 'vitest';
import { addWorkingDays, type HolidayData } from './due-date.ts';
import { mergedCalendar, packageHolidayData, packageSchedule, packageYears, scheduleDifferences } from './holiday-calendar.ts';

/** TEST DATA, invented: not an announced schedule. */
const stored2027 = { year: 2027, holidays: { '2027-01-01': '测试假期甲' }, workdays: { '2027-01-09': '测试假期甲' } };

describe('the package and the schedules staff stored', () => {
  it('counts a year the package lacks Monday to Friday, provisionally, until staff store it', () => {
    expect(packageYears().at(-1)).toBe(2026);
    expect(addWorkingDays('2026-12-30', 3, mergedCalendar([]))).toMatchObject({ dueDate: '2027-01-04', provisional: true, provisionalYears: [2027] });
    // 31 December is the 1st working day; with 1 January off, Monday 4 January is the 2nd and Tuesday 5 January the 3rd.
    expect(addWorkingDays('2026-12-30', 3, mergedCalendar([stored2027]))).toMatchObject({
      dueDate: '2027-01-05',
      provisional: false,
      skippedHolidays: [{ name: '测试假期甲', nameEn: '测试假期甲', dates: ['2027-01-01'] }],
    });
  });

  it('takes a stored year whole over a package that has it too, and leaves the package’s other years alone', () => {
    // A newer package, TEST DATA: it has 2027 with 4 January off and no make-up day.
    const newer: HolidayData = { holidays: { ...packageHolidayData.holidays, '2027-01-04': "New Year's Day,元旦,1" }, workdays: packageHolidayData.workdays };
    const calendar = mergedCalendar([stored2027], newer);
    expect(calendar.holidays['2027-01-04']).toBeUndefined();
    expect(calendar.holidays['2027-01-01']).toBe('测试假期甲,测试假期甲,0');
    expect(calendar.workdays['2027-01-09']).toBe('测试假期甲,测试假期甲,0');
    expect(calendar.holidays['2026-01-01']).toBe(packageHolidayData.holidays['2026-01-01']);
    expect(scheduleDifferences(stored2027, packageSchedule(2027, newer))).toEqual([
      { date: '2027-01-01', stored: { kind: 'holiday', name: '测试假期甲' } },
      { date: '2027-01-04', package: { kind: 'holiday', name: '元旦' } },
      { date: '2027-01-09', stored: { kind: 'workday', name: '测试假期甲' } },
    ]);
  });

  it('names a stored holiday in English where the package knows its Chinese name', () => {
    const calendar = mergedCalendar([{ year: 2027, holidays: { '2027-01-01': '元旦' }, workdays: {} }]);
    expect(calendar.holidays['2027-01-01']).toBe("New Year's Day,元旦,0");
  });
});
