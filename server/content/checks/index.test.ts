import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { checkContent } from './index.ts';
import type { CheckInput } from './problem.ts';
import { disclosure, guide } from './test-input.ts';

const contentDir = fileURLToPath(new URL('../../../src/content/', import.meta.url));
/** A content file's front matter as staff would type it (dates as the text written), and its Markdown body. */
const read = (path: string) => {
  const { data, content } = matter(readFileSync(path, 'utf8'));
  return { fields: JSON.parse(JSON.stringify(data)) as Record<string, unknown>, body: content };
};

describe('checkContent', () => {
  it('passes a complete guide and catalogue item with no error and no warning', async () => {
    expect(await checkContent(guide('## 办理条件\n\n持有本市残疾人证。详见[残疾人证新办](/guides/certificate-new/)。\n'))).toEqual({ errors: [], warnings: [] });
    expect(await checkContent(disclosure('通知全文见[年审通知](/disclosure/quota-employment-annual-review-2017/)。\n'))).toEqual({ errors: [], warnings: [] });
  });

  it('gives every problem with the field to link to, in the form’s order, errors apart from warnings', async () => {
    const input = guide('# 标题\n\n[点击这里](/request/)\n\n![](/a.png)\n', { fields: { ...guide('').fields, summary: '' } });
    const { errors, warnings } = await checkContent(input);
    expect(errors.map((problem) => [problem.code, problem.field, problem.line])).toEqual([
      ['required', 'summary', undefined],
      ['heading-skip', 'body', 1],
      ['vague-link', 'body', 3],
      ['image-alt', 'body', 5],
    ]);
    expect(warnings).toEqual([]);
    for (const problem of errors) expect(problem.message).toMatch(/\p{Script=Han}/u);
  });

  it('refuses none of the items shipped as content files, which staff may edit and publish the same way', async () => {
    const checked: string[] = [];
    for (const collection of ['disclosure', 'guides'] as const) {
      for (const file of readdirSync(`${contentDir}${collection}`).filter((name) => name.endsWith('.md'))) {
        const english = `${contentDir}en/${collection}/${file}`;
        const input: CheckInput = { collection, ...read(`${contentDir}${collection}/${file}`), english: existsSync(english) ? read(english) : undefined, attachments: [] };
        const { errors, warnings } = await checkContent(input);
        expect(errors, file).toEqual([]);
        expect(warnings.filter((warning) => warning.code === 'mixed-script'), file).toEqual([]);
        checked.push(file);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(26);
  });
});
