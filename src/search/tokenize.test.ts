import { describe, expect, it } from 'vitest';
import { bigrams, normalise, tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('cuts a Chinese query into words though it has no spaces', () => {
    expect(tokenize('残疾人证办理')).toEqual(['残疾', '人', '证', '办理']);
  });

  it('keeps a two-character word whole', () => {
    expect(tokenize('乘车')).toEqual(['乘车']);
  });

  it('drops punctuation and repeated words, and folds full-width letters and case', () => {
    expect(tokenize('ＩＤ，id？')).toEqual(['id']);
    expect(tokenize('乘车 乘车！')).toEqual(['乘车']);
  });

  it('gives nothing for a query of spaces and punctuation', () => {
    expect(tokenize(' ，。 ')).toEqual([]);
  });

  it('falls back to overlapping character pairs where the browser has no Intl.Segmenter', () => {
    const segmenter = Object.getOwnPropertyDescriptor(Intl, 'Segmenter')!;
    Reflect.deleteProperty(Intl, 'Segmenter');
    try {
      expect(tokenize('残疾人证 bus')).toEqual(['残疾', '疾人', '人证', 'bus']);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', segmenter);
    }
  });
});

describe('bigrams', () => {
  it('pairs each character with the next, and leaves a single character alone', () => {
    expect(bigrams('乘车证')).toEqual(['乘车', '车证']);
    expect(bigrams('证')).toEqual(['证']);
  });
});

describe('normalise', () => {
  it('turns punctuation runs into one space', () => {
    expect(normalise('《残疾人保障法》第二条')).toBe('残疾人保障法 第二条');
  });
});
