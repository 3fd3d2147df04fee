/**
 * The slow-down after wrong passwords, counted per account name and per client address: the first five failures
 * cost nothing (a typo, a forgotten Caps Lock), then each attempt must wait 30 seconds, doubling with every further
 * failure up to 15 minutes. A right password clears the name's count; an hour without failures clears either.
 * Kept in the server's memory: a restart forgets it, which costs an attacker a restart each time.
 */
export const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;
const MAX_ENTRIES = 10_000;

interface Failures {
  count: number;
  last: number;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface SignInThrottle {
  check(name: string, address: string): ThrottleDecision;
  failed(name: string, address: string): void;
  succeeded(name: string): void;
}

export function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES));
}

export function createSignInThrottle(now: () => number = Date.now): SignInThrottle {
  const counts = new Map<string, Failures>();
  const keys = (name: string, address: string) => [`name:${name.trim().toLowerCase()}`, `address:${address}`];

  const current = (key: string, time: number): Failures | undefined => {
    const entry = counts.get(key);
    if (entry && time - entry.last > FORGET_AFTER_MS) {
      counts.delete(key);
      return undefined;
    }
    return entry;
  };

  return {
    check(name, address) {
      const time = now();
      let wait = 0;
      for (const key of keys(name, address)) {
        const entry = current(key, time);
        if (entry) wait = Math.max(wait, entry.last + waitAfter(entry.count) - time);
      }
      return wait > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000) } : { allowed: true };
    },
    failed(name, address) {
      const time = now();
      for (const key of keys(name, address)) {
        const entry = current(key, time) ?? { count: 0, last: time };
        entry.count += 1;
        entry.last = time;
        counts.delete(key);
        counts.set(key, entry);
      }
      // Oldest first in a Map: memory stays bounded however many names are tried.
      while (counts.size > MAX_ENTRIES) counts.delete(counts.keys().next().value!);
    },
    succeeded(name) {
      counts.delete(keys(name, '')[0]!);
    },
  };
}
