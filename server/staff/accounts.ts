import type { Queryable } from '../db/database.ts';
import { hashPassword, passwordProblem } from './passwords.ts';

export interface Staff {
  id: number;
  name: string;
}

/** A sign-in name: what staff type at the sign-in form, so no spaces around it and nothing invisible. */
export function nameProblem(name: string): string | undefined {
  if (name !== name.trim() || name === '') return 'The name must not be empty or start or end with a space.';
  if ([...name].length > 50) return 'The name must be at most 50 characters long.';
  if (/[\p{Cc}\p{Cf}\s]/u.test(name)) return 'The name must not contain spaces or control characters.';
  return undefined;
}

export type AddStaffResult = { kind: 'created'; staff: Staff } | { kind: 'invalid'; message: string } | { kind: 'exists' };

/** The core of `npm run staff -- add <name>`: checks the name and password, hashes, stores. */
export async function addStaff(db: Queryable, name: string, password: string, now: Date = new Date()): Promise<AddStaffResult> {
  const problem = nameProblem(name) ?? passwordProblem(password);
  if (problem) return { kind: 'invalid', message: problem };
  const hash = await hashPassword(password);
  const [row] = await db.query<Staff>(
    `INSERT INTO staff (name, password_hash, created_at) VALUES ($1, $2, $3)
     ON CONFLICT (name) DO NOTHING RETURNING id, name`,
    [name, hash, now.toISOString()],
  );
  return row ? { kind: 'created', staff: row } : { kind: 'exists' };
}

export async function findStaffByName(db: Queryable, name: string): Promise<(Staff & { passwordHash: string }) | undefined> {
  const [row] = await db.query<Staff & { passwordHash: string }>(
    'SELECT id, name, password_hash AS "passwordHash" FROM staff WHERE name = $1',
    [name],
  );
  return row;
}
