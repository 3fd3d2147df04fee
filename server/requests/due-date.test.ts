import { describe, expect, it } from 'vitest';
import { addWorkingDays, chinaDate, dueDate, holidayCalendar } from './due-date.ts';

/** An instant given as China time (UTC+8). */
const china = (local: string) => new Date(`${local}+08:00`);

describe('China date of receipt', () => {
  it('is the date in China, not on the server', () => {
    expect(chinaDate(new Date('2026-02-13T15:59:59Z'))).toBe('2026-02-13');
    // 16:00 UTC is midnight in China.
    expect(chinaDate(new Date('2026-02-13T16:00:00Z'))).toBe('2026-02-14');
  });
});

describe('20 working days', () => {
  it('counts Monday to Friday in an ordinary month, the day of receipt not counted', () => {
    // Received Monday 2026-03-09. Day 1 is Tue 03-10; days 1-4 that week, 5-9 (16-20), 10-14 (23-27), 15-19 (30 Mar - 3 Apr)
    // ... but Qingming 2026 is Sat 04-04 to Mon 04-06: Mon 04-06 is skipped. Day 20 is Tue 04-07.
    const result = dueDate(china('2026-03-09T10:00:00'), 20);
    expect(result.dueDate).toBe('2026-04-07');
    expect(result.skippedHolidays).toEqual([{ name: '清明', nameEn: 'Tomb-sweeping Day', dates: ['2026-04-04', '2026-04-05', '2026-04-06'] }]);
    expect(result.provisional).toBe(false);
  });

  it('across the Spring Festival 2026, counting both make-up Saturdays', () => {
    // Holiday Sun 02-15 to Mon 02-23; make-up working days Sat 02-14 and Sat 02-28.
    // Received Fri 02-06. Day 1-5: Mon 02-09 .. Fri 02-13; day 6: Sat 02-14 (调休);
    // 02-15 .. 02-23 off; day 7-10: Tue 02-24 .. Fri 02-27; day 11: Sat 02-28 (调休);
    // day 12-16: Mon 03-02 .. Fri 03-06; day 17-20: Mon 03-09 .. Thu 03-12.
    const result = dueDate(china('2026-02-06T09:30:00'), 20);
    expect(result).toEqual({
      dueDate: '2026-03-12',
      provisional: false,
      provisionalYears: [],
      skippedHolidays: [
        {
          name: '春节',
          nameEn: 'Spring Festival',
          dates: ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23'],
        },
      ],
    });
  });

  it('counts from the first working day when received during the Spring Festival', () => {
    // Received on the holiday Wed 02-18. Day 1-4: Tue 02-24 .. Fri 02-27; day 5: Sat 02-28 (调休);
    // day 6-10: Mon 03-02 .. Fri 03-06; day 11-15: 03-09 .. 03-13; day 16-20: Mon 03-16 .. Fri 03-20.
    expect(dueDate(china('2026-02-18T12:00:00'), 20).dueDate).toBe('2026-03-20');
  });

  it('counts a request received on a make-up Saturday from the next working day, like any other day', () => {
    // Received Sat 02-14, a working day. Day 1 is the next working day, Tue 02-24, as for a request of 02-18.
    expect(dueDate(china('2026-02-14T10:00:00'), 20).dueDate).toBe('2026-03-20');
    // Received just after midnight China time on that Saturday, still Friday in UTC.
    expect(dueDate(new Date('2026-02-13T16:30:00Z'), 20).dueDate).toBe('2026-03-20');
  });

  it('across National Day 2025, with the Mid-autumn Festival inside it and a make-up Sunday before it', () => {
    // Holiday Wed 10-01 to Wed 10-08 (10-06 is Mid-autumn); make-up working days Sun 09-28 and Sat 10-11.
    // Received Thu 09-25. Day 1: Fri 09-26; day 2: Sun 09-28 (调休); day 3-4: Mon 09-29, Tue 09-30;
    // 10-01 .. 10-08 off; day 5-6: Thu 10-09, Fri 10-10; day 7: Sat 10-11 (调休);
    // day 8-12: Mon 10-13 .. Fri 10-17; day 13-17: Mon 10-20 .. Fri 10-24; day 18-20: Mon 10-27 .. Wed 10-29.
    const result = dueDate(china('2025-09-25T16:00:00'), 20);
    expect(result.dueDate).toBe('2025-10-29');
    expect(result.skippedHolidays).toEqual([
      {
        name: '国庆节',
        nameEn: 'National Day',
        dates: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-07', '2025-10-08'],
      },
      { name: '中秋', nameEn: 'Mid-autumn Festival', dates: ['2025-10-06'] },
    ]);
  });

  it('across Mid-autumn and National Day 2026, received on a Saturday before a make-up Sunday', () => {
    // Mid-autumn Fri 09-25 to Sun 09-27; National Day Thu 10-01 to Wed 10-07; make-up days Sun 09-20 and Sat 10-10.
    // Received Sat 09-19. Day 1: Sun 09-20 (调休); day 2-5: Mon 09-21 .. Thu 09-24; 09-25 .. 09-27 off;
    // day 6-8: Mon 09-28 .. Wed 09-30; 10-01 .. 10-07 off; day 9-10: Thu 10-08, Fri 10-09; day 11: Sat 10-10 (调休);
    // day 12-16: Mon 10-12 .. Fri 10-16; day 17-20: Mon 10-19 .. Thu 10-22.
    const result = dueDate(china('2026-09-19T11:00:00'), 20);
    expect(result.dueDate).toBe('2026-10-22');
    expect(result.skippedHolidays.map((holiday) => [holiday.name, holiday.dates.length])).toEqual([
      ['中秋', 3],
      ['国庆节', 7],
    ]);
  });

  it('adds an extension of 20 working days to a due date', () => {
    // From Thu 2026-10-22: day 1 Fri 10-23; 10-26 .. 10-30 (2-6); 11-02 .. 11-06 (7-11); 11-09 .. 11-13 (12-16);
    // 11-16 .. 11-19 (17-20).
    expect(addWorkingDays('2026-10-22', 20).dueDate).toBe('2026-11-19');
  });

  it('gives the same date whatever the server’s time zone', () => {
    const zones = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'];
    const before = process.env.TZ;
    try {
      for (const zone of zones) {
        process.env.TZ = zone;
        expect(dueDate(china('2026-02-06T09:30:00'), 20).dueDate, zone).toBe('2026-03-12');
        expect(dueDate(china('2026-09-19T00:10:00'), 20).dueDate, zone).toBe('2026-10-22');
      }
    } finally {
      // Assigning undefined would set the text "undefined".
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('a year whose holidays are not yet announced', () => {
  it('counts Monday to Friday and says the date is provisional, and why', () => {
    // 2027 has no schedule yet. Received Sun 2026-12-20: day 1-5 Mon 12-21 .. Fri 12-25; day 6-9 Mon 12-28 .. Thu 12-31;
    // day 10: Fri 2027-01-01 (New Year's Day, surely a holiday, but not yet announced); day 11-15 01-04 .. 01-08;
    // day 16-20: Mon 01-11 .. Fri 01-15.
    const result = dueDate(china('2026-12-20T10:00:00'), 20);
    expect(result).toEqual({
      dueDate: '2027-01-15',
      provisional: true,
      provisionalYears: [2027],
      reason: '2027 年的节假日安排尚未公布，暂按周一至周五计算；公布后日期可能推后',
      skippedHolidays: [],
    });
  });

  it('is not provisional when the period ends before the unknown year', () => {
    // Received Mon 2026-11-30: day 1 Tue 12-01 .. day 20 Mon 12-28, all in 2026.
    expect(dueDate(china('2026-11-30T10:00:00'), 20)).toMatchObject({ dueDate: '2026-12-28', provisional: false });
  });

  it('uses a schedule added for that year, and is then not provisional', () => {
    const calendar = holidayCalendar(
      { holidays: { '2026-12-25': 'Test Day,测试节,9' }, workdays: {} },
      { holidays: { '2027-01-01': "New Year's Day,元旦,1" }, workdays: { '2027-01-09': "New Year's Day,元旦,1" } },
    );
    // Day 1-4: 12-21 .. 12-24; 12-25 off; day 5-8: 12-28 .. 12-31; 2027-01-01 off; day 9-13: 01-04 .. 01-08;
    // day 14: Sat 01-09 (调休); day 15-19: 01-11 .. 01-15; day 20: Mon 01-18.
    const result = dueDate(china('2026-12-20T10:00:00'), 20, calendar);
    expect(result).toMatchObject({ dueDate: '2027-01-18', provisional: false });
    expect(result.skippedHolidays.map((holiday) => holiday.name)).toEqual(['测试节', '元旦']);
  });

  it('refuses nonsense instead of guessing', () => {
    expect(() => dueDate(new Date('not a date'), 20)).toThrow(RangeError);
    expect(() => dueDate(new Date(), 0)).toThrow(RangeError);
    expect(() => dueDate(new Date(), 2.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-13-01', 20)).toThrow(RangeError);
  });
});
