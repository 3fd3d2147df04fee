/**
 * Backups that move between the embedded PGlite and a PostgreSQL server: JSON lines (UTF-8), one per row.
 *
 *   {"format":"accessible-disclosure-backup","formatVersion":1,"createdAt":"…","migrations":["001_requests.sql",…],"tables":["request_counters",…]}
 *   {"table":"requests","row":{"id":1,"reference":"MDJCL-2026-000001",…}}      one line per row, tables in
 *   …                                                                          dependency order (parents first)
 *   {"end":true,"rows":{"requests":1,…}}                                        the last line: a dump without it is cut short
 *
 * Rows are PostgreSQL's own `row_to_json` (timestamps with their offset, jsonb as JSON, bytea as "\\x…" hex), read
 * in one REPEATABLE READ READ ONLY transaction, so the dump is one moment of the database even while requests come
 * in; restored with `json_populate_recordset`, which gives each column back its type. Every table of the schema is
 * dumped except schema_migrations, whose content is the header's `migrations`: tables a later migration adds are
 * included without a change here.
 */
import { migrate, migrationNames, migrationsDir } from './migrate.ts';
import type { Database, Queryable } from './database.ts';

export const BACKUP_FORMAT = 'accessible-disclosure-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Rows read (and inserted) per statement: a few hundred keeps memory small with attachments in rows. */
const BATCH = 200;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  migrations: string[];
  tables: string[];
}

/** How many rows of each table a backup holds (or a restore loaded), by table name. */
export type RowCounts = Record<string, number>;

/** A restore that must not go ahead; its message says why and what to do. Nothing was changed. */
export class RestoreRefused extends Error {}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The schema's tables, parents before the tables that refer to them. */
async function tablesInOrder(db: Queryable): Promise<string[]> {
  const tables = (
    await db.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class
       WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p') AND relname <> 'schema_migrations'
       ORDER BY relname`,
    )
  ).map((row) => row.name);
  const links = await db.query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
     FROM pg_constraint k JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
     WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace AND k.conrelid <> k.confrelid`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const link of links) if (link.child === table) visit(link.parent);
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}

async function primaryKey(db: Queryable, table: string): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
     WHERE i.indrelid = to_regclass(quote_ident($1)) AND i.indisprimary
     ORDER BY array_position(i.indkey::int2[], a.attnum)`,
    [table],
  );
  return rows.map((row) => row.name);
}

async function appliedMigrations(db: Queryable): Promise<string[]> {
  const [exists] = await db.query<{ found: string | null }>(`SELECT to_regclass('schema_migrations')::text AS found`);
  if (!exists?.found) return [];
  return (await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).map((row) => row.name);
}

/**
 * Writes the whole database to `write`, one line (with its newline) per call, awaiting each call (back-pressure).
 * Returns the rows per table. While it reads, the embedded database answers nothing else (one connection).
 */
export async function writeBackup(db: Database, write: (line: string) => Promise<void> | void, now: () => Date = () => new Date()): Promise<RowCounts> {
  return db.transaction(async (tx) => {
    await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const tables = await tablesInOrder(tx);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: now().toISOString(),
      migrations: await appliedMigrations(tx),
      tables,
    };
    await write(`${JSON.stringify(header)}\n`);
    const rows: RowCounts = {};
    for (const table of tables) {
      const key = await primaryKey(tx, table);
      const order = key.length > 0 ? key.map(ident).join(', ') : 't::text';
      rows[table] = 0;
      for (let offset = 0; ; offset += BATCH) {
        const page = await tx.query<{ j: string }>(
          `SELECT row_to_json(t)::text AS j FROM ${ident(table)} t ORDER BY ${order} LIMIT ${BATCH} OFFSET ${offset}`,
        );
        for (const { j } of page) await write(`{"table":${JSON.stringify(table)},"row":${j}}\n`);
        rows[table] += page.length;
        if (page.length < BATCH) break;
      }
    }
    await write(`${JSON.stringify({ end: true, rows })}\n`);
    return rows;
  });
}

function parse(line: string, number: number): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(line);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Said below.
  }
  throw new RestoreRefused(`Line ${number} of the backup is not a backup line: the file is damaged. Nothing was restored.`);
}

function checkHeader(value: Record<string, unknown>, shipped: string[]): BackupHeader {
  if (value.format !== BACKUP_FORMAT || !Array.isArray(value.migrations) || !Array.isArray(value.tables)) {
    throw new RestoreRefused('This file is not a backup made by "npm run backup". Nothing was restored.');
  }
  if (value.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new RestoreRefused(`This backup's format (${String(value.formatVersion)}) is not one this version reads: update the app. Nothing was restored.`);
  }
  const header = value as unknown as BackupHeader;
  const unknown = header.migrations.filter((name) => !shipped.includes(name));
  if (unknown.length > 0) {
    throw new RestoreRefused(
      `The backup was made by a newer version of the app (migration ${unknown.join(', ')}): update the app, then restore. Nothing was restored.`,
    );
  }
  const expected = shipped.slice(0, header.migrations.length);
  if (header.migrations.join() !== expected.join()) {
    throw new RestoreRefused(`The backup's migrations (${header.migrations.join(', ')}) are not this app's (${expected.join(', ')}). Nothing was restored.`);
  }
  return header;
}

