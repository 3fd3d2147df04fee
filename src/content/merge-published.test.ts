import { describe, expect, it } from 'vitest';
import { isEmptyOverlay, mergeDisclosure, mergeGuides, mergeHome } from './merge-published.ts';
import type { PublishedOverlay } from './published.ts';
import type { DisclosureSummary, GuideSummary } from './schema.ts';

const item = (slug: string, date: string, title = slug): DisclosureSummary => ({ slug, title, summary: '', category: 'policy', date, lang: 'zh-Hans', href: `/disclosure/${slug}/` });
const guide = (slug: string, order: number, title = slug): GuideSummary => ({ slug, title, summary: '', order, lang: 'zh-Hans' });
const overlay = (parts: Partial<PublishedOverlay> & { withdrawnDisclosure?: string[]; withdrawnGuides?: string[] }): PublishedOverlay => ({
  disclosure: parts.disclosure ?? [],
  guides: parts.guides ?? [],
  withdrawn: { disclosure: parts.withdrawnDisclosure ?? [], guides: parts.withdrawnGuides ?? [] },
});

const built = [item('c', '2026-02-01'), item('b', '2025-06-01'), item('a', '2024-01-01')];
const report: DisclosureSummary = { ...item('2017', '2018-03-01'), category: 'reports', href: '/reports/2017/' };

describe('merging what staff published into the build’s lists', () => {
  it('leaves the build’s lists as they are when nothing was published', () => {
    const empty = overlay({});
    expect(isEmptyOverlay(empty)).toBe(true);
    expect(mergeDisclosure(built, empty)).toBe(built);
    expect(mergeGuides([guide('x', 1)], empty)).toEqual([guide('x', 1)]);
  });

  it('adds a new notice in date order, replaces a changed one by its address, and drops a withdrawn one', () => {
    const merged = mergeDisclosure([...built, report], overlay({ disclosure: [item('new', '2025-07-01'), item('c', '2023-05-05', 'c changed')], withdrawnDisclosure: ['a'] }));
    expect(merged.map((entry) => entry.title)).toEqual(['new', 'b', 'c changed', '2017']);
    expect(isEmptyOverlay(overlay({ withdrawnDisclosure: ['a'] }))).toBe(false);
  });

  it('orders entries of the same date by title, as the build does', () => {
    expect(mergeDisclosure([item('b', '2026-01-01', '乙')], overlay({ disclosure: [item('a', '2026-01-01', '甲')] })).map((entry) => entry.title)).toEqual(['甲', '乙']);
  });

  it('puts guides in their order, replacing a changed guide by its slug and dropping a withdrawn one', () => {
    const guides = [guide('one', 1), guide('two', 2), guide('three', 3)];
    const merged = mergeGuides(guides, overlay({ guides: [guide('three', 0, 'three first'), guide('new', 2)], withdrawnGuides: ['one'] }));
    expect(merged.map((entry) => entry.title)).toEqual(['three first', 'new', 'two']);
  });

  it('keeps the home page to the build’s four newest notices and four first guides', () => {
    const home = { guides: [guide('g1', 1), guide('g2', 2), guide('g3', 3), guide('g4', 4)], latest: [item('d4', '2026-04-01'), item('d3', '2026-03-01'), item('d2', '2026-02-01'), item('d1', '2026-01-01')] };
    const merged = mergeHome(home, overlay({ disclosure: [item('new', '2026-05-01')], guides: [guide('g0', 0)] }));
    expect(merged.latest.map((entry) => entry.slug)).toEqual(['new', 'd4', 'd3', 'd2']);
    expect(merged.guides.map((entry) => entry.slug)).toEqual(['g0', 'g1', 'g2', 'g3']);
    // An old notice does not push a newer one off the home page.
    expect(mergeHome(home, overlay({ disclosure: [item('old', '2020-01-01')] })).latest.map((entry) => entry.slug)).toEqual(['d4', 'd3', 'd2', 'd1']);
  });
});
