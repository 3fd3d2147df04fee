import { setTimeout as pause } from 'node:timers/promises';

/** How often a condition is looked at again: a polling interval, not a wait for anything to happen. */
const INTERVAL_MS = 50;

/**
 * Resolves as soon as `condition()` is true; rejects with "Timed out waiting for <what>" after `timeoutMs`, or, with
 * `quiet`, resolves then. The speech of a loaded machine arrives late, so callers give generous timeouts.
 */
export async function poll(condition: () => boolean | Promise<boolean>, { timeoutMs, what = 'a condition', quiet = false }: { timeoutMs: number; what?: string; quiet?: boolean }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) {
      if (quiet) return;
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await pause(INTERVAL_MS);
  }
}
