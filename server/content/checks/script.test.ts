import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../../build/i18n/traditional.ts';
import { checkContent } from './index.ts';
import { guide, guideFields } from './test-input.ts';

const mixed = async (input: Parameters<typeof checkContent>[0]) => (await checkContent(input)).warnings.filter((problem) => problem.code === 'mixed-script');

describe('simplified and traditional characters mixed (a warning)', () => {
  it('warns where traditional characters were pasted into simplified text, naming each with its simplified form', async () => {
    const result = await checkContent(guide('办理乘车证的条件如下。\n\n詳細資料請看這個網站。\n'));
    expect(result.errors).toEqual([]);
    const found = result.warnings.filter((problem) => problem.code === 'mixed-script');
    expect(found).toMatchObject([{ field: 'body', line: 3 }]);
    expect(found[0]!.message).toContain('詳（简体 详）');
    expect(found[0]!.message).toContain('網（简体 网）');
  });

  it('finds the mix across fields: a traditional title over a simplified body', async () => {
    expect(await mixed(guide('办理乘车证的条件如下。', { fields: { ...guideFields, title: '殘疾人乘車證' } }))).toMatchObject([{ field: 'title' }]);
  });

  it('names a list field’s item by its place', async () => {
    expect(await mixed(guide('正文。', { fields: { ...guideFields, bring: ['残疾人证', '身份證'] } }))).toMatchObject([{ field: 'bring', line: 2 }]);
  });

  it('does not take for traditional a character that simplified Chinese writes the same in some words', async () => {
    expect(await mixed(guide('他是著名的作家，著作很多。乾隆年间的若干文献，皇后的画像，瞭望台，于是开始办理。'))).toEqual([]);
  });

  it('accepts all-simplified text and all-traditional text (the build’s own conversion)', async () => {
    const simplified = '市残联长期公开乘车证的办理依据、标准和流程。乘车证怎样使用、是否需要年审，以市残联公布的规定为准。还没有残疾人证的，先看残疾人证新办。';
    expect(await mixed(guide(simplified))).toEqual([]);
    const traditional = toTraditional(simplified);
    expect(traditional).not.toBe(simplified);
    expect(await mixed(guide(traditional, { fields: Object.fromEntries(Object.entries(guideFields).map(([key, value]) => [key, typeof value === 'string' ? toTraditional(value) : Array.isArray(value) ? value.map(toTraditional) : value])) }))).toEqual([]);
  });
});
