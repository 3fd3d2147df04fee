import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, pushHistory, summarize, toBody, withoutIdNumber } from './records.ts';
import type { DraftInput } from './types.ts';

describe('toBody', () => {
  it('keeps the known fields as typed and leaves out blanks and anything else', () => {
    const input = { name: ' 张三 ', address: '', description: 'x', step: 'check' } as DraftInput & { step: string };
    expect(toBody(input)).toEqual({ name: ' 张三 ', description: 'x' });
  });
});

describe('summarize', () => {
  it('keeps the first 60 characters without cutting one in half', () => {
    const description = '𠀀'.repeat(70); // characters outside the BMP: two UTF-16 units each
    const summary = summarize({ description }, 5);
    expect(Array.from(summary.description)).toHaveLength(60);
    expect(summary.description).toBe('𠀀'.repeat(60));
    expect(summary).toMatchObject({ truncated: true, date: 5 });
    expect(summarize({ description: '短' }, 1)).toEqual({ description: '短', truncated: false, date: 1 });
    expect(summarize({}, 1).description).toBe('');
  });
});

describe('withoutIdNumber', () => {
  it('drops the ID number and nothing else', () => {
    expect(withoutIdNumber({ idNumber: '1', name: 'a', idType: 'passport' })).toEqual({ name: 'a', idType: 'passport' });
  });
});

describe('pushHistory', () => {
  it('appends, and past the limit keeps the first entry and the latest ones', () => {
    let history = pushHistory([], 0, 'queued');
    for (let i = 1; i <= 200; i++) history = pushHistory(history, i, i % 2 ? 'sending' : 'queued');
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]).toEqual({ at: 0, status: 'queued' });
    expect(history.at(-1)).toEqual({ at: 200, status: 'queued' });
    expect(pushHistory([], 1, 'rejected', 'why')).toEqual([{ at: 1, status: 'rejected', note: 'why' }]);
  });
});
