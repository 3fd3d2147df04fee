import { describe, expect, it } from 'vitest';
import { checkContent } from './index.ts';
import { guide } from './test-input.ts';

const errors = async (body: string) => (await checkContent(guide(body))).errors.filter((problem) => problem.code === 'heading-skip');

describe('heading levels that skip (WCAG 1.3.1)', () => {
  it('refuses a first heading that is not h2: the page’s h1 is the title', async () => {
    const [problem] = await errors('## 办理条件\n\n正文。\n');
    expect(problem).toBeUndefined();
    expect(await errors('# 办理条件\n\n正文。\n')).toMatchObject([{ field: 'body', line: 1, excerpt: '# 办理条件' }]);
    const [third] = await errors('### 办理条件\n\n正文。\n');
    expect(third).toMatchObject({ line: 1, excerpt: '### 办理条件' });
    expect(third!.message).toContain('请改成 ##');
  });

  it('refuses a heading more than one level below the one before it, Markdown or HTML, underlined or not', async () => {
    const found = await errors(['## 办理条件', '', '#### 年龄', '', '办理材料', '--------', '', '<h5>复印件</h5>', ''].join('\n'));
    expect(found.map((problem) => [problem.line, problem.excerpt])).toEqual([[3, '#### 年龄'], [8, '##### 复印件']]);
    expect(found[0]!.message).toContain('请改成 ###（三级）');
  });

  it('accepts headings that go down one level at a time and back up to any level', async () => {
    expect(await errors(['## 一', '### 一（一）', '#### 1', '## 二', '<h3>二（一）</h3>', '', '```', '# 代码里的井号不是标题', '```'].join('\n'))).toEqual([]);
  });
});
