import { describe, expect, it } from 'vitest';
import { checkContent } from './index.ts';
import { guide } from './test-input.ts';

const errors = async (body: string) => (await checkContent(guide(body))).errors.filter((problem) => problem.code === 'table-headers');

describe('tables without header cells (WCAG 1.3.1)', () => {
  it('refuses a GFM table whose header row is empty, quoting its first row', async () => {
    const [problem, ...rest] = await errors('各县区人数：\n\n| | |\n|---|---|\n| 东安区 | 120 |\n| 西安区 | 98 |\n');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'body', line: 3, excerpt: '东安区 | 120' });
    expect(problem!.message).toContain('第一行写上每一列的名称');
  });

  it('refuses a raw <table> without <th>, even with a <thead>', async () => {
    const found = await errors('<table><thead><tr><td>县区</td><td>人数</td></tr></thead><tr><td>东安区</td><td>120</td></tr></table>\n');
    expect(found).toMatchObject([{ line: 1 }]);
    expect(found[0]!.message).toContain('<th>');
  });

  it('accepts tables with header cells, a table shown as code, and a header row with an empty corner', async () => {
    expect(await errors([
      '| 县区 | 人数 |', '|---|---|', '| 东安区 | 120 |', '',
      '|  | 2017年 |', '|---|---|', '| 东安区 | 120 |', '',
      '<table><tr><th scope="col">县区</th><th scope="col">人数</th></tr><tr><td>东安区</td><td>120</td></tr></table>', '',
      '```', '<table><tr><td>示例</td></tr></table>', '```',
    ].join('\n'))).toEqual([]);
  });
});
