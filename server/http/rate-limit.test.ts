import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { createRateLimiter, rateLimit } from './rate-limit.ts';

// Opening and migrating a database takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe.each(testDatabases())('rate limiter on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.close());
  // Every test has addresses of its own: the buckets are rows in the one database.
  let n = 0;
  const address = () => `198.51.100.${++n}`;

  it('allows the limit at once, then refuses, saying how long to wait', async () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 10, windowMs: 60_000, db, now: time.now });
    const a = address();
    for (let i = 0; i < 10; i++) expect(await limiter.take(a), `request ${i + 1}`).toEqual({ allowed: true });
    // One request comes back every 6 seconds.
    expect(await limiter.take(a)).toEqual({ allowed: false, retryAfterSeconds: 6 });
    time.advance(4_500);
    expect(await limiter.take(a)).toEqual({ allowed: false, retryAfterSeconds: 2 });
    time.advance(1_500);
    expect(await limiter.take(a)).toEqual({ allowed: true });
    expect(await limiter.take(a)).toMatchObject({ allowed: false });
  });

  it('counts each address apart', async () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, db, now: clock().now });
    const [a, b] = [address(), address()];
    await limiter.take(a);
    await limiter.take(a);
    expect((await limiter.take(a)).allowed).toBe(false);
    expect((await limiter.take(b)).allowed).toBe(true);
  });

  it('gives the full allowance back after a quiet window, never more', async () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, db, now: time.now });
    const a = address();
    for (let i = 0; i < 3; i++) await limiter.take(a);
    time.advance(10 * 60_000);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await limiter.take(a)).allowed);
    expect(answers).toEqual([true, true, true, false]);
  });

  it('spends each token once when many take at once', async () => {
    const limiter = createRateLimiter({ limit: 5, windowMs: 60_000, db, now: clock().now });
    const a = address();
    const answers = await Promise.all(Array.from({ length: 30 }, () => limiter.take(a)));
    expect(answers.filter((answer) => answer.allowed)).toHaveLength(5);
  });

  it('holds across instances and restarts: a second limiter on the same database sees the first one’s count', async () => {
    const time = clock();
    const a = address();
    const first = createRateLimiter({ limit: 2, windowMs: 60_000, db, now: time.now });
    await first.take(a);
    await first.take(a);
    const second = createRateLimiter({ limit: 2, windowMs: 60_000, db, now: time.now });
    expect(await second.take(a)).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it('deletes buckets that are full again, not those still limited', async () => {
    const time = clock(50_000_000);
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, db, now: time.now, sweepEveryMs: 60_000 });
    const [idle, busy] = [address(), address()];
    await limiter.take(idle);
    time.advance(30_000);
    await limiter.take(busy);
    time.advance(30_000);
    // The next take sweeps: `idle` is a whole window old and full again; `busy` still waits 30 s.
    await limiter.take(address());
    const rows = await db.query<{ address: string }>('SELECT address FROM request_allowances WHERE address = ANY($1::text[])', [[idle, busy]]);
    expect(rows.map((row) => row.address)).toEqual([busy]);
    expect((await limiter.take(busy)).allowed).toBe(false);
    expect((await limiter.take(idle)).allowed).toBe(true);
  });
});

describe.each(testDatabases())('rate limit middleware on $name', ({ open }) => {
  it('answers 429 with Retry-After once an address is over its limit', async () => {
    const db = await open();
    try {
      const time = clock();
      const app = new Hono();
      app.use(rateLimit(createRateLimiter({ limit: 1, windowMs: 60_000, db, now: time.now }), (c) => c.req.header('X-Client') ?? ''));
      app.post('/', (c) => c.text('ok'));
      const post = (client: string) => app.request('/', { method: 'POST', headers: { 'X-Client': client } });

      expect((await post('a')).status).toBe(200);
      const refused = await post('a');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('Retry-After')).toBe('60');
      expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
      expect(await refused.json()).toEqual({ type: 'about:blank', title: 'Too Many Requests', status: 429, retryAfter: 60 });
      expect((await post('b')).status).toBe(200);
      time.advance(60_000);
      expect((await post('a')).status).toBe(200);
    } finally {
      await db.close();
    }
  });
});
