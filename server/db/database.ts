/**
 * The little the app needs from a database, so the same SQL runs on the embedded PGlite and on a PostgreSQL
 * server. Both drivers are set up to agree on types: integer and bigint as numbers, date as 'YYYY-MM-DD' text,
 * timestamptz as Date, json and jsonb as values.
 */
export interface Queryable {
  /** One statement, parameters as $1, $2, …; the rows it returns. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** A script of several statements without parameters, such as a migration. */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
