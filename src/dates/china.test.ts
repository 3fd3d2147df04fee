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
