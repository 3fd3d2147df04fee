import { describe, expect, it } from 'vitest';
import { formatSavedAt } from './saved-at.ts';

describe('formatSavedAt', () => {
  it('says when a page was saved in China’s time, whatever the zone of the phone', () => {
    // 00:30 on 5 March in Beijing; the test's own zone (UTC on the machine that runs it) still says 4 March.
    const saved = new Date('2026-03-04T16:30:00.000Z');
    expect(formatSavedAt(saved, 'zh-Hans')).toContain('2026年3月5日');
    expect(formatSavedAt(saved, 'en')).toContain('March 5, 2026');
  });
});
