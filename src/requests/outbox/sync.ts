// When the sender runs, in the page: at start, whenever a record is queued (in this tab or
// another), on the 'online' event, and on a timer set to the next attempt's time. Where the
// browser has Background Sync, each pass that leaves something unsent also asks the service
// worker to be woken with the tag 'outbox' — only a wake-up for the same sender (sendAll), never
// Workbox's queue, which drops an entry before replaying it and counts a 500 as delivered.
// Firefox and Safari have no Background Sync; there the triggers above are all there is.
//
// Everything the browser provides is injectable, so tests run it with fakes.

import { getOutboxDb } from './db.ts';
import { onOutboxChange } from './broadcast.ts';
import { sendAll, type SendOptions, type SendReport, SYNC_TAG } from './sender.ts';

export { SYNC_TAG };

export { onOutboxChange } from './broadcast.ts';
export type { OutboxChangeListener } from './broadcast.ts';

/** A timer never fires sooner than this after a pass (no busy loop if a record stays due). */
export const MIN_TIMER_MS = 1_000;

/**
 * 'queue': a person queued a request in this tab; 'remote': a change in another tab. 'online'
 * and 'queue' retry at once what failed for lack of network: the person is waiting to see it
 * sent, and if the network is still down the attempt fails fast.
 */
export type TriggerReason = 'start' | 'queue' | 'remote' | 'online' | 'timer' | 'manual';

/** The part of navigator.storage used here. */
export interface StorageLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

export interface SyncOptions extends Omit<SendOptions, 'wait' | 'retryNetworkErrors' | 'signal'> {
  /** Where 'online' is heard; defaults to window. null: not listened to. */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Asks for a Background Sync wake-up; defaults to the service worker registration's sync. */
  registerSync?: () => Promise<void>;
  /** Defaults to navigator.storage. null: never ask for persistent storage. */
  storage?: StorageLike | null;
}

export interface OutboxSync {
  /** The pass run at start (null if it failed). */
  started: Promise<SendReport | null>;
  /** Runs the sender now (or once more after the pass in progress). */
  kick(reason?: TriggerReason): Promise<SendReport | null>;
  /** Removes the listeners and the timer (tests; a page never needs to). */
  stop(): void;
}

function nav(): Record<string, unknown> | undefined {
  return (globalThis as unknown as { navigator?: Record<string, unknown> }).navigator;
}

async function defaultRegisterSync(): Promise<void> {
  const sw = nav()?.serviceWorker as { getRegistration?: () => Promise<unknown> } | undefined;
  if (!sw?.getRegistration) return;
  const registration = (await sw.getRegistration()) as { sync?: { register(tag: string): Promise<void> } } | undefined;
  await registration?.sync?.register(SYNC_TAG);
}

const retriesNetwork = (reason: TriggerReason) => reason === 'online' || reason === 'queue';

