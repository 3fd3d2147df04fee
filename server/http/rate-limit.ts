import type { Context, MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/database.ts';
import { problem } from './problem.ts';

export interface RateLimitOptions {
  /** Requests allowed in a burst, and per window on average. */
  limit: number;
  windowMs: number;
  /** Where the buckets live (table request_allowances, migration 004): shared by every instance on one database. */
  db: Queryable;
  /** The clock in milliseconds since 1970, injectable so tests do not wait. */
  now?: () => number;
  /** Milliseconds between two sweeps of buckets that are full again; default one minute. */
  sweepEveryMs?: number;
}

export type Decision = { allowed: true } | { allowed: false; retryAfterSeconds: number };
export type RateLimiter = { take(address: string): Promise<Decision> };

/**
 * A token bucket per client address: `limit` requests at once, then one more every windowMs / limit.
 * Unlike a fixed window, a burst at the end of one window and the start of the next cannot double the rate.
 *
 * The buckets are rows, so the limit holds across server instances and restarts (DESIGN.md, "Storage"). A take is one
 * statement that refills the bucket for the time passed and spends a token only if one is there: concurrent posts on
 * any instance can never spend the same token twice. A refused take changes nothing. A bucket untouched for a whole
 * window is full again, the same as no row, so such rows are deleted now and then (at most once per `sweepEveryMs`
 * per instance): the table holds only the addresses seen in the last window.
 */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { limit, windowMs, db, now = Date.now, sweepEveryMs = 60_000 } = options;
  if (!(limit >= 1) || !(windowMs > 0)) throw new RangeError('A rate limit needs a limit of at least 1 and a positive window');
  let lastSweep = Number.NEGATIVE_INFINITY;
  // Tokens regained in `elapsed` ms, as (elapsed × limit) / window: whole numbers stay whole, so a wait computed as
  // 6 s gives exactly one token back after 6 s.
  const refilled = (tokens: string, at: string) => `LEAST($2::float8, ${tokens} + GREATEST(0, $3::bigint - ${at})::float8 * $2::float8 / $4::float8)`;

  async function sweep(time: number): Promise<void> {
    if (time - lastSweep < sweepEveryMs) return;
    lastSweep = time;
    await db.query('DELETE FROM request_allowances WHERE at_ms <= $1', [time - windowMs]);
  }

  return {
    async take(address) {
      const time = now();
      await sweep(time);
      const [taken] = await db.query<{ tokens: number }>(
        `INSERT INTO request_allowances AS b (address, tokens, at_ms) VALUES ($1, $2::float8 - 1, $3)
         ON CONFLICT (address) DO UPDATE SET tokens = ${refilled('b.tokens', 'b.at_ms')} - 1, at_ms = GREATEST(b.at_ms, $3::bigint)
         WHERE ${refilled('b.tokens', 'b.at_ms')} >= 1
         RETURNING tokens`,
        [address, limit, time, windowMs],
      );
      if (taken) return { allowed: true };
      const [bucket] = await db.query<{ level: number }>(
        `SELECT ${refilled('tokens', 'at_ms')} AS level FROM request_allowances WHERE address = $1`,
        [address, limit, time, windowMs],
      );
      const level = bucket?.level ?? limit;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - level) * windowMs) / limit / 1000)) };
    },
  };
}

/** Answers 429 with Retry-After (seconds) when the client's address has used up its allowance. */
export function rateLimit(limiter: RateLimiter, addressOf: (c: Context) => string): MiddlewareHandler {
  return async (c, next) => {
    const decision = await limiter.take(addressOf(c));
    if (decision.allowed) return next();
    const seconds = String(decision.retryAfterSeconds);
    return problem(c, 429, 'Too Many Requests', { retryAfter: decision.retryAfterSeconds }, { 'Retry-After': seconds });
  };
}
