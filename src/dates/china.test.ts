import { describe, expect, it } from 'vitest';
import { chinaDate, chinaDateTime } from './china.ts';

describe('chinaDate', () => {
  it('is the day in China, not in UTC: 00:00, 07:59 and 08:00 China time are all the same day', () => {
    // 2026-03-05 00:00 in Beijing is 2026-03-04 16:00 UTC.
    expect(chinaDate('2026-03-04T16:00:00.000Z')).toBe('2026-03-05');
    expect(chinaDate('2026-03-04T23:59:00.000Z')).toBe('2026-03-05');
    expect(chinaDate('2026-03-05T00:00:00.000Z')).toBe('2026-03-05');
    // One minute before midnight in Beijing is still the day before.
    expect(chinaDate('2026-03-04T15:59:00.000Z')).toBe('2026-03-04');
  });

  it('takes a Date, ISO text or epoch milliseconds alike, across a year’s end', () => {
    const newYear = Date.parse('2026-12-31T16:30:00.000Z');
    expect(chinaDate(newYear)).toBe('2027-01-01');
    expect(chinaDate(new Date(newYear))).toBe('2027-01-01');
    expect(chinaDate(new Date(newYear).toISOString())).toBe('2027-01-01');
  });

  it('refuses an instant that is not a time rather than show a wrong date', () => {
    expect(() => chinaDate('not a date')).toThrow(RangeError);
  });
});

describe('chinaDateTime', () => {
  it('shows China’s clock in every language', () => {
    const at = '2026-03-04T16:30:00.000Z';
    expect(chinaDateTime(at, 'zh-Hans')).toContain('2026年3月5日');
    expect(chinaDateTime(at, 'zh-Hans')).toContain('00:30');
    expect(chinaDateTime(at, 'zh-Hant')).toContain('2026年3月5日');
    expect(chinaDateTime(at, 'en')).toMatch(/Mar 5, 2026.*12:30/);
  });
});

describe('every date shown goes through here', () => {
  // Dates made by adding days to a UTC midnight (`2026-03-05T00:00:00Z`) are calendar arithmetic, not a clock: there
  // `toISOString().slice(0, 10)` gives the same date back. Anywhere else it gives the UTC date, a day early before
  // 08:00 in China; and formatting without Asia/Shanghai gives the date where the phone or the server happens to be.
  const calendarArithmetic = ['server/requests/due-date.ts', 'server/staff/due-words.ts', 'server/holidays/schedule.ts', 'build/content/load.ts'];

  it('no other module formats a date itself, or cuts a UTC date out of an instant', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join, relative } = await import('node:path');
    const root = join(import.meta.dirname, '../..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$|(^|\/)test-[^/]+\.ts$/.test(name)) files.push(path);
      }
    };
    for (const folder of ['src', 'server', 'build']) walk(join(root, folder));
    const offenders = files
      .map((path) => [relative(root, path), readFileSync(path, 'utf8')] as const)
      .filter(([path]) => path !== 'src/dates/china.ts')
      .filter(([path, source]) =>
        /\.toLocale(?:Date|Time)?String\(|new Intl\.DateTimeFormat\(/.test(source) ||
        (!calendarArithmetic.includes(path) && /toISOString\(\)\.slice\(0, 10\)|(?:At|\.at)\.slice\(0, 10\)/.test(source)))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });
});
