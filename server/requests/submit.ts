import { chinaDate, dueDate } from './due-date.ts';
import { loadHolidayCalendar } from './holiday-calendar.ts';
import { loadRequestRules, parsePhone, phoneE164, validateRequest, type FieldError, type RequestLocale } from '../../src/requests/rules/schema.ts';
import type { Database } from '../db/database.ts';
import { bodyHash, idempotencyKeyHash, newStatusToken, openAnswer, sealAnswer } from './secrets.ts';
import { findByKeyHash, insertRequest, KeyAlreadyStored, type Receipt, type StoredKey } from './repository.ts';

export interface SubmitOptions {
  referencePrefix: string;
  /** Working days to answer in (site.disclosure.replyWorkingDays). */
  workingDays: number;
}

export type SubmitResult =
  | { kind: 'created'; receipt: Receipt }
  | { kind: 'replayed'; receipt: Receipt }
  | { kind: 'conflict' }
  | { kind: 'invalid'; errors: FieldError[] };

function replayOrConflict(stored: StoredKey, hash: string, key: string): SubmitResult {
  if (stored.bodyHash !== hash) return { kind: 'conflict' };
  return { kind: 'replayed', receipt: openAnswer<Receipt>(stored.sealedAnswer, key) };
}

/**
 * Takes a request once per Idempotency-Key: the first time it is validated and stored; the same key with the same
 * body again returns the first receipt; the same key with another body is a conflict. `key` is a lower-case UUID.
 */
export async function submitRequest(
  db: Database,
  input: { key: string; body: unknown; locale: RequestLocale; now: Date },
  options: SubmitOptions,
): Promise<SubmitResult> {
  const keyHash = idempotencyKeyHash(input.key);
  const hash = bodyHash(input.body);
  // Before validating: a replay is answered as the first time, even if the rules have changed since.
  const stored = await findByKeyHash(db, keyHash);
  if (stored) return replayOrConflict(stored, hash, input.key);

  await loadRequestRules(input.locale);
  const validation = validateRequest(input.body, input.locale);
  if (!validation.ok) return { kind: 'invalid', errors: validation.errors };

  // The package's years and the schedules staff entered (server/requests/holiday-calendar.ts says which wins).
  const due = dueDate(input.now, options.workingDays, await loadHolidayCalendar(db));
  const token = newStatusToken();
  let receipt: Receipt | undefined;
  try {
    await insertRequest(db, {
      request: validation.value,
      keyHash,
      bodyHash: hash,
      receivedAt: input.now,
      year: Number(chinaDate(input.now).slice(0, 4)),
      dueDate: due.dueDate,
      dueDateProvisional: due.provisional,
      // The rules accepted it: it parses.
      phoneE164: phoneE164(parsePhone(validation.value.phone)!),
      statusTokenHash: token.hash,
      referencePrefix: options.referencePrefix,
      seal(reference) {
        receipt = {
          reference,
          receivedAt: input.now.toISOString(),
          dueDate: due.dueDate,
          dueDateProvisional: due.provisional,
          statusToken: token.token,
        };
        return sealAnswer(receipt, input.key);
      },
    });
  } catch (error) {
    if (!(error instanceof KeyAlreadyStored)) throw error;
    // Another copy of this request was stored while this one was validated: answer as it was answered.
    const winner = await findByKeyHash(db, keyHash);
    if (!winner) throw error;
    return replayOrConflict(winner, hash, input.key);
  }
  return { kind: 'created', receipt: receipt! };
}
