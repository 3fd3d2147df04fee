import { randomBytes } from 'node:crypto';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

export interface TestDatabase {
  name: string;
  /** A new, empty, migrated database; close() removes it. */
  open(): Promise<Database>;
}

/** A schema of its own, dropped when closed: runs never see each other's rows. */
async function freshPostgres(url: string): Promise<Database> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const db = await openPostgres(url, { schema, max: 20 });
  await migrate(db);
  return {
    ...db,
    async close() {
      await db.exec(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  };
}

/**
 * The databases the server tests run on: the embedded PGlite, in memory, always; PostgreSQL too when DATABASE_URL
 * is set. `TEST_DATABASES=postgres` leaves PGlite out: .ci/run's second pass, after `npm test` has run PGlite, so
 * that CI does not run the PGlite half twice.
 */
export function testDatabases(): TestDatabase[] {
  const databases: TestDatabase[] = [
    {
      name: 'PGlite',
      async open() {
        const db = await openPglite();
        await migrate(db);
        return db;
      },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) databases.push({ name: 'PostgreSQL', open: () => freshPostgres(url) });
  return url && process.env.TEST_DATABASES === 'postgres' ? databases.filter((db) => db.name === 'PostgreSQL') : databases;
}
