import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { requestRowKeys, type AppealCounts, type RequestCounts, type RequestRowKey } from '../../src/reports/figures.ts';
import { computeFigures } from './statistics.ts';
import { insertTwoYears } from './test-fixture.ts';

/** A row of part 三 as the table shows it: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
const row = (person: number, business: number, research: number, nonprofit: number, legal: number, other: number, total: number): RequestCounts => ({
  person, business, research, nonprofit, legal, other, total,
});
const zero = row(0, 0, 0, 0, 0, 0, 0);
/** 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
const appeal = (upheld: number, corrected: number, other: number, pending: number, total: number): AppealCounts => ({ upheld, corrected, other, pending, total });

const expected2025: Partial<Record<RequestRowKey, RequestCounts>> = {
  received: row(4, 1, 1, 1, 1, 1, 9),
  carriedOver: row(1, 1, 0, 0, 0, 0, 2),
  disclosed: row(1, 1, 0, 0, 0, 0, 2),
  'partly-disclosed': row(0, 0, 0, 1, 0, 0, 1),
  'withheld/state-secret': row(0, 0, 1, 0, 0, 0, 1),
  'withheld/third-party': row(1, 0, 0, 0, 0, 0, 1),
  'unavailable/not-held': row(0, 0, 0, 0, 1, 0, 1),
  'not-processed/duplicate': row(0, 0, 0, 0, 0, 1, 1),
  'other/fee-unpaid': row(1, 0, 0, 0, 0, 0, 1),
  resultsTotal: row(3, 1, 1, 1, 1, 1, 8),
  carriedForward: row(2, 1, 0, 0, 0, 0, 3),
};

describe.each(testDatabases())('the annual report’s figures, on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
    await insertTwoYears(db);
  }, 60_000);
  afterAll(() => db.close());

  it('count every cell of part 三 for 2025: received, carried over, each outcome by applicant kind, carried forward', async () => {
    const figures = await computeFigures(db, 2025, []);
    // Every row, the ones with nothing in them too: a stray count anywhere fails.
    for (const key of requestRowKeys) {
      expect(figures.requests[key], key).toEqual(expected2025[key] ?? zero);
    }
  });

  it('balance as the table’s note says: received plus carried over equals answered plus carried forward', async () => {
    for (const year of [2024, 2025, 2026]) {
      const { requests } = await computeFigures(db, year, []);
      expect(requests.received.total + requests.carriedOver.total, String(year)).toBe(requests.resultsTotal.total + requests.carriedForward.total);
    }
  });

  it('carry forward into the next year exactly what that year carries over, and use China’s midnight', async () => {
    const [y2024, y2026] = [await computeFigures(db, 2024, []), await computeFigures(db, 2026, [])];
    // 2024: the request received at 23:30 on 31 December counts there; the one at 00:30 the next day does not.
    expect(y2024.requests.received).toEqual(row(2, 1, 0, 0, 0, 0, 3));
    expect(y2024.requests.disclosed).toEqual(row(1, 0, 0, 0, 0, 0, 1));
    expect(y2024.requests.carriedForward).toEqual(row(1, 1, 0, 0, 0, 0, 2));
    expect(y2026.requests.carriedOver).toEqual(expected2025.carriedForward);
    // Answered ten minutes into 2026 in China, though still 2025 in UTC.
    expect(y2026.requests.disclosed).toEqual(row(0, 1, 0, 0, 0, 0, 1));
  });

  it('count part 四 by kind and by result at the year’s end: a case decided after it is still pending', async () => {
    const { appeals } = await computeFigures(db, 2025, []);
    expect(appeals.review).toEqual(appeal(1, 1, 1, 2, 5));
    expect(appeals.lawsuit).toEqual(appeal(0, 1, 0, 1, 2));
    expect(appeals.lawsuitAfterReview).toEqual(appeal(1, 0, 1, 0, 2));
  });

  it('count part 二 from the catalogue it is given', async () => {
    const { proactive } = await computeFigures(db, 2025, [
      { slug: 'new', documentKind: 'normative', date: '2025-03-01' },
      { slug: 'old', documentKind: 'normative', date: '2023', repealed: '2025-06-30' },
      { slug: 'rule', documentKind: 'rule', date: '2024-02-01' },
      { slug: 'next', documentKind: 'normative', date: '2026-01-01' },
    ]);
    expect(proactive).toEqual({
      rule: { issued: 0, repealed: 0, inForce: 1 },
      normative: { issued: 1, repealed: 1, inForce: 1 },
    });
  });
});
