import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import { formatReference, isReferencePrefix, looksLikeReference } from './reference.ts';

describe('reference numbers', () => {
  it('recognises every reference it makes, with the configured prefix and with a 16-letter one', () => {
    for (const prefix of [site.disclosure.referencePrefix, 'A', 'ABCDEFGHIJKLMNOP']) {
      for (const number of [1, 123, 999_999, 1_000_000]) {
        const reference = formatReference(prefix, 2026, number);
        expect(looksLikeReference(reference), reference).toBe(true);
      }
    }
    expect(formatReference('MDJCL', 2026, 123)).toBe('MDJCL-2026-000123');
  });

  it('refuses to make a reference it would not recognise, so a bad prefix fails before anything is stored', () => {
    expect(isReferencePrefix(site.disclosure.referencePrefix)).toBe(true);
    for (const prefix of ['', 'mdjcl', 'ABCDEFGHIJKLMNOPQ', 'MDJ-CL', '牡丹江']) {
      expect(isReferencePrefix(prefix), prefix).toBe(false);
      expect(() => formatReference(prefix, 2026, 1)).toThrow(RangeError);
    }
    expect(() => formatReference('MDJCL', 26, 1)).toThrow(RangeError);
    expect(() => formatReference('MDJCL', 2026, 0)).toThrow(RangeError);
  });

  it('does not take text of another shape for a reference', () => {
    for (const text of ['', 'MDJCL-2026-12345', 'mdjcl-2026-000123', 'MDJCL-26-000123', 'MDJCL-2026-000123 ', 'ABCDEFGHIJKLMNOPQ-2026-000001', '../etc/passwd']) {
      expect(looksLikeReference(text), text).toBe(false);
    }
  });
});
