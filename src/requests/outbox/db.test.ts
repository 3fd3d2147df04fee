import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, MIGRATIONS, getOutboxDb, openOutboxDb, type Migration } from './db.ts';
import { createDraft, getDraft, saveDraft } from './drafts.ts';
import { get, queue } from './outbox.ts';
import { resetOutbox, sampleInput } from './test-support.ts';

beforeEach(resetOutbox);

/** Fills a version-1 database the way the app does: a draft, a queued record, a meta value. */
async function fillVersion1() {
  const draft = await createDraft({ input: { name: '李四' }, step: 'contact' });
  const toQueue = await createDraft({ input: sampleInput, step: 'check' });
  const record = await queue(toQueue.id);
  const db = await getOutboxDb();
  await db.put('meta', { supported: true, granted: true, at: 1 }, 'persistence');
  return { draft, record };
}

// Version 2 as a future release could write it: an index, and a field filled in on every record.
const version2: Migration = async (_db, tx) => {
  const store = tx.objectStore('outbox');
  store.createIndex('by-status', 'status');
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    await cursor.update({ ...(cursor.value as object), channel: 'app' });
  }
};

describe('openOutboxDb', () => {
  it('creates the drafts, outbox and meta stores at version 1', async () => {
    const db = await openOutboxDb();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(1);
    expect(DB_VERSION).toBe(1);
    expect([...db.objectStoreNames].sort()).toEqual(['drafts', 'meta', 'outbox']);
    const tx = db.transaction(['drafts', 'outbox', 'meta']);
    expect(tx.objectStore('drafts').keyPath).toBe('id');
    expect(tx.objectStore('outbox').keyPath).toBe('id');
    expect(tx.objectStore('meta').keyPath).toBeNull();
    db.close();
  });

  it('upgrades a version-1 database with records in it to version 2 without losing any', async () => {
    const { draft, record } = await fillVersion1();
    const before = await getOutboxDb();
    const snapshot = {
      drafts: await before.getAll('drafts'),
      outbox: await before.getAll('outbox'),
      meta: await before.get('meta', 'persistence'),
    };
    expect(snapshot.drafts).toHaveLength(1);
    expect(snapshot.outbox).toHaveLength(1);

    // The shared connection is still open: the upgrade must not be blocked by it.
    const v2 = (await openOutboxDb({ migrations: [...MIGRATIONS, version2] })) as unknown as IDBPDatabase;
    expect(v2.version).toBe(2);
    expect(await v2.getAll('drafts')).toEqual(snapshot.drafts);
    expect(await v2.getAll('outbox')).toEqual(snapshot.outbox.map((r) => ({ ...r, channel: 'app' })));
    expect(await v2.get('meta', 'persistence')).toEqual(snapshot.meta);
    const queued = await v2.getAllFromIndex('outbox', 'by-status', 'queued');
    expect(queued.map((r: { id: string }) => r.id)).toEqual([record.id]);
    expect((await v2.get('drafts', draft.id)).input).toEqual({ name: '李四' });
    v2.close();
  });

  it('leaves the database at its old version, records intact, when a migration fails', async () => {
    const { record } = await fillVersion1();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken: Migration = async (_db, tx) => {
      const store = tx.objectStore('outbox');
      await store.clear(); // a buggy migration that wipes the store…
      throw new Error('…and then fails');
    };
    await expect(openOutboxDb({ migrations: [...MIGRATIONS, broken] })).rejects.toBeTruthy();
    errors.mockRestore();
    const raw = await openDB(DB_NAME);
    expect(raw.version).toBe(1);
    expect(await raw.get('outbox', record.id)).toEqual(record);
    raw.close();
  });

  it('keeps working on a database whose stores already exist (version-1 migration is guarded)', async () => {
    // A v1 database made by hand, as an earlier build of this code would have made it.
    const raw = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('outbox', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
    });
    await raw.put('drafts', { id: 'd1', input: { name: 'x' }, step: '', createdAt: 1, updatedAt: 1, fieldErrors: [], rejection: null, history: [] });
    raw.close();
    expect((await getDraft('d1'))?.input).toEqual({ name: 'x' });
    expect(await saveDraft('d1', { input: { name: 'xy' } })).toBe(true);
    expect((await getDraft('d1'))?.input).toEqual({ name: 'xy' });
    expect(await get('nothing')).toBeUndefined();
  });

  it('reopens the shared connection after another context closed it for an upgrade', async () => {
    const draft = await createDraft({ input: { name: 'a' } });
    const first = await getOutboxDb();
    // Another tab deletes the database; our connection is asked to close (versionchange).
    const { deleteDB } = await import('idb');
    await deleteDB(DB_NAME);
    const second = await getOutboxDb();
    expect(second).not.toBe(first);
    expect(await getDraft(draft.id)).toBeUndefined(); // it was deleted; but the outbox works again
    await createDraft();
  });
});
