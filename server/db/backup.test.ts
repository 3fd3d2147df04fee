import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisation, person } from '../../src/requests/rules/test-requests.ts';
import { addTestStaff, fileRequest, signIn, staffPost, staffTestApp } from '../staff/test-staff.ts';
import { fixtureDist, removeFixtures } from '../test/fixture-dist.ts';
import { restoreBackup, RestoreRefused, writeBackup } from './backup.ts';
import { runBackup, runRestore, type BackupIo } from './backup-cli.ts';
import { backupSocketPath, serveBackups } from './backup-socket.ts';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { testDatabases } from './test-databases.ts';

const AUTUMN = '2026-09-10T01:30:00Z';
let dist: string;
const folders: string[] = [];
const tempFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'ad-backup-'));
  folders.push(folder);
  return folder;
};
beforeAll(() => {
  dist = fixtureDist().dist;
});
afterAll(() => {
  removeFixtures();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function dump(db: Database): Promise<string[]> {
  let text = '';
  await writeBackup(db, (line) => void (text += line));
  return text.split('\n').filter((line) => line !== '');
}

async function* each(lines: string[]): AsyncIterable<string> {
  yield* lines;
}

/** Files requests, answers one through the staff API (audit trail, jsonb), and returns what each status check says. */
async function fill(db: Database) {
  const t = staffTestApp(db, dist, AUTUMN);
  await addTestStaff(db);
  const receipts = [await fileRequest(t.app), await fileRequest(t.app, organisation), await fileRequest(t.app, { ...person, name: '李四' })];
  const cookie = await signIn(t.app);
  const replied = await staffPost(t.app, cookie, `/api/staff/requests/${receipts[0]!.reference}/reply`, { outcome: 'disclosed', replyText: '已公开，见附件' });
  expect(replied.status).toBe(200);
  return { receipts, statuses: await statuses(db, receipts) };
}

async function statuses(db: Database, receipts: { reference: string; statusToken: string }[]) {
  const { app } = staffTestApp(db, dist, AUTUMN);
  return Promise.all(
    receipts.map(async ({ reference, statusToken }) => {
      const response = await app.request(`/api/requests/${reference}?token=${statusToken}`);
      return { status: response.status, body: await response.json() };
    }),
  );
}

describe.each(testDatabases())('backup and restore on $name', ({ open }) => {
  let source: Database;
  let lines: string[];
  let filled: Awaited<ReturnType<typeof fill>>;
  beforeAll(async () => {
    source = await open();
    filled = await fill(source);
    lines = await dump(source);
  }, 60_000);
  afterAll(() => source.close());

  it('restores into a fresh database, where every request answers its status token as before, and numbering goes on', async () => {
    const target = await open();
    try {
      const rows = await restoreBackup(target, each(lines));
      expect(rows).toMatchObject({ requests: 3, staff: 1, audit_log: 1 });
      expect(filled.statuses.map((s) => s.status)).toEqual([200, 200, 200]);
      expect(filled.statuses[0]!.body.status).toBe('answered');
      expect(await statuses(target, filled.receipts)).toEqual(filled.statuses);
      expect(await target.query('SELECT before, after FROM audit_log')).toEqual(await source.query('SELECT before, after FROM audit_log'));
      // Identity columns and the reference counter continue after the restored rows.
      const t = staffTestApp(target, dist, AUTUMN);
      expect((await fileRequest(t.app)).reference).toBe('MDJCL-2026-000004');
      const cookie = await signIn(t.app);
      expect((await staffPost(t.app, cookie, `/api/staff/requests/${filled.receipts[1]!.reference}/extension`, { reason: '需要时间' })).status).toBe(200);
    } finally {
      await target.close();
    }
  }, 60_000);

  it('refuses a database that is not empty, changing nothing', async () => {
    await expect(restoreBackup(source, each(lines))).rejects.toThrow(/The database is not empty \(table \w+ has rows\)/);
    expect(await source.query('SELECT count(*)::int AS n FROM requests')).toEqual([{ n: 3 }]);
  });

  it('refuses a backup made by a newer version, and one cut short, restoring nothing', async () => {
    const target = await open();
    try {
      const header = JSON.parse(lines[0]!);
      const newer = [JSON.stringify({ ...header, migrations: [...header.migrations, '999_future.sql'] }), ...lines.slice(1)];
      await expect(restoreBackup(target, each(newer))).rejects.toThrow('The backup was made by a newer version of the app (migration 999_future.sql)');
      await expect(restoreBackup(target, each(lines.slice(0, -2)))).rejects.toThrow(RestoreRefused);
      await expect(restoreBackup(target, each(lines.slice(0, -2)))).rejects.toThrow('cut short');
      expect(await target.query('SELECT count(*)::int AS n FROM requests')).toEqual([{ n: 0 }]);
      await restoreBackup(target, each(lines));
      expect(await target.query('SELECT count(*)::int AS n FROM requests')).toEqual([{ n: 3 }]);
    } finally {
      await target.close();
    }
  }, 60_000);

  it('writes one moment of the database even while requests come in', async () => {
    const t = staffTestApp(source, dist, AUTUMN);
    let text = '';
    let filing: Promise<unknown> | undefined;
    await writeBackup(source, async (line) => {
      text += line;
      // A request sent after the backup has begun is not in it, and the backup's rows agree with its end line.
      filing ??= fileRequest(t.app, { ...person, name: '王五' });
    });
    await filing;
    const rows = text.trim().split('\n').map((line) => JSON.parse(line));
    expect(rows.filter((line) => line.table === 'requests')).toHaveLength(3);
    expect(rows.at(-1)).toMatchObject({ end: true, rows: { requests: 3 } });
    await source.query("DELETE FROM request_events WHERE request_id = (SELECT id FROM requests WHERE reference = 'MDJCL-2026-000004')");
    await source.query("DELETE FROM requests WHERE reference = 'MDJCL-2026-000004'");
  }, 60_000);
});

describe('npm run backup and npm run restore with the embedded database', () => {
  const io = (env: Record<string, string>) => {
    const said = { out: [] as string[], err: [] as string[] };
    const value: BackupIo = { env, projectDir: process.cwd(), out: (line) => said.out.push(line), err: (line) => said.err.push(line) };
    return { io: value, said };
  };

  it('back up through the running server, which holds the folder, and restore into a new folder (then PostgreSQL, when set)', async () => {
    const dataDir = join(tempFolder(), 'data');
    // The server: it holds the folder's lock and answers on its backup socket, as server/index.ts does.
    const server = await openPglite(dataDir);
    await migrate(server);
    const { receipts, statuses: before } = await fill(server);
    const closeSocket = await serveBackups(server, backupSocketPath(dataDir));
    const file = join(tempFolder(), 'backup.jsonl');
    try {
      const backup = io({ DATA_DIR: dataDir });
      expect(await runBackup([file], backup.io)).toBe(0);
      expect(backup.said.out).toEqual([`Backup written to ${file} (from the running server (process ${process.pid})).`]);
      expect(existsSync(`${file}.partial`)).toBe(false);

      // A restore never goes into the running server's folder.
      const busy = io({ DATA_DIR: dataDir });
      expect(await runRestore([file], busy.io)).toBe(1);
      expect(busy.said.err.join('')).toContain(`The server (process ${process.pid}) has the database in ${dataDir} open`);
    } finally {
      await closeSocket();
      await server.close();
    }

    const newDir = join(tempFolder(), 'restored');
    const restore = io({ DATA_DIR: newDir });
    expect(await runRestore([file], restore.io)).toBe(0);
    expect(restore.said.out[0]).toMatch(new RegExp(`^Restored \\d+ rows into ${newDir}: .*requests 3`));
    const again = io({ DATA_DIR: newDir });
    expect(await runRestore([file], again.io)).toBe(1);
    expect(again.said.err[0]).toMatch(/^The database is not empty/);

    const restored = await openPglite(newDir);
    try {
      expect(await statuses(restored, receipts)).toEqual(before);
    } finally {
      await restored.close();
    }

    // With no server running, the command opens the folder itself.
    const stopped = io({ DATA_DIR: newDir });
    const second = join(tempFolder(), 'second.jsonl');
    expect(await runBackup([second], stopped.io)).toBe(0);
    expect(stopped.said.out[0]).toMatch(/^Backup written to .* \(\d+ rows from /);
    expect(readFileSync(second, 'utf8').split('\n').filter((l) => l.includes('"table":"requests"'))).toHaveLength(3);

    // From the embedded database to PostgreSQL: the same file, restored with DATABASE_URL.
    const url = process.env.DATABASE_URL;
    if (url) {
      const { open } = testDatabases().find((d) => d.name === 'PostgreSQL')!;
      const target = await open();
      try {
        await restoreBackup(target, each(readFileSync(file, 'utf8').split('\n').filter((l) => l !== '')));
        expect(await statuses(target, receipts)).toEqual(before);
      } finally {
        await target.close();
      }
    }
  }, 120_000);

  it('says what is wrong with no folder, no file or no argument, writing nothing', async () => {
    const nothing = io({ DATA_DIR: join(tempFolder(), 'none') });
    const file = join(tempFolder(), 'x.jsonl');
    expect(await runBackup([file], nothing.io)).toBe(1);
    expect(nothing.said.err[0]).toMatch(/^No backup was written: There is no database in /);
    expect(existsSync(file) || existsSync(`${file}.partial`)).toBe(false);
    expect(await runBackup([], nothing.io)).toBe(2);
    expect(await runRestore([join(tempFolder(), 'missing.jsonl')], nothing.io)).toBe(1);
    writeFileSync(file, 'not a backup\n');
    const damaged = io({ DATA_DIR: join(tempFolder(), 'new') });
    expect(await runRestore([file], damaged.io)).toBe(1);
    expect(damaged.said.err[0]).toContain('Line 1 of the backup is not a backup line');
  }, 60_000);
});
