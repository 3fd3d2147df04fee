import { describe, expect, it } from 'vitest';
import { checkContent } from './index.ts';
import { guide } from './test-input.ts';

describe('no English version (a warning)', () => {
  it('warns when there is none, or when it has neither title nor body, and lets staff publish', async () => {
    for (const english of [undefined, { fields: { title: ' ' }, body: '\n' }]) {
      const result = await checkContent(guide('正文。', { english }));
      expect(result.errors).toEqual([]);
      expect(result.warnings.filter((problem) => problem.code === 'no-english')).toMatchObject([{ field: 'english', message: expect.stringContaining('还没有英文版') }]);
    }
  });

  it('says nothing when there is one', async () => {
    expect((await checkContent(guide('正文。'))).warnings.filter((problem) => problem.code === 'no-english')).toEqual([]);
  });
});
