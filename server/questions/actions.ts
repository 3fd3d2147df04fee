/**
 * What staff do with a question or suggestion (issue 17 point 2), as plain functions for the console to call (its
 * pages come later). Each action locks the question, checks it, changes it and writes its audit entry in one
 * transaction; an answer by e-mail is queued in the mail outbox in the same transaction (server/mail/outbox.ts), so
 * it exists exactly when the answer does. An answer to be read on the phone the status API carries.
 */
import { createHash } from 'node:crypto';
import type { FieldError } from '../../src/requests/contract.ts';
import { characterCount } from '../../src/requests/rules/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { queueMail } from '../mail/outbox.ts';
import type { MailQueueing } from '../mail/letter-mail.ts';
import { chinaDate } from '../requests/due-date.ts';
import { submitRequest, type SubmitOptions } from '../requests/submit.ts';
import type { Staff } from '../staff/accounts.ts';
import { findQuestion, findQuestions, type QuestionRecord } from './repository.ts';
import { questionWords } from './words.ts';

export type QuestionActionResult<T = QuestionRecord> =
  | { kind: 'done'; value: T }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'refused'; message: string }
  | { kind: 'not-found' };

export interface QuestionActionContext {
  db: Database;
  staff: Staff;
  now: Date;
  /** Set when e-mail is configured (SMTP_URL): an answer to a person who chose e-mail is queued to be sent. */
  mail?: MailQueueing;
}

/** An answer's length, as a request's reply text (server/staff/actions.ts `limits.replyText`). */
export const MAX_ANSWER = 10_000;

/** The key that makes an answer's e-mail go out once: a question is answered once. */
export const answerMailKey = (questionId: number) => `question-answer:${questionId}`;

export interface ListedQuestion extends QuestionRecord {
  /** Not yet answered nor converted, and the office's target (its due date, China date) has passed. */
  overdue: boolean;
  /** Answered or converted within the target; undefined while open. */
  onTime?: boolean;
}

/**
 * Every question, the oldest first (staff answer by age), each marked overdue when still open after its due date
 * and, once answered or converted, whether that was within the target. `now` decides today's China date.
 */
export async function listQuestions(db: Queryable, now: Date): Promise<ListedQuestion[]> {
  const today = chinaDate(now);
  return (await findQuestions(db)).map((question) => markDue(question, today));
}

/** One question marked as `listQuestions` marks each, on `today` (a China date, YYYY-MM-DD). */
export function markDue(question: QuestionRecord, today: string): ListedQuestion {
  const doneAt = question.answeredAt ?? question.convertedTo?.receivedAt ?? null;
  return doneAt ? { ...question, overdue: false, onTime: chinaDate(doneAt) <= question.dueDate } : { ...question, overdue: today > question.dueDate };
}

async function writeQuestionAudit(tx: Queryable, entry: { staffId: number; at: Date; action: string; questionId: number; before: unknown; after: unknown }) {
  await tx.query('INSERT INTO audit_log (staff_id, at, action, question_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)', [
    entry.staffId,
    entry.at.toISOString(),
    entry.action,
    entry.questionId,
    JSON.stringify(entry.before),
    JSON.stringify(entry.after),
  ]);
}

/** Stores the answer, its audit entry and, for an e-mail answer, its message: inside the caller's transaction. */
async function storeAnswer(tx: Queryable, context: QuestionActionContext, question: QuestionRecord, text: string, action: string, after: Record<string, unknown> = {}) {
  await tx.query('UPDATE questions SET answered_at = $2, answer_text = $3, answer_channel = $4 WHERE id = $1', [
    question.id,
    context.now.toISOString(),
    text,
    question.answerBy,
  ]);
  await writeQuestionAudit(tx, {
    staffId: context.staff.id,
    at: context.now,
    action,
    questionId: question.id,
    before: { answeredAt: null },
    after: { answeredAt: context.now.toISOString(), answerChannel: question.answerBy, answerText: text, ...after },
  });
  if (context.mail && question.answerBy === 'email' && question.contact) {
    const words = questionWords[question.locale];
    await queueMail(
      tx,
      { questionId: question.id, key: answerMailKey(question.id), to: question.contact, subject: words.subject(question.reference), text: words.mail(question.reference, text), fileIds: [] },
      { now: context.now, domain: context.mail.domain },
    );
  }
}

