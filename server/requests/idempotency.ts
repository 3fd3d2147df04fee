/**
 * What a disclosure request and a mailbox question (issue 17) share on their way in: each is taken once per
 * Idempotency-Key (IETF draft-ietf-httpapi-idempotency-key-header), its first answer sealed and kept with it, and
 * numbered in its own yearly series (`request_counters`, `question_counters`).
 */
import type { FieldError } from '../../src/requests/contract.ts';
import type { Queryable } from '../db/database.ts';
import { openAnswer } from './secrets.ts';

/** What was stored under an Idempotency-Key (its hash): the body's hash and the first answer, sealed. */
export interface StoredKey {
  bodyHash: string;
  sealedAnswer: string;
}

/** The tables taken once per key, and their yearly counters. */
type Filed = { table: 'requests'; counters: 'request_counters' } | { table: 'questions'; counters: 'question_counters' };
export const filedRequests: Filed = { table: 'requests', counters: 'request_counters' };
export const filedQuestions: Filed = { table: 'questions', counters: 'question_counters' };

/** The stored key of `filed.table` with the hash `keyHash`, or undefined. */
export async function findStoredKey(db: Queryable, filed: Filed, keyHash: string): Promise<StoredKey | undefined> {
  const [row] = await db.query<StoredKey>(
    `SELECT body_hash AS "bodyHash", first_answer_sealed AS "sealedAnswer" FROM ${filed.table} WHERE idempotency_key_hash = $1`,
    [keyHash],
  );
  return row;
}

/** The next number of `year` in `filed`'s series; the row stays locked until the transaction ends, so numbers never repeat. */
export async function nextNumber(tx: Queryable, filed: Filed, year: number): Promise<number> {
  const [row] = await tx.query<{ number: number }>(
    `INSERT INTO ${filed.counters} (year, last_number) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = ${filed.counters}.last_number + 1
     RETURNING last_number AS number`,
    [year],
  );
  return row!.number;
}

/** Thrown inside the transaction when another copy with the same key got there first: rolls back its number. */
export class KeyAlreadyStored extends Error {}

/** How a submission under a key went: stored now, answered as before, the key reused with another body, or refused. */
export type Submitted<Receipt> =
  | { kind: 'created'; receipt: Receipt }
  | { kind: 'replayed'; receipt: Receipt }
  | { kind: 'conflict' }
  | { kind: 'invalid'; errors: FieldError[] };

/** The first answer again for the same body (`hash`), or a conflict for another body under the same key. */
export function replayOrConflict<Receipt>(stored: StoredKey, hash: string, key: string): Submitted<Receipt> {
  if (stored.bodyHash !== hash) return { kind: 'conflict' };
  return { kind: 'replayed', receipt: openAnswer<Receipt>(stored.sealedAnswer, key) };
}