/** Throws RestoreRefused naming the first table that has rows. */
async function checkEmpty(db: Database): Promise<void> {
  for (const table of await tablesInOrder(db)) {
    const [row] = await db.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${ident(table)}) AS any`);
    if (row?.any) {
      throw new RestoreRefused(
        `The database is not empty (table ${table} has rows): restore only into a new data folder or an empty PostgreSQL database. Nothing was changed.`,
      );
    }
  }
}

/** Identity and serial columns continue after the restored rows, so the next insert does not collide. */
async function resetSequences(tx: Queryable): Promise<void> {
  const columns = await tx.query<{ table_name: string; column_name: string; seq: string }>(
    `SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS seq
     FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  for (const { table_name, column_name, seq } of columns) {
    if (!seq) continue;
    await tx.query(
      `SELECT setval($1, coalesce(max(${ident(column_name)}), 1), max(${ident(column_name)}) IS NOT NULL) FROM ${ident(table_name)}`,
      [seq],
    );
  }
}

/**
 * Loads a backup (its lines, without newlines) into an empty database: checks it is empty (RestoreRefused if not),
 * checks the backup's migrations are this app's (RestoreRefused for one made by a newer version), migrates the
 * database to the backup's version, inserts every row in one transaction (a damaged or cut-short file leaves no
 * row), moves identity columns on past the restored ids, then applies this version's later migrations.
 * Returns the rows per table.
 */
export async function restoreBackup(db: Database, lines: AsyncIterable<string>, dir: string = migrationsDir): Promise<RowCounts> {
  const shipped = migrationNames(dir);
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new RestoreRefused('The backup file is empty. Nothing was restored.');
  const header = checkHeader(parse(first.value, 1), shipped);

  await checkEmpty(db);
  const applied = await appliedMigrations(db);
  if (applied.length > header.migrations.length) {
    throw new RestoreRefused(
      `The database already has migrations newer than the backup's (${applied.at(-1)}): restore into a new data folder or an empty PostgreSQL database, which "npm run restore" brings to the backup's version itself. Nothing was changed.`,
    );
  }
  if (header.migrations.length > 0) await migrate(db, dir, header.migrations.at(-1));

  const counts = await db.transaction(async (tx) => {
    const rows: RowCounts = {};
    let batch: { table: string; rows: unknown[] } | undefined;
    const flush = async () => {
      if (!batch || batch.rows.length === 0) return;
      const table = ident(batch.table);
      await tx.query(`INSERT INTO ${table} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, [
        JSON.stringify(batch.rows),
      ]);
      batch.rows = [];
    };
    let number = 1;
    let ended: Record<string, unknown> | undefined;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      number++;
      if (next.value.trim() === '') continue;
      if (ended) throw new RestoreRefused(`The backup goes on after its last line (line ${number}): the file is damaged. Nothing was restored.`);
      const line = parse(next.value, number);
      if (line.end === true) {
        ended = line;
        continue;
      }
      const table = line.table;
      if (typeof table !== 'string' || !header.tables.includes(table) || !line.row || typeof line.row !== 'object') {
        throw new RestoreRefused(`Line ${number} of the backup names no table of the backup: the file is damaged. Nothing was restored.`);
      }
      if (batch?.table !== table) {
        await flush();
        batch = { table, rows: [] };
      }
      batch.rows.push(line.row);
      rows[table] = (rows[table] ?? 0) + 1;
      if (batch.rows.length >= BATCH) await flush();
    }
    await flush();
    if (!ended) throw new RestoreRefused('The backup is cut short (it has no last line): the file is incomplete. Nothing was restored.');
    const promised = (ended.rows ?? {}) as RowCounts;
    for (const table of header.tables) {
      if ((promised[table] ?? 0) !== (rows[table] ?? 0)) {
        throw new RestoreRefused(`The backup promises ${promised[table] ?? 0} rows of ${table} but holds ${rows[table] ?? 0}: the file is damaged. Nothing was restored.`);
      }
    }
    await resetSequences(tx);
    return rows;
  });
  await migrate(db, dir);
  return counts;
}
