/**
 * Loads the sender (./deliver.ts, a chunk of its own: no page carries it with its first view) and runs it for
 * `reason`. If the chunk cannot load (offline, and the worker has not kept it yet), what is queued stays queued and
 * the chunk is asked for again when the signal returns; the worker's Background Sync may send it first.
 */
export function deliverQueued(reason: 'start' | 'queue'): void {
  void import('./deliver.ts').then(
    ({ deliverRequests }) => deliverRequests(reason),
    () => addEventListener('online', () => deliverQueued(reason), { once: true }),
  );
}
