import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './locale.ts';

describe('locale from Accept-Language', () => {
  it.each([
    [undefined, 'zh-Hans'],
    ['', 'zh-Hans'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK,en;q=0.5', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,en;q=0.7,zh;q=0.5', 'en'],
    ['en;q=0.4,zh-TW;q=0.8', 'zh-Hant'],
    ['fr, de', 'zh-Hans'],
    ['en;q=0', 'zh-Hans'],
  ] as const)('%j → %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});
