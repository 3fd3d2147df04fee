import type { Database, Queryable } from '../db/database.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { setRoles, unknownRoles } from './roles.ts';

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

/**
 * The core of `npm run staff -- add <name> [--role <role> …]`: checks the name, the password and the roles (those of
 * server/staff/roles.ts), hashes, stores the account and its roles in one transaction. Without `roles` (or with
 * none) the account has every role, administrator included.
 */
export async function addStaff(db: Database, name: string, password: string, now: Date = new Date(), roles: readonly string[] = []): Promise<AddStaffResult> {
  const unknown = unknownRoles(roles);
  const problem = nameProblem(name) ?? passwordProblem(password) ?? (unknown.length > 0 ? `Unknown role: ${unknown.join(', ')}.` : undefined);
  if (problem) return { kind: 'invalid', message: problem };
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [row] = await tx.query<Staff>(
      `INSERT INTO staff (name, password_hash, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO NOTHING RETURNING id, name`,
      [name, hash, now.toISOString()],
    );
    if (!row) return { kind: 'exists' } as const;
    if (roles.length > 0) await setRoles(tx, row.id, roles);
    return { kind: 'created', staff: row } as const;
  });
}

export async function findStaffByName(db: Queryable, name: string): Promise<(Staff & { passwordHash: string }) | undefined> {
  const [row] = await db.query<Staff & { passwordHash: string }>(
    'SELECT id, name, password_hash AS "passwordHash" FROM staff WHERE name = $1',
    [name],
  );
  return row;
}
