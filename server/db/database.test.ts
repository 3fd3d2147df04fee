import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { migrate, migrationsDir } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { testDatabases } from './test-databases.ts';

const folders: string[] = [];
const tempFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'ad-db-'));
  folders.push(folder);
  return folder;
};
const shippedMigrations = readdirSync(migrationsDir).filter((file) => file.endsWith('.sql')).sort();

afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe.each(testDatabases())('$name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  }, 30_000);
  afterAll(() => db.close());
  afterEach(() => db.exec('DROP TABLE IF EXISTS scratch'));

  it('gives the same types on either driver', async () => {
    const [row] = await db.query(
      `SELECT 1::integer AS int, 9007199254740991::bigint AS big, count(*) AS count, 'text' AS text, true AS bool,
              DATE '2026-02-14' AS day, TIMESTAMPTZ '2026-02-14T01:02:03.456Z' AS at, '{"a":[1]}'::jsonb AS doc, NULL AS nothing
       FROM (VALUES (1), (2)) AS t(x)`,
    );
    expect(row).toEqual({
      int: 1,
      big: 9007199254740991,
      count: 2,
      text: 'text',
      bool: true,
      day: '2026-02-14',
      at: new Date('2026-02-14T01:02:03.456Z'),
      doc: { a: [1] },
      nothing: null,
    });
  });

  it('takes parameters as $1, $2', async () => {
    expect(await db.query('SELECT $1::text || $2::text AS joined', ['残', '联'])).toEqual([{ joined: '残联' }]);
  });

  it('commits a transaction that succeeds and rolls back one that throws, all of it', async () => {
    await db.exec('CREATE TABLE scratch (n integer PRIMARY KEY)');
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO scratch VALUES (1)');
      await tx.query('INSERT INTO scratch VALUES (2)');
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO scratch VALUES (3)');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO scratch VALUES (4)');
        await tx.query('INSERT INTO scratch VALUES (1)');
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await db.query('SELECT n FROM scratch ORDER BY n')).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('has applied every migration once, and applies none again', async () => {
    const recorded = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(recorded.map((row) => row.name)).toEqual(shippedMigrations);
    expect(await migrate(db)).toEqual([]);
  });
});

describe('migrations', () => {
  it('apply in order, each once, and a failed one leaves nothing behind', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, '001_first.sql'), 'CREATE TABLE a (n integer); INSERT INTO a VALUES (1);');
    writeFileSync(join(dir, '002_second.sql'), 'CREATE TABLE b (n integer); INSERT INTO b VALUES (no_such_column);');
    writeFileSync(join(dir, 'README.md'), 'not a migration');
    const db = await openPglite();
    try {
      await expect(migrate(db, dir)).rejects.toThrow(/no_such_column/);
      expect(await db.query('SELECT n FROM a')).toEqual([{ n: 1 }]);
      expect(await db.query("SELECT to_regclass('b') AS b")).toEqual([{ b: null }]);

      writeFileSync(join(dir, '002_second.sql'), 'CREATE TABLE b (n integer); INSERT INTO b VALUES (2);');
      expect(await migrate(db, dir)).toEqual(['002_second.sql']);
      expect(await db.query('SELECT n FROM a')).toEqual([{ n: 1 }]);
      expect(await migrate(db, dir)).toEqual([]);
    } finally {
      await db.close();
    }
  }, 30_000);

  it('keep the embedded database’s data in its folder across restarts', async () => {
    const dataDir = join(tempFolder(), 'data');
    const first = await openPglite(dataDir);
    expect(await migrate(first)).toEqual(shippedMigrations);
    await first.exec('INSERT INTO request_counters VALUES (2026, 41)');
    await first.close();

    const second = await openPglite(dataDir);
    expect(await migrate(second, migrationsDir)).toEqual([]);
    expect(await second.query('SELECT last_number FROM request_counters')).toEqual([{ last_number: 41 }]);
    await second.close();
  }, 30_000);

  it('refuse a second server on the same folder while the first runs, which would corrupt it', async () => {
    const dataDir = join(tempFolder(), 'data');
    const first = await openPglite(dataDir);
    await expect(openPglite(dataDir)).rejects.toThrow(`The database in ${dataDir} is in use by process ${process.pid}`);
    await first.close();
    const again = await openPglite(dataDir);
    await again.close();
  }, 30_000);

  it('take over the folder of a server that died without closing it', async () => {
    const dataDir = join(tempFolder(), 'data');
    await (await openPglite(dataDir)).close();
    // No process has this number: the server that wrote it is gone.
    writeFileSync(join(dataDir, 'server.lock'), '2147483646');
    const db = await openPglite(dataDir);
    expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await db.close();
  }, 30_000);
});