/** Starts the triggers and runs the sender once (app start). Call once, from the page. */
export function startOutboxSync(options: SyncOptions = {}): OutboxSync {
  const {
    events = typeof window !== 'undefined' ? window : null,
    setTimer = (callback, ms) => setTimeout(callback, ms),
    clearTimer = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    registerSync = defaultRegisterSync,
    storage = (nav()?.storage as StorageLike | undefined) ?? null,
    ...send
  } = options;
  const now = send.now ?? Date.now;
  const stopping = new AbortController();
  let stopped = false;
  let running: Promise<SendReport | null> | null = null;
  let again = false;
  let againOnline = false;
  let waiting = false;
  let timer: unknown = null;

  const schedule = (at: number | null) => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (stopped || at === null) return;
    timer = setTimer(() => {
      timer = null;
      void kick('timer');
    }, Math.max(MIN_TIMER_MS, at - now()));
    registerSync().catch(() => {
      // no service worker, no permission, or no Background Sync: the other triggers remain
    });
  };

  // Another tab or the service worker holds the lock. Wait for it once, then look again: the
  // holder may have been closed mid-way, and this tab needs its own timer for what is left.
  const waitForLock = () => {
    if (waiting || stopped) return;
    waiting = true;
    sendAll({ ...send, wait: true, signal: stopping.signal })
      .then((report) => schedule(report.nextAttemptAt))
      .catch((error: unknown) => {
        if (!stopped) console.error('Outbox sender failed', error);
      })
      .finally(() => {
        waiting = false;
      });
  };

  const loop = async (online: boolean): Promise<SendReport | null> => {
    let retryNetworkErrors = online;
    let report: SendReport | null = null;
    do {
      again = false;
      report = await sendAll({ ...send, retryNetworkErrors });
      retryNetworkErrors = againOnline;
      againOnline = false;
      if (report.ran) schedule(report.nextAttemptAt);
      else waitForLock();
    } while (again && !stopped);
    return report;
  };

  const kick = (reason: TriggerReason = 'manual'): Promise<SendReport | null> => {
    if (stopped) return Promise.resolve(null);
    if (running) {
      again = true;
      if (retriesNetwork(reason)) againOnline = true;
      return running;
    }
    const current = loop(retriesNetwork(reason))
      .catch((error: unknown) => {
        console.error('Outbox sender failed', error);
        return null;
      })
      .finally(() => {
        if (running === current) running = null;
      });
    running = current;
    return current;
  };

  const unsubscribe = onOutboxChange((change, { local }) => {
    if (change.status !== 'queued') return;
    const retry = change.retryAt !== undefined;
    // This tab's own sender putting a record back: its pass sets the timer itself.
    if (local && retry) return;
    // A person queued a request here: ask for persistent storage (once, from the page).
    if (local && storage) void ensurePersistence(storage, now).catch(() => {});
    // Queued here or in another tab, or another tab's retry (that tab may close: this one then
    // needs a timer of its own).
    void kick(local ? 'queue' : 'remote');
  });
  const onOnline = () => void kick('online');
  events?.addEventListener('online', onOnline);

  const started = kick('start');

  return {
    started,
    kick,
    stop() {
      stopped = true;
      stopping.abort();
      unsubscribe();
      events?.removeEventListener('online', onOnline);
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}

export interface PersistenceState {
  /** Whether the browser has navigator.storage.persist(). */
  supported: boolean;
  /** Whether the storage is persistent (the browser will not wipe it to make room). */
  granted: boolean;
  /** When it was asked, epoch ms. */
  at: number;
}

let asking: Promise<PersistenceState> | null = null;

/**
 * Asks once, ever, for persistent storage (on the first queued request), and keeps the answer
 * in meta under 'persistence'. Only from the page: workers cannot ask. A browser may prompt
 * (Firefox) or decide by itself (Chrome: granted to installed apps and engaged sites).
 */
export function ensurePersistence(storage: StorageLike | null = (nav()?.storage as StorageLike | undefined) ?? null, now: () => number = Date.now): Promise<PersistenceState> {
  asking ??= (async () => {
    const db = await getOutboxDb();
    const known = (await db.get('meta', 'persistence')) as PersistenceState | undefined;
    if (known) return known;
    let state: PersistenceState;
    if (!storage?.persist) {
      state = { supported: false, granted: false, at: now() };
    } else {
      const granted = (await storage.persisted?.()) || (await storage.persist());
      state = { supported: true, granted, at: now() };
    }
    await db.put('meta', state, 'persistence');
    return state;
  })().finally(() => {
    asking = null;
  });
  return asking;
}

/** The stored answer to the persistence request; null if not asked yet. */
export async function getPersistence(): Promise<PersistenceState | null> {
  const value = await (await getOutboxDb()).get('meta', 'persistence');
  return (value as PersistenceState | undefined) ?? null;
}

/**
 * Whether IndexedDB can be used here: it exists, opens, and takes a write (private modes of
 * some browsers have it but refuse, or never answer: `timeoutMs`). When false, the UI should say
 * plainly that the request cannot be kept on this phone and offer to send it online now.
 */
export async function outboxAvailable({ timeoutMs = 3_000 }: { timeoutMs?: number } = {}): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = (async () => {
    const db = await getOutboxDb();
    const tx = db.transaction('meta', 'readwrite');
    await tx.store.put(Date.now(), 'probe');
    await tx.store.delete('probe');
    await tx.done;
    return true;
  })().catch(() => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
