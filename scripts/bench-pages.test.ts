import { describe, expect, it } from 'vitest';
import { benchPages, isPageOver, type PageWeight } from './bench-pages.ts';

describe('the page-weight bench', () => {
  it('measures every page type in every language, each at its own address', () => {
    const types = [...new Set(benchPages.map((page) => page.type))];
    for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      expect(benchPages.filter((page) => page.locale === locale).map((page) => page.type)).toEqual(types);
    }
    const at = (type: string) => benchPages.filter((page) => page.type === type).map((page) => page.path);
    expect(at('annual report')).toEqual(['/reports/2017/', '/zh-Hant/reports/2017/', '/en/reports/2017/']);
    expect(at('search')).toEqual(['/search/?q=%E4%B9%98%E8%BD%A6', '/zh-Hant/search/?q=%E4%B9%98%E8%BB%8A', '/en/search/?q=bus']);
    expect(at('home')).toEqual(['/', '/zh-Hant/', '/en/']);
  });

  it('fails a page over budget in any language: 20 KB of JavaScript for content, 35 KB for the form', () => {
    const row = (path: string, javascript: number): PageWeight => ({ type: 't', locale: 'zh-Hant', path, htmlAndCss: 10_000, javascript, files: 5 });
    expect(isPageOver(row('/zh-Hant/reports/2017/', 20 * 1024))).toBe(false);
    expect(isPageOver(row('/zh-Hant/reports/2017/', 20 * 1024 + 1))).toBe(true);
    expect(isPageOver(row('/zh-Hant/request/applicant/', 30 * 1024))).toBe(false);
    expect(isPageOver(row('/en/request/applicant/', 35 * 1024 + 1))).toBe(true);
    // The mailbox's form is a form too; its published answers are content.
    expect(isPageOver(row('/zh-Hant/ask/', 30 * 1024))).toBe(false);
    expect(isPageOver(row('/en/ask/?page=%2Fguides%2Fbus-pass%2F', 30 * 1024))).toBe(false);
    expect(isPageOver(row('/zh-Hant/ask/answers/', 20 * 1024 + 1))).toBe(true);
    expect(isPageOver({ ...row('/en/', 1000), htmlAndCss: 14 * 1024 + 1 })).toBe(true);
  });
});
