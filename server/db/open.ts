import type { ServerConfig } from '../config/config.ts';
import type { Database } from './database.ts';
import type { Logger } from '../logging/logger.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

/** The database the configuration names (PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR), up to date. */
export async function openDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>, logger?: Logger): Promise<Database> {
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl, { ...(logger && { logger }) }) : await openPglite(config.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
