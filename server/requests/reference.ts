/**
 * Reference numbers, the one pattern for every place that reads or writes them: `<prefix>-<year>-<number>`, such
 * as MDJCL-2026-000123. The prefix is configurable (`site.disclosure.referencePrefix`): 1 to 16 capital letters.
 * The number counts per year from 1, at least six digits; it grows a digit past 999,999 and stays within the
 * database's integer (10 digits).
 */
const PREFIX = /^[A-Z]{1,16}$/;
const REFERENCE = /^[A-Z]{1,16}-\d{4}-\d{6,10}$/;

/** True for a prefix `formatReference` takes: 1 to 16 capital letters A–Z. */
export function isReferencePrefix(prefix: string): boolean {
  return PREFIX.test(prefix);
}

/**
 * The number a person quotes when they ask about their request: `formatReference('MDJCL', 2026, 123)` is
 * MDJCL-2026-000123. Throws a RangeError for a prefix `isReferencePrefix` refuses, a year not of four digits or a
 * number that is not a positive integer: `looksLikeReference` would then refuse the reference it made.
 */
export function formatReference(prefix: string, year: number, number: number): string {
  if (!isReferencePrefix(prefix)) throw new RangeError(`A reference prefix is 1 to 16 capital letters A–Z, not ${JSON.stringify(prefix)}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`A reference year has four digits, not ${year}`);
  if (!Number.isInteger(number) || number < 1 || number > 9_999_999_999) throw new RangeError(`A reference number is a positive integer, not ${number}`);
  return `${prefix}-${year}-${String(number).padStart(6, '0')}`;
}

/**
 * True for text shaped like a reference `formatReference` makes, with any allowed prefix (a reference keeps its
 * prefix when the configuration changes later). References are looked up as given: anything else is not worth a
 * database query, and the citizen's status and the staff console answer it alike (404).
 */
export function looksLikeReference(text: string): boolean {
  return REFERENCE.test(text);
}
