import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { site } from '../../src/config/site.ts';
import { person } from '../../src/requests/rules/test-requests.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { requestsApi } from './api.ts';
import * as secrets from './secrets.ts';

// Every hash and compare of the status check, counted.
vi.mock('./secrets.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./secrets.ts')>();
  return { ...actual, statusTokenHash: vi.fn(actual.statusTokenHash), sameHash: vi.fn(actual.sameHash) };
});
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

/**
 * Issue 11: a wrong token on a real reference took longer to refuse than an unknown reference (the status and its
 * history were read first), so the time told which references exist. Timing is noisy; the work is not: the same
 * queries, hashes and compares either way.
 */
describe.each(testDatabases())('the status check on $name', ({ open }) => {
  let db: Database;
  let queries: string[] = [];
  let api: ReturnType<typeof requestsApi>;

  beforeAll(async () => {
    db = await open();
    const counted: Database = {
      ...db,
      query: (sql, params) => {
        queries.push(sql.replace(/\s+/g, ' '));
        return db.query(sql, params);
      },
    };
    api = requestsApi({
      db: counted,
      now: () => new Date('2026-03-02T01:00:00Z'),
      clientAddress: () => '192.0.2.1',
      rateLimit: { limit: 100, windowMs: 60_000 },
      referencePrefix: site.disclosure.referencePrefix,
      workingDays: site.disclosure.replyWorkingDays,
    });
  });
  afterAll(() => db.close());

  async function work(path: string) {
    queries = [];
    vi.mocked(secrets.statusTokenHash).mockClear();
    vi.mocked(secrets.sameHash).mockClear();
    const response = await api.request(path);
    return {
      status: response.status,
      body: await response.text(),
      queries,
      hashes: vi.mocked(secrets.statusTokenHash).mock.calls.length,
      compares: vi.mocked(secrets.sameHash).mock.calls.length,
    };
  }

  it('does the same work for a wrong token on a real reference as for an unknown reference', async () => {
    const filed = await api.request('/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(person),
    });
    const { reference, statusToken } = (await filed.json()) as { reference: string; statusToken: string };
    const unknown = reference.replace(/\d{6}$/, '999999');

    const wrongToken = await work(`/${reference}?token=${'x'.repeat(statusToken.length)}`);
    const noSuchReference = await work(`/${unknown}?token=${'x'.repeat(statusToken.length)}`);
    expect(wrongToken).toEqual(noSuchReference);
    expect(wrongToken).toMatchObject({ status: 404, hashes: 1, compares: 1 });
    expect(wrongToken.queries).toHaveLength(1);

    // An empty token is refused with the same work too, and the right one still reads the status.
    expect(await work(`/${reference}?token=`)).toEqual(await work(`/${unknown}?token=`));
    expect((await work(`/${reference}?token=${statusToken}`)).status).toBe(200);
  });
});
