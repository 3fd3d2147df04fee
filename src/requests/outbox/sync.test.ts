import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onOutboxChange } from './broadcast.ts';
import { getOutboxDb } from './db.ts';
import { createDraft } from './drafts.ts';
import { get, queue } from './outbox.ts';
import { ensurePersistence, getPersistence, outboxAvailable, startOutboxSync, type OutboxSync, type SyncOptions } from './sync.ts';
import { answers, fakeClock, fakeServer, memoryLocks, resetOutbox, sampleInput } from './test-support.ts';
import type { OutboxChange, OutboxRecord } from './types.ts';

let running: OutboxSync | null = null;

beforeEach(resetOutbox);
afterEach(() => {
  running?.stop();
  running = null;
  vi.unstubAllGlobals();
});

function fakeTimers() {
  const timers: { callback: () => void; ms: number; cleared: boolean }[] = [];
  return {
    timers,
    setTimer: (callback: () => void, ms: number) => {
      const t = { callback, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (handle: unknown) => {
      (handle as { cleared: boolean }).cleared = true;
    },
    pending: () => timers.filter((t) => !t.cleared),
    fire(t: { callback: () => void; cleared: boolean }) {
      t.cleared = true;
      t.callback();
    },
  };
}

function setup(extra: Partial<SyncOptions> = {}) {
  const server = fakeServer();
  const clock = fakeClock();
  const timers = fakeTimers();
  const events = new EventTarget();
  const registerSync = vi.fn(async () => {});
  const storage = { persist: vi.fn(async () => true), persisted: vi.fn(async () => false) };
  const options: SyncOptions = {
    fetch: server.fetch,
    now: clock.now,
    random: () => 0,
    locks: memoryLocks(),
    events,
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    registerSync,
    storage,
    ...extra,
  };
  const start = () => {
    running = startOutboxSync(options);
    return running;
  };
  return { server, clock, timers, events, registerSync, storage, options, start };
}

async function queued(now?: () => number) {
  const draft = await createDraft({ input: sampleInput, step: 'check' });
  return queue(draft.id, now ? { now } : {});
}

async function putRecord(record: OutboxRecord) {
  await (await getOutboxDb()).put('outbox', record);
}

describe('startOutboxSync', () => {
  it('sends what is queued when the app starts', async () => {
    const { server, start } = setup();
    const r = await queued();
    const report = await start().started;
    expect(report).toMatchObject({ sent: 1 });
    expect(server.calls.map((c) => c.key)).toEqual([r.id]);
  });

  it('sends as soon as a request is queued, and asks for persistent storage once', async () => {
    const { server, storage, start } = setup();
    await start().started;
    const a = await queued();
    await vi.waitFor(async () => expect((await get(a.id))?.status).toBe('sent'));
    await vi.waitFor(async () => expect(await getPersistence()).toMatchObject({ supported: true, granted: true }));
    expect(storage.persist).toHaveBeenCalledTimes(1);

    const b = await queued();
    await vi.waitFor(async () => expect((await get(b.id))?.status).toBe('sent'));
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(server.calls.map((c) => c.key)).toEqual([a.id, b.id]);
  });

  it('sets a timer for the next attempt, and the timer sends it', async () => {
    const { server, clock, timers, start } = setup();
    const r = await queued();
    server.next(answers.status(503));
    expect(await start().started).toMatchObject({ retrying: 1, nextAttemptAt: clock.now() + 2000 });
    const [timer] = timers.pending();
    expect(timers.pending()).toHaveLength(1);
    expect(timer!.ms).toBe(2000);
    clock.advance(2000);
    timers.fire(timer!);
    await vi.waitFor(async () => expect((await get(r.id))?.status).toBe('sent'));
    expect(timers.pending()).toHaveLength(0); // nothing left: no timer
  });

  it('asks for a Background Sync wake-up while something is unsent, not when all is sent', async () => {
    const { server, registerSync, start } = setup();
    await queued();
    server.next(answers.networkError());
    await start().started;
    expect(registerSync).toHaveBeenCalled();
  });

  it('does not ask for a wake-up when everything is sent', async () => {
    const { registerSync, start } = setup();
    await queued();
    expect(await start().started).toMatchObject({ sent: 1, nextAttemptAt: null });
    expect(registerSync).not.toHaveBeenCalled();
  });

  it('on the online event, retries at once what failed for lack of network', async () => {
    const { server, clock, events, timers, start } = setup();
    const r = await queued();
    const db = await getOutboxDb();
    await putRecord({ ...(await db.get('outbox', r.id))!, attempts: 7, nextAttemptAt: clock.now() + 128_000, lastError: { kind: 'network', message: '' } });
    await db.put('meta', { until: clock.now() + 128_000, reason: 'network' }, 'pause');
    const sync = start();
    expect(await sync.started).toMatchObject({ attempted: 0 });
    expect(timers.pending()[0]!.ms).toBe(128_000);
    events.dispatchEvent(new Event('online'));
    await vi.waitFor(async () => expect((await get(r.id))?.status).toBe('sent'));
    expect(server.calls).toHaveLength(1);
  });

  it('when a person queues a request, it and the ones waiting for the network are tried at once', async () => {
    const { server, clock, start } = setup();
    const waiting = await queued();
    const db = await getOutboxDb();
    await putRecord({ ...(await db.get('outbox', waiting.id))!, attempts: 6, nextAttemptAt: clock.now() + 64_000, lastError: { kind: 'network', message: '' } });
    await db.put('meta', { until: clock.now() + 64_000, reason: 'network' }, 'pause');
    expect(await start().started).toMatchObject({ attempted: 0 });
    const fresh = await queued();
    await vi.waitFor(async () => expect((await get(fresh.id))?.status).toBe('sent'));
    await vi.waitFor(async () => expect((await get(waiting.id))?.status).toBe('sent'));
    expect(server.calls).toHaveLength(2);
  });

  it('runs when another tab queues a request (its broadcast), sending it from here', async () => {
    const { server, start } = setup();
    await start().started;
    const draft = await createDraft({ input: sampleInput });
    // The other tab's queue: written to the shared database, announced on the channel.
    const db = await getOutboxDb();
    await db.delete('drafts', draft.id);
    await putRecord({
      id: draft.id, status: 'queued', body: { description: 'x' }, attempts: 0, nextAttemptAt: 0, leaseUntil: 0, lastError: null,
      fieldErrors: [], receipt: null, summary: { description: 'x', truncated: false, date: 1 }, history: [], step: '',
      createdAt: 1, queuedAt: 1, updatedAt: 1, sentAt: null,
    });
    const otherTab = new BroadcastChannel('outbox');
    otherTab.postMessage({ type: 'outbox-change', id: draft.id, status: 'queued', at: 1 } satisfies OutboxChange);
    otherTab.close();
    await vi.waitFor(async () => expect((await get(draft.id))?.status).toBe('sent'));
    expect(server.calls).toHaveLength(1);
  });

  it('takes note of another tab’s retry, so the request is not stranded if that tab closes', async () => {
    const { server, clock, timers, start } = setup();
    await start().started;
    expect(timers.pending()).toHaveLength(0);
    const r = await queued();
    await vi.waitFor(async () => expect((await get(r.id))?.status).toBe('sent'));
    // Another tab failed to send a second request and put it back with a 4 s wait.
    const other = await queued();
    await vi.waitFor(async () => expect((await get(other.id))?.status).toBe('sent'));
    const db = await getOutboxDb();
    await putRecord({ ...(await db.get('outbox', other.id))!, status: 'queued', receipt: null, nextAttemptAt: clock.now() + 4000, attempts: 2 });
    const otherTab = new BroadcastChannel('outbox');
    otherTab.postMessage({ type: 'outbox-change', id: other.id, status: 'queued', at: clock.now(), retryAt: clock.now() + 4000 } satisfies OutboxChange);
    otherTab.close();
    await vi.waitFor(() => expect(timers.pending().map((t) => t.ms)).toEqual([4000]));
    expect(server.calls).toHaveLength(2);
  });

  it('when another tab holds the lock, waits for it and then looks again (that tab may have been closed)', async () => {
    const locks = memoryLocks();
    const { server, start } = setup({ locks });
    const r = await queued();
    const release = locks.hold();
    expect(await start().started).toMatchObject({ ran: false });
    expect(server.calls).toHaveLength(0);
    release(); // the other tab finishes, or is closed, without sending it
    await vi.waitFor(async () => expect((await get(r.id))?.status).toBe('sent'));
    expect(server.calls).toHaveLength(1);
  });

  it('stop() removes the triggers', async () => {
    const { server, events, timers, start } = setup();
    await queued();
    server.next(answers.status(500));
    const sync = start();
    await sync.started;
    sync.stop();
    expect(timers.pending()).toHaveLength(0);
    events.dispatchEvent(new Event('online'));
    await queued();
    expect(await sync.kick()).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.calls).toHaveLength(1);
  });
});

describe('onOutboxChange', () => {
  it('gives this tab’s changes (local) and other tabs’ (not local)', async () => {
    const seen: [string, boolean][] = [];
    const unsubscribe = onOutboxChange((change, { local }) => seen.push([change.status, local]));
    await queued();
    const otherTab = new BroadcastChannel('outbox');
    otherTab.postMessage({ type: 'outbox-change', id: 'x', status: 'sent', at: 1 } satisfies OutboxChange);
    otherTab.postMessage({ something: 'else' });
    otherTab.close();
    await vi.waitFor(() => expect(seen).toEqual([['queued', true], ['sent', false]]));
    unsubscribe();
    await queued();
    expect(seen).toHaveLength(2);
  });
});

describe('ensurePersistence', () => {
  it('asks once and remembers the answer in meta', async () => {
    const storage = { persist: vi.fn(async () => false) };
    expect(await ensurePersistence(storage, () => 5)).toEqual({ supported: true, granted: false, at: 5 });
    expect(await ensurePersistence(storage, () => 6)).toEqual({ supported: true, granted: false, at: 5 });
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await getPersistence()).toEqual({ supported: true, granted: false, at: 5 });
  });

  it('does not ask when storage is already persistent, and notes when the browser cannot', async () => {
    const storage = { persist: vi.fn(async () => true), persisted: vi.fn(async () => true) };
    expect(await ensurePersistence(storage, () => 1)).toMatchObject({ granted: true });
    expect(storage.persist).not.toHaveBeenCalled();
    await resetOutbox();
    expect(await ensurePersistence({}, () => 1)).toEqual({ supported: false, granted: false, at: 1 });
  });
});

describe('outboxAvailable', () => {
  it('is true when IndexedDB opens and takes a write', async () => {
    expect(await outboxAvailable()).toBe(true);
  });

  it('is false without IndexedDB, when it refuses, or when it never answers', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await outboxAvailable()).toBe(false);
    await resetOutbox();
    vi.stubGlobal('indexedDB', {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    });
    expect(await outboxAvailable()).toBe(false);
    await resetOutbox();
    vi.stubGlobal('indexedDB', { open: () => new IDBOpenDBRequest() });
    expect(await outboxAvailable({ timeoutMs: 20 })).toBe(false);
    await resetOutbox();
    vi.unstubAllGlobals();
    await resetOutbox();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError'); // old Safari private mode
    });
    expect(await outboxAvailable()).toBe(false);
    put.mockRestore();
  });
});
