import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createRateLimiter, rateLimit } from './rate-limit.ts';

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('rate limiter', () => {
  it('allows the limit at once, then refuses, saying how long to wait', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 10, windowMs: 60_000, now: time.now });
    for (let i = 0; i < 10; i++) expect(limiter.take('10.0.0.1'), `request ${i + 1}`).toEqual({ allowed: true });
    // One request comes back every 6 seconds.
    expect(limiter.take('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    time.advance(4_500);
    expect(limiter.take('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    time.advance(1_500);
    expect(limiter.take('10.0.0.1')).toEqual({ allowed: true });
    expect(limiter.take('10.0.0.1')).toMatchObject({ allowed: false });
  });

  it('counts each address apart', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: time.now });
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('gives the full allowance back after a quiet window, never more', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: time.now });
    for (let i = 0; i < 3; i++) limiter.take('a');
    time.advance(10 * 60_000);
    const answers = Array.from({ length: 4 }, () => limiter.take('a').allowed);
    expect(answers).toEqual([true, true, true, false]);
  });

  it('forgets idle addresses once it holds many, but not those still limited', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: time.now, maxAddresses: 3 });
    limiter.take('busy');
    time.advance(30_000);
    limiter.take('a');
    limiter.take('b');
    time.advance(30_000);
    // 'busy' is full again and may be forgotten; 'a' and 'b' are still waiting and must be remembered.
    limiter.take('c');
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(false);
    expect(limiter.take('busy').allowed).toBe(true);
  });
});

describe('rate limit middleware', () => {
  it('answers 429 with Retry-After once an address is over its limit', async () => {
    const time = clock();
    const app = new Hono();
    app.use(rateLimit(createRateLimiter({ limit: 1, windowMs: 60_000, now: time.now }), (c) => c.req.header('X-Client') ?? ''));
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
  });
});
