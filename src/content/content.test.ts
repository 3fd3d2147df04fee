import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/content/load.ts';
import { publicPaths } from '../../build/content/public-paths.ts';

/** Checks of the real content files: the facts the seed gives, and the promises the pages make. */
const content = loadContent(fileURLToPath(new URL('.', import.meta.url)));
const everything = [...content.guides, ...content.disclosure, ...content.pages, ...content.reports];

describe('service guides', () => {
  it('cover every service the federation offers (a guide added by following the README keeps this true)', () => {
    expect(content.guides.map((guide) => guide.slug)).toEqual(expect.arrayContaining([
      'assistive-devices', 'bus-pass', 'certificate-cancellation', 'certificate-new', 'certificate-renewal',
      'culture-sports', 'education', 'employment-training', 'rehabilitation', 'rights-protection',
    ]));
  });

  it('each has numbered steps and a legal basis, in a stable order', () => {
    for (const guide of content.guides) {
      expect(guide.steps.length, guide.slug).toBeGreaterThanOrEqual(2);
      expect(guide.legalBasis.every((law) => law.startsWith('《')), guide.slug).toBe(true);
    }
    const orders = content.guides.map((guide) => guide.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});

describe('disclosure catalogue', () => {
  it('lists the documents the 2017 report names, by their titles', () => {
    const titles = content.disclosure.map((item) => item.title);
    for (const title of [
      '关于对用人单位按比例安排残疾人就业情况进行年审的通知',
      '关于做好2017年度牡丹江市残疾人事业统计工作的通知',
      '关于2017年牡丹江市残疾人就业保障金申报审核工作相关问题的通知',
      '关于举办全国残疾人权益保障法律知识网络竞赛的通知',
      '牡丹江市残疾人联合会2017年部门预算有关情况的说明',
    ]) expect(titles).toContain(title);
    expect(content.disclosure.filter((item) => item.category !== 'organisation' && item.category !== 'suggestions' && item.category !== 'services').length).toBeGreaterThanOrEqual(10);
  });

  it('has the reply to suggestion no. 87 and the organisation pages', () => {
    const slugs = content.disclosure.map((item) => item.slug);
    expect(slugs).toEqual(expect.arrayContaining([
      'suggestion-87-reply', 'organisation-nature', 'organisation-functions', 'organisation-structure', 'organisation-leadership',
    ]));
    const leadership = content.disclosure.find((item) => item.slug === 'organisation-leadership')!;
    expect(leadership.html).toContain('龙德军');
    expect(leadership.html).toContain('唐锦娟');
  });
});

describe('the 2017 annual report', () => {
  it('keeps the figures the seed gives', () => {
    const report = content.reports.find((item) => item.year === 2017)!;
    expect(report.figures).toEqual({
      normativeDocuments: 0, itemsPublished: 46, documentsPublished: 19, applicationsReceived: 0,
      reviews: 0, lawsuits: 0, feesCharged: 0, replyWorkingDays: 15,
    });
    expect(report.published).toBe('2018-03-12');
  });
});

describe('every content file', () => {
  it('invents no phone number', () => {
    for (const item of everything) {
      expect(JSON.stringify(item), item.slug).not.toMatch(/\d{3,4}-\d{7,8}|1[3-9]\d{9}|\d{7,}/);
    }
  });

  it('links only to pages that exist', () => {
    const paths = new Set(publicPaths(content));
    for (const item of everything) {
      for (const [, href] of item.html.matchAll(/href="([^"]+)"/g)) {
        if (/^(https?:|mailto:)/.test(href!)) continue;
        expect(paths.has(href!.replace(/#.*$/, '')), `${item.slug} links to ${href}`).toBe(true);
      }
    }
  });

  it('gives the pages the footer and navigation point at', () => {
    expect(content.pages.map((page) => page.slug)).toEqual(expect.arrayContaining(['accessibility', 'contacts', 'privacy', 'request']));
  });
});
