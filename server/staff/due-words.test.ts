import { describe, expect, it } from 'vitest';
import { dueWords } from './due-words.ts';

/** Wednesday 4 March 2026, 09:00 in China. */
const now = new Date('2026-03-04T01:00:00Z');
const open = (dueDate: string, dueDateProvisional = false) => ({ status: 'received' as const, dueDate, dueDateProvisional, answeredAt: null });

describe('due dates in words', () => {
  it('says overdue, today, this week (to Sunday) or the date', () => {
    expect(dueWords(open('2026-03-03'), now)).toEqual({ urgency: 'overdue', words: '已逾期 1 天（期限是 2026年3月3日）' });
    expect(dueWords(open('2026-03-04'), now)).toEqual({ urgency: 'today', words: '今天到期' });
    expect(dueWords(open('2026-03-08'), now)).toEqual({ urgency: 'this-week', words: '本周到期：3月8日（周日）' });
    expect(dueWords(open('2026-03-09'), now)).toEqual({ urgency: 'later', words: '2026年3月9日（周一）到期' });
    expect(dueWords(open('2027-01-20', true), now).words).toBe('2027年1月20日（周三）到期（节假日安排未公布，日期可能推后）');
  });

  it('counts the day in China, not on the server’s clock', () => {
    // 23:30 UTC on 3 March is already 4 March in China.
    expect(dueWords(open('2026-03-03'), new Date('2026-03-03T17:30:00Z')).urgency).toBe('overdue');
  });

  it('says the clock is stopped while waiting for completion, and when it was answered', () => {
    expect(dueWords({ ...open('2026-03-01'), status: 'awaiting-completion' }, now)).toEqual({ urgency: 'paused', words: '等待申请人补正，暂停计时' });
    expect(dueWords({ ...open('2026-03-01'), status: 'answered', answeredAt: '2026-02-27T08:00:00.000Z' }, now).words).toBe('已于 2026年2月27日 答复');
  });
});
