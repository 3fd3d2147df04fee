import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, RETRY_AFTER_MAX_MS, backoffDelay, nextAttemptTime, parseRetryAfter } from './backoff.ts';

describe('backoffDelay', () => {
  it('doubles from 2 s and stops at 5 min when the jitter is fixed at 0', () => {
    const zero = () => 0;
    const delays = Array.from({ length: 12 }, (_, i) => backoffDelay(i + 1, zero) / 1000);
    expect(delays).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300, 300]);
  });

  it('jitters within the upper half of each step', () => {
    expect(backoffDelay(1, () => 0.5)).toBe(1500);
    expect(backoffDelay(3, () => 0.999999)).toBeGreaterThanOrEqual(4000);
    expect(backoffDelay(3, () => 0.999999)).toBeLessThan(4010);
    for (let i = 0; i < 200; i++) {
      const d = backoffDelay(20, Math.random);
      expect(d).toBeGreaterThanOrEqual(BACKOFF_MAX_MS / 2);
      expect(d).toBeLessThanOrEqual(BACKOFF_MAX_MS);
    }
  });

  it('never overflows on huge attempt counts', () => {
    expect(backoffDelay(10_000, () => 0)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(0, () => 0)).toBe(2000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-02T08:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date against the phone clock, or the answer’s Date header when given', () => {
    expect(parseRetryAfter('Mon, 02 Mar 2026 08:01:00 GMT', now)).toBe(60_000);
    // The phone's clock is 10 minutes fast: the server's Date header is what counts.
    const fastPhone = now + 10 * 60_000;
    expect(parseRetryAfter('Mon, 02 Mar 2026 08:01:00 GMT', fastPhone)).toBe(0);
    expect(parseRetryAfter('Mon, 02 Mar 2026 08:01:00 GMT', fastPhone, 'Mon, 02 Mar 2026 08:00:00 GMT')).toBe(60_000);
  });

  it('ignores what it cannot read and bounds what it can', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter('99999999', now)).toBe(RETRY_AFTER_MAX_MS);
  });
});

describe('nextAttemptTime', () => {
  it('takes the longer of the backoff and Retry-After', () => {
    expect(nextAttemptTime(1000, 1, () => 0, 30_000)).toBe(31_000);
    expect(nextAttemptTime(1000, 4, () => 0, 1_000)).toBe(17_000);
    expect(nextAttemptTime(1000, 2, () => 0, null)).toBe(5_000);
  });
});
