import { describe, expect, it } from 'vitest';
import { isOutcome, outcomeGroup, outcomes } from './outcomes.ts';

describe('request outcomes', () => {
  it('has one code per row of the report table', () => {
    // 予以公开, 部分公开, 8 不予公开, 3 无法提供, 5 不予处理, 3 其他处理.
    expect(outcomes).toHaveLength(21);
    expect(new Set(outcomes).size).toBe(outcomes.length);
  });

  it('accepts a group without reasons alone, and a group with reasons only with one', () => {
    expect(isOutcome('disclosed')).toBe(true);
    expect(isOutcome('withheld/third-party')).toBe(true);
    expect(isOutcome('withheld')).toBe(false);
    expect(isOutcome('disclosed/other')).toBe(false);
    expect(outcomeGroup('unavailable/not-held')).toBe('unavailable');
  });
});
