/**
 * What a disclosure request and a mailbox question (issue 17) share on their way in: each is taken once per
 * Idempotency-Key (IETF draft-ietf-httpapi-idempotency-key-header), its first answer sealed and kept with it, and
 * numbered in its own yearly series (`request_counters`, `question_counters`).
 */
import type { FieldError, Receipt } from '../../src/requests/contract.ts';
import type { Database, Queryable } from '../db/database.ts';
import { chinaDate, dueDate } from './due-date.ts';
import { loadHolidayCalendar } from './holiday-calendar.ts';
import { bodyHash, newStatusToken, openAnswer, sealAnswer } from './secrets.ts';

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

/**
 * What a filing stores beside its own fields: the key's and body's hashes, when it came, its reference's year and
 * prefix, its due date, its status token's hash, and `seal`, which makes the first answer once the reference is known.
 */
export interface Filing {
  keyHash: string;
  bodyHash: string;
  receivedAt: Date;
  year: number;
  dueDate: string;
  dueDateProvisional: boolean;
  statusTokenHash: string;
  referencePrefix: string;
  seal(reference: string): string;
}

/**
 * Takes a request or a question once per Idempotency-Key: the first time `validate` checks it and `store` keeps it
 * with its `Filing`, due `options.workingDays` working days after `input.now` by the holiday calendar (package years
 * and the schedules staff entered); the same key with the same body again returns the first receipt, storing nothing;
 * the same key with another body is a conflict. `input.key` is the client's lower-case UUID, `input.keyHash` its hash
 * as `filed.table` keeps it. `store` throws `KeyAlreadyStored` when another copy got there first.
 */
export async function submitOnce<Value>(
  db: Database,
  filed: Filed,
  input: { key: string; keyHash: string; body: unknown; now: Date },
  options: { referencePrefix: string; workingDays: number },
  validate: () => Promise<{ ok: true; value: Value } | { ok: false; errors: FieldError[] }>,
  store: (value: Value, filing: Filing) => Promise<unknown>,
): Promise<Submitted<Receipt>> {
  const hash = bodyHash(input.body);
  // Before validating: a replay is answered as the first time, even if the rules have changed since.
  const stored = await findStoredKey(db, filed, input.keyHash);
  if (stored) return replayOrConflict<Receipt>(stored, hash, input.key);

  const validation = await validate();
  if (!validation.ok) return { kind: 'invalid', errors: validation.errors };

  const due = dueDate(input.now, options.workingDays, await loadHolidayCalendar(db));
  const token = newStatusToken();
  let receipt: Receipt | undefined;
  try {
    await store(validation.value, {
      keyHash: input.keyHash,
      bodyHash: hash,
      receivedAt: input.now,
      year: Number(chinaDate(input.now).slice(0, 4)),
      dueDate: due.dueDate,
      dueDateProvisional: due.provisional,
      statusTokenHash: token.hash,
      referencePrefix: options.referencePrefix,
      seal(reference) {
        receipt = { reference, receivedAt: input.now.toISOString(), dueDate: due.dueDate, dueDateProvisional: due.provisional, statusToken: token.token };
        return sealAnswer(receipt, input.key);
      },
    });
  } catch (error) {
    if (!(error instanceof KeyAlreadyStored)) throw error;
    // Another copy was stored while this one was validated: answer as it was answered.
    const winner = await findStoredKey(db, filed, input.keyHash);
    if (!winner) throw error;
    return replayOrConflict<Receipt>(winner, hash, input.key);
  }
  return { kind: 'created', receipt: receipt! };
}