const alreadyDone = (question: QuestionRecord): string | undefined =>
  question.convertedTo ? '这条留言已经转为信息公开申请' : question.answeredAt ? '这条留言已经答复' : undefined;

/**
 * Answers a question: `input.answer` (text, 1 to 10,000 characters) is stored with when and how it went (the
 * person's chosen channel), the audit entry written and, when they chose e-mail and e-mail is configured, the
 * message queued, all in one transaction. Refused for a question already answered or converted.
 */
export async function answerQuestion(context: QuestionActionContext, reference: string, input: Record<string, unknown>): Promise<QuestionActionResult> {
  const text = typeof input.answer === 'string' ? input.answer.replace(/\r\n?/g, '\n').trim() : '';
  if (text === '') return { kind: 'invalid', errors: [{ field: 'answer', message: '输入答复' }] };
  if (characterCount(text) > MAX_ANSWER) return { kind: 'invalid', errors: [{ field: 'answer', message: `答复不能超过 ${MAX_ANSWER} 个字` }] };
  return context.db.transaction(async (tx): Promise<QuestionActionResult> => {
    const question = await findQuestion(tx, reference, true);
    if (!question) return { kind: 'not-found' };
    const refusal = alreadyDone(question);
    if (refusal) return { kind: 'refused', message: refusal };
    await storeAnswer(tx, context, question, text, 'question-answer');
    return { kind: 'done', value: (await findQuestion(tx, reference))! };
  });
}

/**
 * The Idempotency-Key of the request made from a question: derived from the question's reference, so converting
 * again after a failure finds the request already made (the requests' own replay) instead of making a second.
 */
function conversionKey(reference: string): string {
  const hex = createHash('sha256').update(`question-conversion:${reference}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Turns a question that is really a disclosure request into one: `input` holds the applicant's details as a request
 * takes them (src/requests/rules/schema.ts; `description` defaults to the question's text, `locale` to its
 * language), and the request is made through the requests' own submit path, received now, so its clock starts
 * today. Then, in one transaction, the question is marked converted with the new request, answered (on the person's
 * channel) with a note of its reference and due date, and audited. The request is stored in its own transaction
 * first; a retry after a failure between the two replays it (the key is the question's), never makes a second.
 * `invalid` carries the request rules' per-field errors.
 */
export async function convertToRequest(
  context: QuestionActionContext,
  reference: string,
  input: Record<string, unknown>,
  options: SubmitOptions,
): Promise<QuestionActionResult> {
  const question = await findQuestion(context.db, reference);
  if (!question) return { kind: 'not-found' };
  const refusal = alreadyDone(question);
  if (refusal) return { kind: 'refused', message: refusal };
  const body = { description: question.text, locale: question.locale, ...input };
  const submitted = await submitRequest(context.db, { key: conversionKey(reference), body, locale: question.locale, now: context.now }, options);
  if (submitted.kind === 'invalid') return { kind: 'invalid', errors: submitted.errors };
  if (submitted.kind === 'conflict') return { kind: 'refused', message: '这条留言已用其他申请人信息转为申请，请刷新后查看' };
  const receipt = submitted.receipt;
  return context.db.transaction(async (tx): Promise<QuestionActionResult> => {
    const locked = await findQuestion(tx, reference, true);
    if (!locked) return { kind: 'not-found' };
    const lockedRefusal = alreadyDone(locked);
    if (lockedRefusal) return { kind: 'refused', message: lockedRefusal };
    await tx.query('UPDATE questions SET converted_to_request_id = (SELECT id FROM requests WHERE reference = $2) WHERE id = $1', [locked.id, receipt.reference]);
    const note = questionWords[locked.locale].converted(receipt.reference, receipt.dueDate);
    await storeAnswer(tx, context, locked, note, 'question-convert', { convertedTo: receipt.reference });
    return { kind: 'done', value: (await findQuestion(tx, reference))! };
  });
}
