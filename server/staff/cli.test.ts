import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { openPglite } from '../db/pglite.ts';
import { type CommandIo, runStaffCommand } from './cli.ts';
import { verifyPassword } from './passwords.ts';
import { rolesOf } from './roles.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The command's surroundings, recorded: what it printed, and the database it was given. */
function fakeIo(options: { env?: Record<string, string>; typed?: (string | undefined)[]; db?: Database; openError?: Error }) {
  const out: string[] = [];
  const err: string[] = [];
  const typed = [...(options.typed ?? [])];
  const io: CommandIo = {
    env: options.env ?? {},
    askPassword: async () => typed.shift(),
    openDatabase: async () => {
      if (options.openError) throw options.openError;
      return { ...options.db!, close: async () => {} };
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, out, err };
}

describe('npm run staff -- add <name>', () => {
  it('adds an account with the password from STAFF_PASSWORD, hashed', async () => {
    const db = await openPglite();
    await migrate(db);
    const { io, out } = fakeIo({ env: { STAFF_PASSWORD: 'a long enough password' }, db });
    expect(await runStaffCommand(['add', '王明'], io)).toBe(0);
    expect(out).toEqual(['Added staff account "王明" with every role, administrator included. They sign in at /staff/sign-in.']);
    const [row] = await db.query<{ name: string; password_hash: string }>('SELECT name, password_hash FROM staff');
    expect(row!.name).toBe('王明');
    expect(await verifyPassword('a long enough password', row!.password_hash)).toBe(true);

    const again = fakeIo({ env: { STAFF_PASSWORD: 'another long password' }, db });
    expect(await runStaffCommand(['add', '王明'], again.io)).toBe(1);
    expect(again.err).toEqual(['There is already a staff account named "王明": nothing was changed.']);
    await db.close();
  }, 30_000);

  it('asks twice at the prompt when STAFF_PASSWORD is not set, and stores nothing when the two differ', async () => {
    const db = await openPglite();
    await migrate(db);
    const mismatch = fakeIo({ typed: ['first long password', 'second long password'], db });
    expect(await runStaffCommand(['add', 'lin'], mismatch.io)).toBe(1);
    expect(mismatch.err).toEqual(['The two passwords are not the same: nothing was stored. Run the command again.']);
    const short = fakeIo({ typed: ['short', 'short'], db });
    expect(await runStaffCommand(['add', 'lin'], short.io)).toBe(1);
    expect(short.err).toEqual(['The password must be at least 12 characters long. Nothing was stored.']);
    expect(await db.query('SELECT * FROM staff')).toEqual([]);
    const typed = fakeIo({ typed: ['typed long password', 'typed long password'], db });
    expect(await runStaffCommand(['add', 'lin'], typed.io)).toBe(0);
    await db.close();
  }, 30_000);

  it('says how to give a password when there is no terminal, and how to call it when the words are wrong', async () => {
    const noTerminal = fakeIo({ typed: [undefined] });
    expect(await runStaffCommand(['add', 'lin'], noTerminal.io)).toBe(1);
    expect(noTerminal.err).toEqual(['No terminal to type the password in: set STAFF_PASSWORD instead.']);
    for (const args of [[], ['add'], ['remove', 'lin'], ['add', 'lin', 'extra'], ['add', 'lin', '--role'], ['add', '--role', 'writer']]) {
      const usage = fakeIo({});
      expect(await runStaffCommand(args, usage.io)).toBe(2);
      expect(usage.err[0]).toMatch(/^Usage: npm run staff -- add <name>/);
    }
  });

  it('gives the roles of --role, every role without it, and refuses a role the review steps do not have', async () => {
    const db = await openPglite();
    await migrate(db);
    const env = { STAFF_PASSWORD: 'a long enough password' };
    const proofreader = fakeIo({ env, db });
    expect(await runStaffCommand(['add', '校对员', '--role', 'proofreader', '--role', 'first-reviewer'], proofreader.io)).toBe(0);
    expect(proofreader.out[0]).toBe('Added staff account "校对员" with the roles proofreader, first-reviewer. They sign in at /staff/sign-in.');
    const everyone = fakeIo({ env, db });
    expect(await runStaffCommand(['add', '主任'], everyone.io)).toBe(0);
    const ids = Object.fromEntries((await db.query<{ id: number; name: string }>('SELECT id, name FROM staff')).map((row) => [row.name, row.id]));
    expect([...(await rolesOf(db, ids['校对员']!))].sort()).toEqual(['first-reviewer', 'proofreader']);
    expect([...(await rolesOf(db, ids['主任']!))]).toEqual(['writer', 'proofreader', 'first-reviewer', 'second-reviewer', 'third-reviewer', 'administrator']);

    const wrong = fakeIo({ env, db });
    expect(await runStaffCommand(['add', '编辑', '--role', 'editor'], wrong.io)).toBe(2);
    expect(wrong.err[0]).toBe(
      'Unknown role: editor. The roles are: writer, proofreader, first-reviewer, second-reviewer, third-reviewer, administrator. Nothing was stored.',
    );
    expect(await db.query("SELECT * FROM staff WHERE name = '编辑'")).toEqual([]);
    const help = fakeIo({});
    await runStaffCommand([], help.io);
    expect(help.err[0]).toContain('Roles: writer, proofreader, first-reviewer, second-reviewer, third-reviewer, administrator.');
    await db.close();
  }, 30_000);

  it('refuses a name with spaces', async () => {
    const db = await openPglite();
    await migrate(db);
    const { io, err } = fakeIo({ env: { STAFF_PASSWORD: 'a long enough password' }, db });
    expect(await runStaffCommand(['add', ' lin '], io)).toBe(1);
    expect(err[0]).toMatch(/^The name must not be empty or start or end with a space/);
    await db.close();
  }, 30_000);

  it('runs as a command on a data folder, and refuses while a server holds that folder', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'ad-staff-cli-')), 'data');
    folders.push(dataDir);
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const run = (name: string) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', cli, 'add', name], {
        env: { ...process.env, DATA_DIR: dataDir, STAFF_PASSWORD: 'password for the test run', DATABASE_URL: '' },
      }).then(
        (result) => ({ code: 0, ...result }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );

    const added = await run('zhao');
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Added staff account "zhao"');

    // A server (this test process) opens the folder: the command must not touch it.
    const server = await openPglite(dataDir);
    try {
      const refused = await run('qian');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`The server (process ${process.pid}) has the database open`);
      expect(refused.stderr).toContain('Stop the server, run this command again, then start the server.');
      expect(await server.query('SELECT name FROM staff')).toEqual([{ name: 'zhao' }]);
    } finally {
      await server.close();
    }
  }, 60_000);
});
