import type { Context, MiddlewareHandler } from 'hono';
import { problem } from './problem.ts';

export interface RateLimitOptions {
  /** Requests allowed in a burst, and per window on average. */
  limit: number;
  windowMs: number;
  /** The clock, injectable so tests do not wait. */
  now?: () => number;
  /** Beyond this many addresses, forget those that are back to a full allowance: memory stays bounded. */
  maxAddresses?: number;
}

export type Decision = { allowed: true } | { allowed: false; retryAfterSeconds: number };
export type RateLimiter = { take(address: string): Decision };

/**
 * A token bucket per client address: `limit` requests at once, then one more every windowMs / limit.
 * Unlike a fixed window, a burst at the end of one window and the start of the next cannot double the rate.
 */
export function createRateLimiter(options: RateLimitOptions): { take(address: string): Decision } {
  const { limit, windowMs, now = Date.now, maxAddresses = 10_000 } = options;
  if (!(limit >= 1) || !(windowMs > 0)) throw new RangeError('A rate limit needs a limit of at least 1 and a positive window');
  const perMs = limit / windowMs;
  const buckets = new Map<string, { tokens: number; at: number }>();

  const level = (bucket: { tokens: number; at: number }, time: number) => Math.min(limit, bucket.tokens + (time - bucket.at) * perMs);

  function forgetFullBuckets(time: number): void {
    for (const [address, bucket] of buckets) if (level(bucket, time) >= limit) buckets.delete(address);
  }

  return {
    take(address) {
      const time = now();
      if (buckets.size >= maxAddresses && !buckets.has(address)) forgetFullBuckets(time);
      const bucket = buckets.get(address) ?? { tokens: limit, at: time };
      bucket.tokens = level(bucket, time);
      bucket.at = time;
      buckets.set(address, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
  };
}

/** Answers 429 with Retry-After (seconds) when the client's address has used up its allowance. */
export function rateLimit(limiter: { take(address: string): Decision }, addressOf: (c: Context) => string): MiddlewareHandler {
  return async (c, next) => {
    const decision = limiter.take(addressOf(c));
    if (decision.allowed) return next();
    const seconds = String(decision.retryAfterSeconds);
    return problem(c, 429, 'Too Many Requests', { retryAfter: decision.retryAfterSeconds }, { 'Retry-After': seconds });
  };
}
