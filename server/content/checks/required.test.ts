import { describe, expect, it } from 'vitest';
import { checkContent } from './index.ts';
import { disclosure, guide, guideFields } from './test-input.ts';

const required = async (input: Parameters<typeof checkContent>[0]) => (await checkContent(input)).errors.filter((problem) => problem.code === 'required');

describe('required fields left empty (src/content/schema.ts)', () => {
  it('refuses a guide whose required fields are missing, blank or empty lists, one problem per field', async () => {
    const { steps: _steps, ...withoutSteps } = guideFields;
    const found = await required(guide('正文。', { fields: { ...withoutSteps, title: '  ', eligibility: [], order: '' } }));
    expect(found.map((problem) => problem.field).sort()).toEqual(['eligibility', 'order', 'steps', 'title']);
    expect(found.find((problem) => problem.field === 'title')!.message).toBe('“标题”没有填写。发布前请填写。');
    expect(found.find((problem) => problem.field === 'eligibility')!.message).toContain('“谁可以申请”');
  });

  it('names an empty item of a list by its place', async () => {
    const found = await required(guide('正文。', { fields: { ...guideFields, bring: ['残疾人证', ''] } }));
    expect(found).toMatchObject([{ field: 'bring', line: 2 }]);
    expect(found[0]!.message).toContain('“需要带什么”的第 2 项是空的');
  });

  it('refuses a catalogue item without issuer, date or category, and an attachment link without its title', async () => {
    const item = disclosure('正文。');
    item.fields = { ...item.fields, issuer: '', date: '', category: '', attachments: [{ title: '', href: '/files/a.pdf' }] };
    const found = await required(item);
    expect(found.map((problem) => problem.field).sort()).toEqual(['attachments', 'category', 'date', 'issuer']);
    expect(found.find((problem) => problem.field === 'attachments')).toMatchObject({ line: 1, message: expect.stringContaining('第 1 个“附件”的标题没有填写') });
  });

  it('accepts complete fields, optional ones left empty, and leaves a value in the wrong form to the draft’s own check', async () => {
    expect(await required(guide('正文。', { fields: { ...guideFields, keywords: [], order: '2' } }))).toEqual([]);
    const item = disclosure('正文。');
    item.fields = { ...item.fields, documentNumber: '', repealed: '', documentKind: '' };
    expect(await required(item)).toEqual([]);
  });

  it('refuses an English version that gives a field empty, and takes what it leaves out from the Chinese', async () => {
    const input = guide('正文。');
    input.english = { fields: { title: '', summary: 'How to get a bus pass.' }, body: 'Ask the city federation.' };
    expect(await required(input)).toMatchObject([{ field: 'english.title' }]);
  });
});
