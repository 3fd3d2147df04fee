/**
 * Staff roles (issue 14 point 2): which review step of a catalogue item or guide a staff member may take (the roles of
 * src/config/site.ts `contentReview.steps`), and `administrator`, who may also publish without review. An account
 * made without `--role` has every role (`staff.every_role`, migration 009), administrator included, as the first
 * account of a small office needs.
 */
import { type ContentReview, contentReview } from '../../src/config/site.ts';
import type { Queryable } from '../db/database.ts';

export const ADMINISTRATOR = 'administrator';

/** Every role an account can hold under `review`: each step's role, in step order, then administrator. */
export function knownRoles(review: ContentReview = contentReview): string[] {
  return [...new Set([...review.steps.map((step) => step.role), ADMINISTRATOR])];
}

/** The roles of `--role` that `review` does not know, to refuse the command with (none: all known). */
export function unknownRoles(roles: readonly string[], review: ContentReview = contentReview): string[] {
  const known = new Set(knownRoles(review));
  return roles.filter((role) => !known.has(role));
}

/** Gives the account exactly `roles` (not every role), inside the caller's transaction. */
export async function setRoles(tx: Queryable, staffId: number, roles: readonly string[]): Promise<void> {
  await tx.query('UPDATE staff SET every_role = false WHERE id = $1', [staffId]);
  await tx.query('DELETE FROM staff_roles WHERE staff_id = $1', [staffId]);
  for (const role of new Set(roles)) await tx.query('INSERT INTO staff_roles (staff_id, role) VALUES ($1, $2)', [staffId, role]);
}

/** The roles the account holds under `review`: all of them when it has every role; none for an unknown id. */
export async function rolesOf(db: Queryable, staffId: number, review: ContentReview = contentReview): Promise<Set<string>> {
  const [staff] = await db.query<{ everyRole: boolean }>('SELECT every_role AS "everyRole" FROM staff WHERE id = $1', [staffId]);
  if (!staff) return new Set();
  if (staff.everyRole) return new Set(knownRoles(review));
  const rows = await db.query<{ role: string }>('SELECT role FROM staff_roles WHERE staff_id = $1', [staffId]);
  return new Set(rows.map((row) => row.role));
}
