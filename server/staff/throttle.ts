import type { Database, Queryable } from '../db/database.ts';

/**
 * The slow-down after wrong passwords, counted per account name and per client address (README, "Signing in"): the
 * first five failures cost nothing (a typo, a forgotten Caps Lock), then each attempt must wait 30 seconds, doubling
 * with every further failure up to 15 minutes. A right password forgives its name's failures; an hour without
 * failures forgets either count.
 *
 * The counts are rows of sign_in_failures (migration 004), so they hold across server instances and restarts. An
 * attempt is counted as a failure *before* its password is checked, by one atomic upsert per key that refuses when
 * the key must wait: however many attempts arrive at once, on however many instances, at most five passwords per
 * name and per address are checked before the wait starts. A right password then gives its own reservation back.
 */
export const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;
/** Doublings after which the wait is past LONGEST_WAIT_MS anyway: keeps 2^n small in SQL. */
const MAX_DOUBLINGS = Math.ceil(Math.log2(LONGEST_WAIT_MS / FIRST_WAIT_MS));

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface SignInThrottle {
  /** Counts an attempt for the name and the address before its password is checked, or refuses it with the wait. */
  reserve(name: string, address: string): Promise<ThrottleDecision>;
  /** The reserved attempt's password was right: the name's failures are forgiven, the address's count loses this one. */
  succeeded(name: string, address: string): Promise<void>;
}

/** Milliseconds to wait after the last attempt, once `failures` attempts have failed. */
export function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES));
}

const nameKey = (name: string) => `name:${name.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

/** waitAfter(f.failures) in SQL. */
const WAIT_SQL = `LEAST(${LONGEST_WAIT_MS}, ${FIRST_WAIT_MS} * power(2, LEAST(f.failures - ${FREE_FAILURES}, ${MAX_DOUBLINGS})))::bigint`;

/** Thrown inside the reservation's transaction to roll back the key already counted. */
class MustWait extends Error {}

export interface ThrottleOptions {
  db: Database;
  /** Milliseconds since 1970; the app's clock, which tests move. */
  now?: () => number;
  /** Milliseconds between two sweeps of forgotten rows; default one minute. */
  sweepEveryMs?: number;
}

export function createSignInThrottle(options: ThrottleOptions): SignInThrottle {
  const { db, now = Date.now, sweepEveryMs = 60_000 } = options;
  let lastSweep = Number.NEGATIVE_INFINITY;

  async function sweep(time: number): Promise<void> {
    if (time - lastSweep < sweepEveryMs) return;
    lastSweep = time;
    await db.query('DELETE FROM sign_in_failures WHERE last_ms < $1', [time - FORGET_AFTER_MS]);
  }

  /** One more attempt on `key` if it need not wait (a count an hour old starts again); false when it must. */
  async function count(tx: Queryable, key: string, time: number): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO sign_in_failures AS f (key, failures, last_ms) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE
         SET failures = CASE WHEN f.last_ms < $2::bigint - ${FORGET_AFTER_MS} THEN 1 ELSE f.failures + 1 END,
             last_ms = GREATEST(f.last_ms, $2::bigint)
         WHERE f.failures < ${FREE_FAILURES} OR f.last_ms < $2::bigint - ${FORGET_AFTER_MS} OR f.last_ms + ${WAIT_SQL} <= $2::bigint
       RETURNING failures`,
      [key, time],
    );
    return rows.length > 0;
  }

  async function retryAfterSeconds(keys: string[], time: number): Promise<number> {
    const rows = await db.query<{ failures: number; last: number }>(
      'SELECT failures, last_ms AS last FROM sign_in_failures WHERE key = ANY($1::text[]) AND last_ms >= $2',
      [keys, time - FORGET_AFTER_MS],
    );
    const wait = Math.max(0, ...rows.map((row) => row.last + waitAfter(row.failures) - time));
    // At least a second: between the refusal and this look another attempt may have moved the count.
    return Math.max(1, Math.ceil(wait / 1000));
  }

  return {
    async reserve(name, address) {
      const time = now();
      await sweep(time);
      // Always the name's row before the address's: concurrent reservations lock rows in one order, never deadlock.
      const keys = [nameKey(name), addressKey(address)];
      try {
        await db.transaction(async (tx) => {
          for (const key of keys) if (!(await count(tx, key, time))) throw new MustWait();
        });
        return { allowed: true };
      } catch (error) {
        if (!(error instanceof MustWait)) throw error;
        return { allowed: false, retryAfterSeconds: await retryAfterSeconds(keys, time) };
      }
    },
    async succeeded(name, address) {
      await db.transaction(async (tx) => {
        await tx.query('DELETE FROM sign_in_failures WHERE key = $1', [nameKey(name)]);
        await tx.query('UPDATE sign_in_failures SET failures = GREATEST(0, failures - 1) WHERE key = $1', [addressKey(address)]);
      });
    },
  };
}
