import { mailbox } from '../../src/config/site.ts';
import type { QuestionReceipt } from '../../src/questions/contract.ts';
import { loadQuestionRules, validateQuestion } from '../../src/questions/rules.ts';
import type { RequestLocale } from '../../src/requests/rules/messages.ts';
import type { Database } from '../db/database.ts';
import { filedQuestions, submitOnce, type Submitted } from '../requests/idempotency.ts';
import { idempotencyKeyHash } from '../requests/secrets.ts';
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
  return submitOnce(
    db,
    filedQuestions,
    { ...input, keyHash: idempotencyKeyHash(`question:${input.key}`) },
    options,
    async () => {
      await loadQuestionRules(input.locale, input.body);
      return validateQuestion(input.body, input.locale);
    },
    (question, filing) => insertQuestion(db, { ...filing, question }),
  );
}
