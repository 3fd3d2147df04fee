import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Database } from '../db/database.ts';
import { fixtureDist } from './fixture-dist.ts';

/**
 * A describe block's database and build, as every server test needs them: `open` (one of `testDatabases()`) runs
 * before the block's tests and the database closes after them; `tables` are emptied before each test, so tests
 * never see each other's rows; `use` receives the open database and a fixture build to serve.
 */
export function useTestDatabase(open: () => Promise<Database>, tables: string, use: (opened: { db: Database; dist: string }) => void): void {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await open();
    use({ db, dist: fixtureDist().dist });
  }, 60_000);
  afterAll(() => db?.close());
  beforeEach(() => db!.exec(`TRUNCATE ${tables} CASCADE`));
}
