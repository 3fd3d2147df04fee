import { describe, expect, it } from 'vitest';
import type { DisclosureSummary } from '../content/schema.ts';
import { withPublishedReports } from './published-reports.ts';

const item = (href: string, date: string): DisclosureSummary => ({ slug: href, title: href, summary: '', category: 'reports', date, href });

describe('the catalogue with reports published after the build', () => {
  it('adds them in date order, and never lists a report twice', () => {
    const built = [item('/disclosure/new/', '2026-01-05'), item('/reports/2017/', '2018-03-12')];
    const published = [item('/reports/2025/', '2026-02-10'), item('/reports/2017/', '2026-02-10')];
    expect(withPublishedReports(built, published).map((entry) => entry.href)).toEqual(['/reports/2025/', '/disclosure/new/', '/reports/2017/']);
    expect(withPublishedReports(built, [])).toBe(built);
  });
});
