/**
 * Where the `/ask/` form meets the outbox (src/requests/outbox/), and nowhere else: a question's draft and record carry
 * `kind: 'question'`, so the outbox posts them to `questionsApiHref` and "我的申请" shows the answer (the interface
 * agreed with the outbox's issue-17 work: `createDraft({ kind, input, step })`, `listDrafts({ kind })`).
 */
import { createDraft, listDrafts, saveDraft } from '../../requests/outbox/drafts.ts';
import { queue } from '../../requests/outbox/outbox.ts';
import type { Draft } from '../../requests/outbox/types.ts';
import type { AskInput } from './AskForm.tsx';

/** The form has one page: its drafts are all at this step. */
export const ASK_STEP = 'ask';

/** Starts a question's draft; its id becomes the question's Idempotency-Key when it is queued. */
export const createQuestionDraft = (input: AskInput): Promise<Draft> =>
  createDraft({ kind: 'question', input, step: ASK_STEP });

/** Saves what is typed; false once the question is queued (a late keystroke must not bring it back). */
export const saveQuestionDraft = (id: string, input: AskInput): Promise<boolean> => saveDraft(id, { input, step: ASK_STEP });

/** The question drafts on this phone, the latest first (never a request's). */
export const listQuestionDrafts = async (): Promise<Draft[]> =>
  (await listDrafts({ kind: 'question' })).sort((a, b) => b.updatedAt - a.updatedAt);

export { queue as queueQuestion };
