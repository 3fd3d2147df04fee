import type { CatalogueDocument } from '../../build/site-files/catalogue-facts.ts';
import { documentKinds, type DocumentCounts, type DocumentKind } from '../../src/reports/figures.ts';
import type { Fields } from '../content/fields.ts';
import { listPublished, listWithdrawn } from '../content/public.ts';
import { findItem, findVersion } from '../content/store.ts';
import type { Queryable } from '../db/database.ts';

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

const isDocumentKind = (value: unknown): value is DocumentKind => (documentKinds as readonly unknown[]).includes(value);

/** A catalogue item's fields as part 二 counts them, or undefined when it has no document kind (not counted). */
function documentOf(slug: string, fields: Fields): CatalogueDocument | undefined {
  const { documentKind, date, repealed } = fields;
  if (!isDocumentKind(documentKind) || typeof date !== 'string') return undefined;
  return { slug, documentKind, date, ...(typeof repealed === 'string' && repealed !== '' ? { repealed } : {}) };
}

/**
 * Part 二's documents as they stand: the build's catalogue facts (build/site-files/catalogue-facts.ts) with the
 * catalogue items staff published, each replacing the build's fact of the same slug (an edited shipped item counts
 * as its live version says: a `repealed` date set there makes it repealed), each counted, like the build's, by its
 * `documentKind`, its `date` and its `repealed` date (`proactiveCounts`).
 *
 * A withdrawn item still counts, as its last published version says: withdrawing takes the page off the site, it does
 * not undo the document's issue nor repeal it (only `repealed` does), and part 二 counts documents issued, repealed
 * and in force, not pages on the site (国务院办公厅 2021 年度报告格式, src/reports/figures.ts).
 */
export async function catalogueWithPublished(db: Queryable, built: readonly CatalogueDocument[]): Promise<CatalogueDocument[]> {
  const published = new Map<string, Fields>();
  for (const item of await listPublished(db, 'disclosure')) published.set(item.slug, item.fields);
  for (const slug of await listWithdrawn(db, 'disclosure')) {
    const item = await findItem(db, 'disclosure', slug);
    const version = item?.liveVersion ? await findVersion(db, item.id, item.liveVersion) : undefined;
    if (version) published.set(slug, version.fields);
  }
  const documents = built.filter((document) => !published.has(document.slug));
  for (const [slug, fields] of published) {
    const document = documentOf(slug, fields);
    if (document) documents.push(document);
  }
  return documents;
}
