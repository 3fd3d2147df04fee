import { documentKinds, type DocumentCounts, type DocumentKind } from './figures.ts';

/**
 * A catalogue document as part 二 counts it: its kind, when it was issued (a year, or a date) and, once repealed,
 * when. The build writes the catalogue's marked items to CATALOGUE_FACTS; items without a kind are not counted.
 */
export interface CatalogueDocument {
  slug: string;
  documentKind: DocumentKind;
  date: string;
  repealed?: string;
}

/** Written by the content plugin, read by the server: the one place part 二's numbers come from. */
export const CATALOGUE_FACTS = '/reports/catalogue.json';

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * Issued: dated in the year. Repealed: repealed in the year. In force: issued by the year's end and not repealed
 * by then. A document dated only by its year counts as issued in that year.
 */
export function proactiveCounts(documents: readonly CatalogueDocument[], year: number): Record<DocumentKind, DocumentCounts> {
  const counts = Object.fromEntries(documentKinds.map((kind) => [kind, { issued: 0, repealed: 0, inForce: 0 }])) as Record<
    DocumentKind,
    DocumentCounts
  >;
  for (const document of documents) {
    const row = counts[document.documentKind];
    if (!row) continue;
    const issued = yearOf(document.date);
    const repealed = document.repealed ? yearOf(document.repealed) : undefined;
    if (issued === year) row.issued++;
    if (repealed === year) row.repealed++;
    if (issued <= year && (repealed === undefined || repealed > year)) row.inForce++;
  }
  return counts;
}
