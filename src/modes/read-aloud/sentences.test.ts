import { describe, expect, it } from 'vitest';
import { sentences } from './sentences.ts';

describe('sentences', () => {
  it('splits Chinese text after each full stop, question or exclamation mark, keeping closing quotes', () => {
    expect(sentences('带上材料。到哪里办？“现场办理。”然后领证！')).toEqual(['带上材料。', '到哪里办？', '“现场办理。”', '然后领证！']);
  });

  it('splits English sentences but not numbers or addresses', () => {
    expect(sentences('Fees are 3.5 yuan. See www.gov.cn for more. Thanks')).toEqual([
      'Fees are 3.5 yuan.', 'See www.gov.cn for more.', 'Thanks',
    ]);
  });

  it('cuts a long sentence at a comma before the limit, and hard at the limit when it has none', () => {
    const long = `${'一'.repeat(30)}，${'二'.repeat(30)}，${'三'.repeat(30)}。`;
    expect(sentences(long, 70)).toEqual([`${'一'.repeat(30)}，${'二'.repeat(30)}，`, `${'三'.repeat(30)}。`]);
    expect(sentences('四'.repeat(150), 60).map((piece) => piece.length)).toEqual([60, 60, 30]);
  });

  it('drops empty pieces and trims spaces', () => {
    expect(sentences('  第一句。  \n 第二句。 ')).toEqual(['第一句。', '第二句。']);
  });
});
