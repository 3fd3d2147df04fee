import { describe, expect, it } from 'vitest';
import { contentChecks } from '../../../src/config/site.ts';
import { checkContent } from './index.ts';
import { guide } from './test-input.ts';

const warnings = async (input: Parameters<typeof checkContent>[0], code: string) => (await checkContent(input)).warnings.filter((problem) => problem.code === code);
const han = (n: number) => '残'.repeat(n);
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('very long sentences and paragraphs (a warning: staff may publish)', () => {
  const { chineseSentenceCharacters: zhLimit, englishSentenceWords: enLimit, paragraphSentences } = contentChecks;

  it('warns on a Chinese sentence over the limit, with its length, and does not refuse the publish', async () => {
    const result = await checkContent(guide(`第一句很短。\n${han(zhLimit - 9)}，2017年PDF文件${han(5)}。\n`));
    expect(result.errors).toEqual([]);
    const [problem, ...rest] = result.warnings.filter((warning) => warning.code === 'long-sentence');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'body', line: 2 });
    expect(problem!.message).toContain(`这句话有 ${zhLimit + 1} 个字（建议不超过 ${zhLimit} 个字）`);
  });

  it('accepts a Chinese sentence at the limit, and long text split by 。！？ into sentences', async () => {
    expect(await warnings(guide(`${han(zhLimit - 1)}。${han(zhLimit - 1)}！${han(zhLimit - 1)}？\n`), 'long-sentence')).toEqual([]);
    expect(await warnings(guide(`${han(zhLimit)}。\n`), 'long-sentence')).toEqual([]);
  });

  it('counts an English sentence in words against GOV.UK’s limit, in the English body and fields', async () => {
    const input = guide('正文。');
    input.english = { ...input.english!, fields: { ...input.english!.fields, summary: `${words(enLimit + 1)}.` }, body: `Short one. ${words(enLimit)}.\n\n${words(enLimit + 2)}.\n` };
    const found = await warnings(input, 'long-sentence');
    expect(found.map((problem) => [problem.field, problem.line])).toEqual([['english.summary', undefined], ['english.body', 3]]);
    expect(found[1]!.message).toContain(`${enLimit + 2} 个词`);
  });

  it('warns on a paragraph, or a list item, of more sentences than the limit, and not on a list of as many short items', async () => {
    const sentences = Array.from({ length: paragraphSentences + 1 }, (_, index) => `第${index + 1}句。`);
    const found = await warnings(guide(`${sentences.join('')}\n\n${sentences.map((sentence) => `- ${sentence}`).join('\n')}\n\n- 一项：${sentences.join('')}\n`), 'long-paragraph');
    expect(found.map((problem) => [problem.field, problem.line])).toEqual([['body', 1], ['body', 4 + sentences.length]]);
    expect(found[0]!.message).toContain(`这一段有 ${paragraphSentences + 1} 句话`);
    expect(await warnings(guide(sentences.slice(1).join('')), 'long-paragraph')).toEqual([]);
  });

  it('checks a guide’s steps item by item', async () => {
    const input = guide('正文。');
    input.fields = { ...input.fields, steps: ['带上材料。', `${han(zhLimit + 1)}。`] };
    expect(await warnings(input, 'long-sentence')).toMatchObject([{ field: 'steps', line: 2 }]);
  });
});
