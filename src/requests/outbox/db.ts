// The IndexedDB database of the outbox: drafts, outbox, meta.
//
// Schema changes are a list of migrations, one per version, run in order inside the upgrade
// transaction. A migration may add stores, add indexes, and rewrite records through a cursor;
// it never deletes a store and never clears one, because a phone may hold a request that has
// not been delivered yet. If a migration throws, the upgrade transaction is aborted: the
// database stays at its old version with its records, and opening fails loudly.
//
// Version 2 would be added like this (kept as a test in db.test.ts):
//   (db, tx) => {
//     tx.objectStore('outbox').createIndex('by-status', 'status');
//   }

import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Draft, OutboxRecord } from './types.ts';

export const DB_NAME = 'accessible-disclosure';

export interface OutboxDbSchema extends DBSchema {
  drafts: { key: string; value: Draft };
  outbox: { key: string; value: OutboxRecord };
  /** Key-value store (out-of-line keys): 'pause', 'persistence', … */
  meta: { key: string; value: unknown };
}

export type OutboxDb = IDBPDatabase<OutboxDbSchema>;

/** A migration sees the database untyped: it works on the shape of the version before it. */
export type Migration = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>,
) => void | Promise<void>;

/** migrations[i] upgrades version i to version i + 1. The database version is their count. */
export const MIGRATIONS: readonly Migration[] = [
  // 1: the three stores. `contains` guards make it safe on a database that already has them.
  (db) => {
    if (!db.objectStoreNames.contains('drafts')) db.createObjectStore('drafts', { keyPath: 'id' });
    if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox', { keyPath: 'id' });
    if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta');
  },
];

export const DB_VERSION = MIGRATIONS.length;

export interface OpenOptions {
  /** For tests and future versions: the migration list (its length is the version). */
  migrations?: readonly Migration[];
  /** Called when another context needs this connection closed for an upgrade (after closing it). */
  onClose?: () => void;
}

/** Runs the migrations from oldVersion to newVersion; aborts the upgrade if one fails. */
export function upgrade(
  db: IDBPDatabase<unknown>,
  oldVersion: number,
  newVersion: number,
  tx: IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>,
  migrations: readonly Migration[],
): void {
  tx.done.catch(() => {
    // an aborted upgrade makes openOutboxDb() reject; that is where it is reported
  });
  const run = async () => {
    for (let v = oldVersion; v < newVersion; v++) {
      const migrate = migrations[v];
      if (!migrate) throw new Error(`No migration from version ${v} to ${v + 1}`);
      await migrate(db, tx);
    }
  };
  run().catch((error: unknown) => {
    console.error('Outbox database upgrade failed; nothing was changed', error);
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
  });
}

/**
 * Opens a new connection. The connection closes itself when another tab or the service worker
 * opens a newer version, so upgrades are never blocked by an idle tab.
 */
export async function openOutboxDb(options: OpenOptions = {}): Promise<OutboxDb> {
  const migrations = options.migrations ?? MIGRATIONS;
  let db: OutboxDb | undefined;
  db = await openDB<OutboxDbSchema>(DB_NAME, migrations.length, {
    upgrade(database, oldVersion, newVersion, tx) {
      upgrade(
        database as unknown as IDBPDatabase<unknown>,
        oldVersion,
        newVersion ?? migrations.length,
        tx as unknown as IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>,
        migrations,
      );
    },
    blocking() {
      db?.close();
      options.onClose?.();
    },
    terminated() {
      options.onClose?.();
    },
  });
  return db;
}

let shared: Promise<OutboxDb> | null = null;

/** The connection the outbox functions share (opened on first use, reopened after a close). */
export function getOutboxDb(): Promise<OutboxDb> {
  if (!shared) {
    const opening = openOutboxDb({
      onClose: () => {
        if (shared === opening) shared = null;
      },
    });
    shared = opening;
    opening.catch(() => {
      if (shared === opening) shared = null;
    });
  }
  return shared;
}

/**
 * Closes the shared connection (tests; or before deleting the database). An open still pending
 * is closed when it completes; this never waits for it, since a broken IndexedDB may never answer.
 */
export async function closeOutboxDb(): Promise<void> {
  const current = shared;
  shared = null;
  if (current) {
    void current.then(
      (db) => db.close(),
      () => {},
    );
    await Promise.resolve();
  }
}
