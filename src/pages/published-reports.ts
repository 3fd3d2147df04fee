import { useEffect, useState } from 'preact/hooks';
import type { DisclosureSummary } from '../content/schema.ts';
import { reportsApiHref } from '../addresses/addresses.ts';

/**
 * Annual reports published from the staff console after the build, for the catalogue to list with the others.
 * Asked for once the page is on screen; offline, or if the server cannot say, the catalogue lists what the
 * build knows, and nothing else changes.
 */
export function usePublishedReports(): DisclosureSummary[] {
  const [reports, setReports] = useState<DisclosureSummary[]>([]);
  useEffect(() => {
    fetch(reportsApiHref)
      .then((response) => (response.ok ? response.json() : []))
      .then((list: DisclosureSummary[]) => setReports(Array.isArray(list) ? list : []))
      .catch(() => {});
  }, []);
  return reports;
}

/**
 * A catalogue entry. A published report exists in simplified Chinese only, at its one address: `chineseOnly` keeps
 * the link there from the other languages' catalogues (a full page load, as any link to another language).
 */
export type CatalogueEntry = DisclosureSummary & { chineseOnly?: true };

/** The build's items with the published reports it does not have, newest first as the catalogue lists them. */
export function withPublishedReports(items: DisclosureSummary[], reports: DisclosureSummary[]): CatalogueEntry[] {
  const known = new Set(items.map((item) => item.href));
  const added = reports
    .filter((report) => !known.has(report.href))
    .map((report): CatalogueEntry => ({ ...report, lang: 'zh-Hans', chineseOnly: true }));
  return added.length ? [...added, ...items].sort((a, b) => b.date.localeCompare(a.date)) : items;
}
