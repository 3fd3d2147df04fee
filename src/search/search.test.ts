import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/content/load.ts';
import { loadAllContent } from '../../build/content/source.ts';
import { type Locale, locales } from '../i18n/locales.ts';
import { buildSearchIndex, plainText } from '../../build/site-files/search-index.ts';
import { search } from './search.ts';

const index = buildSearchIndex(loadContent(fileURLToPath(new URL('../content', import.meta.url))), 'zh-Hans');
const hrefs = (query: string) => search(index, query).map((entry) => entry.href);

describe('search over the real content', () => {
  it('finds the certificate guide first for 残疾人证', () => {
    expect(hrefs('残疾人证')[0]).toBe('/guides/certificate-new/');
    expect(hrefs('残疾人证')).toContain('/guides/certificate-renewal/');
  });

  it('finds the bus-pass guide first for 乘车', () => {
    expect(hrefs('乘车')[0]).toBe('/guides/bus-pass/');
  });

  it('answers a question typed in full, not only single words', () => {
    expect(hrefs('怎么办残疾人证').slice(0, 3)).toContain('/guides/certificate-new/');
  });

  it('finds disclosure items and the annual report too', () => {
    expect(hrefs('第87号建议')[0]).toBe('/disclosure/suggestion-87-reply/');
    expect(hrefs('年度报告')).toContain('/reports/2017/');
  });

  it('finds nothing for words the site does not use', () => {
    expect(hrefs('火箭发射')).toEqual([]);
    expect(hrefs('   ')).toEqual([]);
  });
});

describe('plainText', () => {
  it('keeps the words of the HTML and drops its tags', () => {
    expect(plainText('<p>先看<a href="/contacts/">联系我们</a>&amp;再去</p>\n<ol><li>一</li></ol>')).toBe('先看 联系我们 &再去 一');
  });
});

describe('search in either script and either width, in every language', () => {
  const all = loadAllContent(fileURLToPath(new URL('../content', import.meta.url))).byLocale;
  const indexes = Object.fromEntries(locales.map((locale) => [locale, buildSearchIndex(all[locale], locale)]));
  const found = (locale: Locale, query: string) => search(indexes[locale]!, query).map((entry) => entry.href);

  it.each(locales)('%s: 残疾人证 and 殘疾人證 find the same guides', (locale) => {
    expect(found(locale, '残疾人证')).toContain('/guides/certificate-new/');
    expect(found(locale, '殘疾人證')).toEqual(found(locale, '残疾人证'));
  });

  it.each(locales)('%s: a traditional variant the content never uses (裏) folds too', (locale) => {
    expect(found(locale, '家裏')).toEqual(found(locale, '家里'));
  });

  it.each(locales)('%s: full-width letters, digits and spaces find what half-width ones find', (locale) => {
    expect(found(locale, 'ＷＣＡＧ')).toEqual(found(locale, 'WCAG'));
    expect(found(locale, 'WCAG')).toContain('/accessibility/');
    expect(found(locale, '２０１７')).toEqual(found(locale, '2017'));
    expect(found(locale, '2017')).toContain('/reports/2017/');
    expect(found(locale, '残疾人证　乘车')).toEqual(found(locale, '残疾人证 乘车'));
  });

  it('the fold table holds only characters whose simplified form differs, and no phrases', () => {
    const fold = indexes['zh-Hant']!.fold!;
    expect(fold['證']).toBe('证');
    expect(fold['残']).toBeUndefined();
    expect(Object.keys(fold).every((character) => [...character].length === 1)).toBe(true);
  });
});
