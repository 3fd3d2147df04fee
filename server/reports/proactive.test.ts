import { describe, expect, it } from 'vitest';
import { proactiveCounts } from './proactive.ts';

describe('part 二 of the annual report', () => {
  it('counts documents issued, repealed and in force at the year’s end, by kind', () => {
    const documents = [
      { slug: 'a', documentKind: 'normative' as const, date: '2025' },
      { slug: 'b', documentKind: 'normative' as const, date: '2024-03-01', repealed: '2025-12-31' },
      { slug: 'c', documentKind: 'normative' as const, date: '2024-03-01', repealed: '2026-01-01' },
      { slug: 'd', documentKind: 'rule' as const, date: '2025-12-31' },
      { slug: 'e', documentKind: 'rule' as const, date: '2026-01-01' },
    ];
    expect(proactiveCounts(documents, 2025)).toEqual({
      rule: { issued: 1, repealed: 0, inForce: 1 },
      normative: { issued: 1, repealed: 1, inForce: 2 },
    });
    expect(proactiveCounts(documents, 2023)).toEqual({ rule: { issued: 0, repealed: 0, inForce: 0 }, normative: { issued: 0, repealed: 0, inForce: 0 } });
  });

});
