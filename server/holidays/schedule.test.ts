import { describe, expect, it } from 'vitest';
import { checkSchedule, checkYear, parseScheduleText, scheduleEntries, scheduleText } from './schedule.ts';
import { testScheduleJson, testScheduleText } from './test-schedule.ts';

const check = (fields: { holidays?: string; workdays?: string }, year = 2027) => checkSchedule(year, parseScheduleText(fields));
const errors = (fields: { holidays?: string; workdays?: string }, year = 2027) => {
  const result = check(fields, year);
  if (!('errors' in result)) throw new Error('expected errors');
  return Object.fromEntries(result.errors.map((error) => [error.field, error.message]));
};

describe('a year’s schedule as staff type it', () => {
  it('reads runs, single days and make-up working days, in the forms a Chinese keyboard types them', () => {
    const result = check({ holidays: '２０２７年２月８日～2027/2/10 测试假期乙\n\n2027-01-01测试假期甲', workdays: '2027-02-06 测试假期乙\n2027-02-20' });
    expect(result).toEqual({
      schedule: {
        holidays: { '2027-02-08': '测试假期乙', '2027-02-09': '测试假期乙', '2027-02-10': '测试假期乙', '2027-01-01': '测试假期甲' },
        workdays: { '2027-02-06': '测试假期乙', '2027-02-20': '' },
      },
    });
  });

  it('gives the same schedule from the form and from the API’s JSON, and writes it back as the form’s lines', () => {
    const fromForm = check(testScheduleText);
    expect(fromForm).toEqual(checkSchedule(2027, scheduleEntries(testScheduleJson)));
    expect(scheduleText((fromForm as { schedule: Parameters<typeof scheduleText>[0] }).schedule)).toEqual(testScheduleText);
  });

  it('refuses a date that does not exist, naming the line', () => {
    expect(errors({ holidays: '2027-01-01 测试甲\n2027-02-30 测试乙' }).holidays).toBe('第 2 行：2027-02-30 不是有效的日期');
  });

  it('refuses a date outside the year, at either end of a run', () => {
    expect(errors({ holidays: '2026-12-31 至 2027-01-02 测试' }).holidays).toBe('第 1 行：2026-12-31 不在 2027 年内');
    expect(errors({ holidays: '2027-12-31 至 2028-01-01 测试' }).holidays).toBe('第 1 行：2028-01-01 不在 2027 年内');
    expect(errors({ holidays: '2027-01-01 测试', workdays: '2028-01-08' }).workdays).toBe('第 1 行：2028-01-08 不在 2027 年内');
  });

  it('refuses a day both off and working', () => {
    expect(errors({ holidays: '2027-02-08 至 2027-02-14 测试', workdays: '2027-02-13 测试' }).workdays).toBe(
      '第 1 行：2027-02-13 也写在放假日期的第 1 行；一天不能既放假又上班',
    );
  });

  it('refuses a make-up working day that is already a working day', () => {
    expect(errors({ holidays: '2027-01-01 测试', workdays: '2027-02-10 测试' }).workdays).toBe(
      '第 1 行：2027-02-10 是周三，本来就是工作日；调休上班日只会是周六或周日',
    );
  });

  it('refuses a run that ends before it starts, or one too long to be a holiday', () => {
    expect(errors({ holidays: '2027-02-12 至 2027-02-08 测试' }).holidays).toBe('第 1 行：结束日期早于开始日期');
    expect(errors({ holidays: '2027-02-01 至 2027-12-16 测试' }).holidays).toBe('第 1 行：一个假期超过 31 天，请检查结束日期');
  });

  it('refuses a holiday without a name, a name with a comma, a line it cannot read, and a day given twice', () => {
    expect(errors({ holidays: '2027-01-01' }).holidays).toBe('第 1 行：写上假期的名称');
    expect(errors({ holidays: '2027-01-01 甲,乙' }).holidays).toBe('第 1 行：名称最多 40 个字，不能有逗号或无法保存的字符');
    expect(errors({ holidays: '元旦放一天' }).holidays).toBe('第 1 行：写成“YYYY-MM-DD 名称”或“YYYY-MM-DD 至 YYYY-MM-DD 名称”');
    expect(errors({ holidays: '2027-01-01 至 2027-01-03 测试\n2027-01-03 测试' }).holidays).toBe('第 2 行：2027-01-03 已经写在第 1 行');
  });

  it('asks for at least one holiday', () => {
    expect(errors({ holidays: '  \n', workdays: '' }).holidays).toBe('输入放假日期：一年至少有一个假期');
  });

  it('lists a few problems of a field in its one message, then how many more', () => {
    const message = errors({ holidays: Array.from({ length: 7 }, (_, i) => `2027-02-3${i % 2} 测试${i}`).join('\n') }).holidays!;
    expect(message.split('；')).toHaveLength(6);
    expect(message).toMatch(/另有 2 处问题$/);
  });
});

describe('which years staff may enter', () => {
  it('takes last year to next year, and says so otherwise', () => {
    expect(checkYear('2027', '2026-12-01')).toEqual({ year: 2027 });
    expect(checkYear('2025', '2026-12-01')).toEqual({ year: 2025 });
    expect(checkYear('2024', '2026-12-01')).toEqual({ error: '只能录入 2025 年到 2027 年的安排：更早的年份已经过去，更晚的年份还没有公布' });
    expect(checkYear('2028', '2026-12-01')).toEqual({ error: '只能录入 2025 年到 2027 年的安排：更早的年份已经过去，更晚的年份还没有公布' });
    expect(checkYear('27', '2026-12-01')).toEqual({ error: '输入 4 位数字的年份，例如 2027' });
  });
});
