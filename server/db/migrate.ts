import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Database } from './database.ts';

export const migrationsDir = fileURLToPath(new URL('./migrations', import.meta.url));

/** The migration files in `dir`, in the order they apply. */
export function migrationNames(dir: string = migrationsDir): string[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}_[\w-]+\.sql$/.test(file))
    .sort();
}

/** Any fixed number: two servers starting at once against one database take turns. */
const MIGRATION_LOCK = 7_240_311;

/**
 * Applies the SQL files in `dir` (named 001_what.sql, 002_…) that this database has not had yet, in order, each in
 * its own transaction with its record in schema_migrations: a failed migration leaves nothing behind.
 * Returns the names of the files applied now. With `until`, stops after that file (a restore brings a database to
 * its backup's version, loads the rows, then applies the rest).
 */
export async function migrate(db: Database, dir: string = migrationsDir, until?: string): Promise<string[]> {
  const files = migrationNames(dir).filter((file) => until === undefined || file <= until);
  const applied: string[] = [];
  for (const file of files) {
    const sql = readFileSync(join(dir, file), 'utf8');
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [file]);
      if (seen.length > 0) return false;
      await tx.exec(sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      return true;
    });
    if (done) applied.push(file);
  }
  return applied;
}
