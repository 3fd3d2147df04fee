import { describe, expect, it } from 'vitest';
import { localeOf, localePath, withoutLocale } from './locales.ts';

describe('locale addresses', () => {
  it('reads the language from the first segment only', () => {
    expect(localeOf('/')).toBe('zh-Hans');
    expect(localeOf('/guides/bus-pass/')).toBe('zh-Hans');
    expect(localeOf('/zh-Hant/guides/')).toBe('zh-Hant');
    expect(localeOf('/en')).toBe('en');
    expect(localeOf('/enrol/')).toBe('zh-Hans');
    expect(localeOf('/guides/en/')).toBe('zh-Hans');
  });

  it('moves a page between languages and keeps the rest of its address', () => {
    expect(localePath('/guides/bus-pass/', 'en')).toBe('/en/guides/bus-pass/');
    expect(localePath('/en/guides/bus-pass/', 'zh-Hant')).toBe('/zh-Hant/guides/bus-pass/');
    expect(localePath('/zh-Hant/', 'zh-Hans')).toBe('/');
    expect(localePath('/en', 'zh-Hans')).toBe('/');
    expect(localePath('/', 'en')).toBe('/en/');
    expect(withoutLocale('/en/requests/abc/')).toBe('/requests/abc/');
  });
});
