import { loadRequestRules, parsePhone, phoneE164, validateRequest, type RequestLocale } from '../../src/requests/rules/schema.ts';
import type { Database } from '../db/database.ts';
import { filedRequests, submitOnce, type Submitted } from './idempotency.ts';
import { idempotencyKeyHash } from './secrets.ts';
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
  return submitOnce(
    db,
    filedRequests,
    { ...input, keyHash: idempotencyKeyHash(input.key) },
    options,
    async () => {
      await loadRequestRules(input.locale);
      return validateRequest(input.body, input.locale);
    },
    // The rules accepted it: its phone number parses.
    (request, filing) => insertRequest(db, { ...filing, request, phoneE164: phoneE164(parsePhone(request.phone)!) }),
  );
}
