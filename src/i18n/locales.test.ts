import { describe, expect, it } from 'vitest';
import { localeOf, localePath, localeScope, withoutLocale } from './locales.ts';

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

describe('which links the app follows without a page load', () => {
  it('follows links in the page language and leaves the others to the browser', () => {
    const simplified = localeScope('zh-Hans');
    expect(simplified.test('/guides/bus-pass/')).toBe(true);
    expect(simplified.test('/')).toBe(true);
    expect(simplified.test('/enrol/')).toBe(true);
    expect(simplified.test('/en/guides/')).toBe(false);
    expect(simplified.test('/zh-Hant/')).toBe(false);
    const english = localeScope('en');
    expect(english.test('/en/')).toBe(true);
    expect(english.test('/en/search/?q=bus')).toBe(true);
    expect(english.test('/guides/')).toBe(false);
    expect(english.test('/enrol/')).toBe(false);
    expect(localeScope('zh-Hant').test('/zh-Hant/guides/')).toBe(true);
    expect(localeScope('zh-Hant').test('/en/guides/')).toBe(false);
  });
});
