/**
 * Two server instances behind one PostgreSQL, as DESIGN.md ("Storage") allows: each its own createApp and its own pool
 * of connections, both on the same schema. Whatever must hold across requests holds across the two: one record per
 * Idempotency-Key, one sign-in slow-down, one rate limit. Runs only with DATABASE_URL (.ci/run sets it): PGlite is one
 * process's database.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { person } from '../src/requests/rules/test-requests.ts';
import { createApp } from './app.ts';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { openPostgres } from './db/postgres.ts';
import { addTestStaff, ORIGIN, STAFF_NAME, STAFF_PASSWORD } from './staff/test-staff.ts';
import { fixtureDist, removeFixtures } from './test/fixture-dist.ts';

afterAll(removeFixtures);
// Each sign-in runs scrypt, slow on purpose.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const url = process.env.DATABASE_URL;
const REQUESTS_PER_MINUTE = 10;

describe.runIf(url)('two instances on one PostgreSQL', () => {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  let a: Database;
  let b: Database;
  let apps: ReturnType<typeof createApp>[];

  beforeAll(async () => {
    a = await openPostgres(url!, { schema, max: 10 });
    b = await openPostgres(url!, { schema, max: 10 });
    await Promise.all([migrate(a), migrate(b)]);
    const dist = fixtureDist().dist;
    apps = [a, b].map((db) =>
      createApp({ distDir: dist, db, clientAddress: (c) => c.req.header('X-Test-Client') ?? '192.0.2.1', requestsPerMinute: REQUESTS_PER_MINUTE }),
    );
    await addTestStaff(a);
  });
  afterAll(async () => {
    await a.exec(`DROP SCHEMA ${schema} CASCADE`);
    await Promise.all([a.close(), b.close()]);
  });

  const post = (on: number, headers: Record<string, string>, body: unknown = person) =>
    apps[on]!.request('/api/requests', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  const signIn = (on: number, name: string, password: string, client: string) =>
    apps[on]!.request('/api/staff/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'X-Test-Client': client },
      body: JSON.stringify({ name, password }),
    });

  it('makes one record, with one receipt, from 50 posts of one key spread over both', async () => {
    const key = randomUUID();
    // Each post from an address of its own: this is about the key, not the rate limit.
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => post(i % 2, { 'Idempotency-Key': key, 'X-Test-Client': `198.51.100.${i}` })));
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(201));
    const bodies = await Promise.all(answers.map((answer) => answer.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(await b.query('SELECT reference FROM requests')).toEqual([{ reference: JSON.parse(bodies[0]!).reference }]);
  });

  it('shares the sign-in slow-down: after five wrong passwords on A, the sixth attempt on B waits', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn(0, STAFF_NAME, `wrong ${i}`, `203.0.113.${i}`)).status).toBe(401);
    const held = await signIn(1, STAFF_NAME, STAFF_PASSWORD, '203.0.113.99');
    expect(held.status).toBe(429);
    expect(held.headers.get('Retry-After')).toMatch(/^(29|30)$/);
  });

  it('shares the slow-down of one address trying many names', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn(0, `guess${i}`, 'password guess', '203.0.113.150')).status).toBe(401);
    expect((await signIn(1, 'someone else', 'password guess', '203.0.113.150')).status).toBe(429);
  });

  it('checks at most five wrong passwords sent at once to both', async () => {
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(i % 2, `race${i}`, 'password guess', '203.0.113.200')));
    expect(statuses.filter((response) => response.status === 401)).toHaveLength(5);
  });

  it('counts the rate limit over posts to both', async () => {
    // Without a key each post is refused with 400, but only after the rate limit has counted it.
    const statuses: number[] = [];
    for (let i = 0; i < REQUESTS_PER_MINUTE; i++) statuses.push((await post(i % 2, { 'X-Test-Client': '192.0.2.77' })).status);
    expect(statuses).toEqual(Array(REQUESTS_PER_MINUTE).fill(400));
    for (const on of [0, 1]) {
      const refused = await post(on, { 'X-Test-Client': '192.0.2.77' });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('Retry-After')).toMatch(/^[1-6]$/);
    }
  });
});
