import { mailbox } from '../../src/config/site.ts';
import type { QuestionReceipt } from '../../src/questions/contract.ts';
import { loadQuestionRules, validateQuestion } from '../../src/questions/rules.ts';
import type { RequestLocale } from '../../src/requests/rules/messages.ts';
import type { Database } from '../db/database.ts';
import { chinaDate, dueDate } from '../requests/due-date.ts';
import { loadHolidayCalendar } from '../requests/holiday-calendar.ts';
import { filedQuestions, findStoredKey, KeyAlreadyStored, replayOrConflict, type Submitted } from '../requests/idempotency.ts';
import { bodyHash, idempotencyKeyHash, newStatusToken, sealAnswer } from '../requests/secrets.ts';
import { insertQuestion } from './repository.ts';

export interface QuestionSubmitOptions {
  /** site's `mailbox.referencePrefix`. */
  referencePrefix: string;
  /** The office's target in working days (site's `mailbox.answerWorkingDays`). */
  workingDays: number;
}

export const defaultQuestionOptions: QuestionSubmitOptions = { referencePrefix: mailbox.referencePrefix, workingDays: mailbox.answerWorkingDays };

export type QuestionSubmitResult = Submitted<QuestionReceipt>;

/**
 * Takes a question once per Idempotency-Key, as server/requests/submit.ts takes a request: the first time it is
 * checked and stored in one transaction; the same key and body again returns the first receipt, stores nothing; the
 * same key with another body is a conflict. `key` is a lower-case UUID. The due date is the office's target counted
 * in working days with the requests' holiday calendar (package years and schedules staff entered).
 */
export async function submitQuestion(
  db: Database,
  input: { key: string; body: unknown; locale: RequestLocale; now: Date },
  options: QuestionSubmitOptions = defaultQuestionOptions,
): Promise<QuestionSubmitResult> {
  const keyHash = idempotencyKeyHash(`question:${input.key}`);
  const hash = bodyHash(input.body);
  const stored = await findStoredKey(db, filedQuestions, keyHash);
  if (stored) return replayOrConflict<QuestionReceipt>(stored, hash, input.key);

  await loadQuestionRules(input.locale);
  const validation = validateQuestion(input.body, input.locale);
  if (!validation.ok) return { kind: 'invalid', errors: validation.errors };

  const due = dueDate(input.now, options.workingDays, await loadHolidayCalendar(db));
  const token = newStatusToken();
  let receipt: QuestionReceipt | undefined;
  try {
    await insertQuestion(db, {
      question: validation.value,
      keyHash,
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
    const winner = await findStoredKey(db, filedQuestions, keyHash);
    if (!winner) throw error;
    return replayOrConflict<QuestionReceipt>(winner, hash, input.key);
  }
  return { kind: 'created', receipt: receipt! };
}
