/**
 * `npm run backup -- <file>` and `npm run restore -- <file>` (backup.ts describes the file).
 *
 * Backup, while the server runs or not: with DATABASE_URL it connects to PostgreSQL. With the embedded database it
 * opens the data folder when no server has it, and otherwise asks the running server through its backup socket
 * (backup-socket.ts). The file is written as `<file>.partial` and renamed when complete: a file of that name is
 * always a whole backup.
 *
 * Restore, into an empty database only: a new (or empty) DATA_DIR with no server running, or an empty PostgreSQL
 * database in DATABASE_URL. Moving from the embedded database to PostgreSQL is a backup without DATABASE_URL and a
 * restore with it.
 *
 * Exit codes: 0 done, 1 refused or failed (the message says why), 2 wrong usage.
 */
import { createReadStream, existsSync, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { configFrom } from '../config/config.ts';
import { createLogger } from '../logging/logger.ts';
import { restoreBackup, RestoreRefused, writeBackup, type RowCounts } from './backup.ts';
import { backupSocketPath, fetchBackup } from './backup-socket.ts';
import type { Database } from './database.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

export interface BackupIo {
  /** DATA_DIR and DATABASE_URL are read; nothing else. */
  env: Record<string, string | undefined>;
  /** The project folder, which a relative DATA_DIR is taken from. */
  projectDir: string;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = 'Usage: npm run backup -- <file>   |   npm run restore -- <file>';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const holderOf = (error: unknown) => /in use by process (\d+)/.exec(message(error))?.[1];
const total = (rows: RowCounts) => Object.values(rows).reduce((sum, n) => sum + n, 0);

function settings(io: BackupIo) {
  return configFrom({ DATA_DIR: io.env.DATA_DIR, DATABASE_URL: io.env.DATABASE_URL }, io.projectDir);
}

function openPostgresQuietly(url: string): Promise<Database> {
  return openPostgres(url, { max: 2, logger: createLogger({ level: 'silent' }) });
}

/** Runs `npm run backup -- <file>`; the exit code is the answer. */
export async function runBackup(args: readonly string[], io: BackupIo): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    io.err(USAGE);
    return 2;
  }
  const config = settings(io);
  const partial = `${file}.partial`;
  const out = await open(partial, 'w', 0o600);
  const write = async (chunk: string | Buffer) => {
    if (typeof chunk === 'string') await out.write(chunk);
    else await out.write(chunk);
  };
  try {
    let how: string;
    if (config.databaseUrl) {
      const db = await openPostgresQuietly(config.databaseUrl);
      try {
        how = `${total(await writeBackup(db, write))} rows from PostgreSQL`;
      } finally {
        await db.close();
      }
    } else {
      if (!existsSync(`${config.dataDir}/PG_VERSION`)) throw new Error(`There is no database in ${config.dataDir}: check DATA_DIR.`);
      let db: Database | undefined;
      try {
        db = await openPglite(config.dataDir);
      } catch (error) {
        const holder = holderOf(error);
        if (!holder) throw error;
        const socket = backupSocketPath(config.dataDir);
        if (!existsSync(socket)) {
          throw new Error(
            `The server (process ${holder}) has the database open and offers no backup socket (${socket}): it is an older version; stop it and run the backup again.`,
          );
        }
        await fetchBackup(socket, write);
        how = `from the running server (process ${holder})`;
      }
      if (db) {
        try {
          how = `${total(await writeBackup(db, write))} rows from ${config.dataDir}`;
        } finally {
          await db.close();
        }
      }
    }
    await out.close();
    // The last line is the end line: a server that stopped midway gave a cut-short file.
    if (!(await endsComplete(partial))) throw new Error('The backup stopped before its end (the server stopped?): run it again.');
    renameSync(partial, file);
    io.out(`Backup written to ${file} (${how!}).`);
    return 0;
  } catch (error) {
    await out.close().catch(() => {});
    rmSync(partial, { force: true });
    io.err(`No backup was written: ${message(error)}`);
    return 1;
  }
}

async function endsComplete(file: string): Promise<boolean> {
  let last = '';
  for await (const line of lines(file)) if (line.trim() !== '') last = line;
  try {
    return (JSON.parse(last) as { end?: unknown }).end === true;
  } catch {
    return false;
  }
}

function lines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
}

/** Runs `npm run restore -- <file>`; the exit code is the answer. */
export async function runRestore(args: readonly string[], io: BackupIo): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    io.err(USAGE);
    return 2;
  }
  if (!existsSync(file)) {
    io.err(`There is no file ${file}.`);
    return 1;
  }
  const config = settings(io);
  let db: Database;
  try {
    db = config.databaseUrl ? await openPostgresQuietly(config.databaseUrl) : await openPglite(config.dataDir);
  } catch (error) {
    const holder = holderOf(error);
    io.err(
      holder
        ? `The server (process ${holder}) has the database in ${config.dataDir} open. A restore goes into an empty database: set DATA_DIR to a new folder (or stop the server and move its folder away), restore, then start the server on it.`
        : `Cannot open the database: ${message(error)}`,
    );
    return 1;
  }
  try {
    const rows = await restoreBackup(db, lines(file));
    const where = config.databaseUrl ? 'the PostgreSQL database in DATABASE_URL' : config.dataDir;
    io.out(`Restored ${total(rows)} rows into ${where}: ${Object.entries(rows).map(([table, n]) => `${table} ${n}`).join(', ') || 'no rows'}.`);
    return 0;
  } catch (error) {
    io.err(error instanceof RestoreRefused ? error.message : `The restore failed, and nothing was restored: ${message(error)}`);
    return 1;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // npm runs scripts in the project folder; a relative file name means the folder the person typed the command in.
  const typedIn = process.env.INIT_CWD ?? process.cwd();
  const [command, ...args] = process.argv.slice(2).map((arg, i) => (i > 0 && arg !== '' ? resolve(typedIn, arg) : arg));
  const io: BackupIo = {
    env: process.env,
    projectDir: fileURLToPath(new URL('../..', import.meta.url)),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
  const code = command === 'backup' ? await runBackup(args, io) : command === 'restore' ? await runRestore(args, io) : (io.err(USAGE), 2);
  process.exit(code);
}
