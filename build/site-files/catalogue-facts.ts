import { catalogueFactsHref } from '../../src/addresses/addresses.ts';
import type { DocumentKind } from '../../src/reports/figures.ts';

/**
 * A catalogue document as the annual report's part 二 counts it: its kind, when it was issued (a year, or a date)
 * and, once repealed, when. The build writes the catalogue's marked items to CATALOGUE_FACTS; the server reads them
 * (server/reports/proactive.ts). Items without a kind are not counted.
 */
export interface CatalogueDocument {
  slug: string;
  documentKind: DocumentKind;
  date: string;
  repealed?: string;
}

/** Written by the build, read by the server: the one place part 二's numbers come from. */
export const CATALOGUE_FACTS = catalogueFactsHref;
