import pg from 'pg';
import type { Database, Queryable } from './database.ts';
import { createLogger, type Logger } from '../logging/logger.ts';

const INT8 = 20;
const DATE = 1082;

/** Same types as the embedded database (database.ts): pg would give bigint as text and a date at local midnight. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8) return (value: string) => Number(value);
    if (oid === DATE) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await client.query(sql, [...params])).rows as T[];
    },
    async exec(sql: string) {
      // Without parameters pg sends the simple query protocol, which takes several statements.
      await client.query(sql);
    },
  };
}

export interface PostgresOptions {
  /** Tables live in this schema (created if missing): the tests give each run its own. */
  schema?: string;
  max?: number;
  /** Where a dropped idle connection is reported (the pool reconnects); by default the server's log at LOG_LEVEL. */
  logger?: Logger;
}

/** A PostgreSQL server, for when one machine is not enough. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    types,
    max: options.max ?? 10,
    ...(schema && { options: `-c search_path=${schema}` }),
  });
  // An idle connection that the server drops must not take the process down.
  const logger = options.logger ?? createLogger();
  pool.on('error', (error) => logger.warn({ err: error }, 'PostgreSQL connection error'));
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  return {
    ...queryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(queryable(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        // A connection that cannot even roll back is broken: destroy it rather than return it to the pool.
        await client.query('ROLLBACK').then(
          () => client.release(),
          (rollbackError: Error) => client.release(rollbackError),
        );
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
