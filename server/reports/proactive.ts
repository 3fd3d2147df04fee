import type { CatalogueDocument } from '../../build/site-files/catalogue-facts.ts';
import { documentKinds, type DocumentCounts, type DocumentKind } from '../../src/reports/figures.ts';

export type { CatalogueDocument };

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
