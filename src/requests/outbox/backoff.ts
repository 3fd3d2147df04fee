// When to try again after a failed attempt: exponential backoff with jitter, and the server's
// Retry-After when it asks for longer.

export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_MAX_MS = 5 * 60_000;
/** The longest wait a Retry-After can impose (a bad header must not park a request for weeks). */
export const RETRY_AFTER_MAX_MS = 24 * 60 * 60_000;

/**
 * Delay before the next attempt after `attempts` failed ones: 2 s, 4 s, 8 s, … capped at 5 min,
 * with "equal jitter": a random point in the upper half of the step, so phones that lost the
 * network together do not come back together, yet none retries much sooner than the step.
 * random() = 0 gives the step itself; random() → 1 gives half of it.
 */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const n = Math.max(1, Math.floor(attempts));
  const step = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(n - 1, 30));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(step * (1 - r / 2));
}

/**
 * Parses Retry-After: delay-seconds or an HTTP date. An HTTP date is measured against the
 * answer's own Date header when there is one (the phone's clock may be wrong), else against
 * `now`. Returns milliseconds (≥ 0), or null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number, serverDate?: string | null): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (text === '') return null;
  let ms: number;
  if (/^\d+$/.test(text)) {
    ms = Number(text) * 1000;
  } else if (/[a-z]/i.test(text)) {
    // An HTTP date always names its weekday or month; a bare "-5" is not one.
    const at = Date.parse(text);
    if (Number.isNaN(at)) return null;
    const server = serverDate ? Date.parse(serverDate) : Number.NaN;
    ms = at - (Number.isNaN(server) ? now : server);
  } else {
    return null;
  }
  return Math.min(RETRY_AFTER_MAX_MS, Math.max(0, ms));
}

/** When to try again: the backoff, or the server's Retry-After when that is longer. */
export function nextAttemptTime(now: number, attempts: number, random: () => number, retryAfterMs: number | null): number {
  return now + Math.max(backoffDelay(attempts, random), retryAfterMs ?? 0);
}
