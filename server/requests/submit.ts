import { chinaDate, dueDate } from './due-date.ts';
import { loadHolidayCalendar } from './holiday-calendar.ts';
import { loadRequestRules, parsePhone, phoneE164, validateRequest, type RequestLocale } from '../../src/requests/rules/schema.ts';
import type { Database } from '../db/database.ts';
import { filedRequests, findStoredKey, KeyAlreadyStored, replayOrConflict, type Submitted } from './idempotency.ts';
import { bodyHash, idempotencyKeyHash, newStatusToken, sealAnswer } from './secrets.ts';
import { insertRequest, type Receipt } from './repository.ts';

export interface SubmitOptions {
  referencePrefix: string;
  /** Working days to answer in (site.disclosure.replyWorkingDays). */
  workingDays: number;
}

export type SubmitResult = Submitted<Receipt>;

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
  const stored = await findStoredKey(db, filedRequests, keyHash);
  if (stored) return replayOrConflict<Receipt>(stored, hash, input.key);

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
    const winner = await findStoredKey(db, filedRequests, keyHash);
    if (!winner) throw error;
    return replayOrConflict<Receipt>(winner, hash, input.key);
  }
  return { kind: 'created', receipt: receipt! };
}
