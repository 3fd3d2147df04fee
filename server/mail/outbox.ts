/**
 * The mail outbox (`mail_outbox`, migration 008): a message is written in the same transaction as the staff action
 * that makes it, so it exists exactly when the action does, and is sent later by ./worker.ts. The one module over
 * the table.
 *
 * Exactly once: each message has a `key` naming what it is (`letter:<id>`, ./letter-mail.ts),
 * unique in the table, so queueing it twice keeps one row; its Message-ID is derived from the key, so a message
 * sent again after a crash (the server accepted it, the worker died before marking it sent) is the same message
 * to every mail system that drops duplicates by Message-ID. See ./worker.ts for the claim, the lease and the mark.
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.ts';

/**
 * What `queueMail` takes: the request (or, for a mailbox answer, the question: one of the two), a key unique to this
 * message, the recipient, the text (and HTML), reply_files ids.
 */
export interface NewMail {
  requestId?: number;
  questionId?: number;
  key: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  fileIds: readonly number[];
}

/** A queued message as the worker and the console read it. Instants as Date; `lastError` the latest refusal. */
export interface OutboxMail {
  id: number;
  /** Null for a mailbox answer, which has `question_id` instead (migration 010). */
  requestId: number | null;
  key: string;
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  fileIds: number[];
  attempts: number;
  nextAttemptAt: Date;
  leaseUntil: Date | null;
  lastError: string | null;
  sentAt: Date | null;
}

/**
 * The Message-ID of the message with this key (RFC 5322 §3.6.4): the same key gives the same id on every instance
 * and after every restart. `domain` is the sender's (MAIL_FROM's), as the RFC asks for global uniqueness.
 */
export function messageIdFor(key: string, domain: string): string {
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${domain}>`;
}

const columns = `id, request_id AS "requestId", key, message_id AS "messageId", to_address AS "to", subject,
  body_text AS text, body_html AS html, file_ids AS "fileIds", attempts, next_attempt_at AS "nextAttemptAt",
  lease_until AS "leaseUntil", last_error AS "lastError", sent_at AS "sentAt"`;

/**
 * Queues a message inside the caller's transaction (`tx`), to be sent as soon as a worker is free. A key already
 * queued is left as it is (the first message with a key is the one sent). `domain` makes the Message-ID.
 */
export async function queueMail(tx: Queryable, mail: NewMail, options: { now: Date; domain: string }): Promise<void> {
  await tx.query(
    `INSERT INTO mail_outbox (request_id, key, message_id, to_address, subject, body_text, body_html, file_ids, queued_at, next_attempt_at, question_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10) ON CONFLICT (key) DO NOTHING`,
    [mail.requestId ?? null, mail.key, messageIdFor(mail.key, options.domain), mail.to, mail.subject, mail.text, mail.html ?? null, JSON.stringify(mail.fileIds), options.now.toISOString(), mail.questionId ?? null],
  );
}

/**
 * Claims up to `limit` messages due at `now` that no worker holds, for `leaseMs`: each is this worker's until the
 * lease ends. `FOR UPDATE SKIP LOCKED` lets instances on one PostgreSQL claim at once without waiting on or taking
 * each other's rows; the lease hands a row to another worker if this one dies before marking it.
 */
export async function claimDue(db: Queryable, options: { now: Date; leaseMs: number; limit: number }): Promise<OutboxMail[]> {
  return db.query<OutboxMail>(
    `UPDATE mail_outbox SET lease_until = $2, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM mail_outbox
       WHERE sent_at IS NULL AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
       ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
     RETURNING ${columns}`,
    [options.now.toISOString(), new Date(options.now.getTime() + options.leaseMs).toISOString(), options.limit],
  );
}

/** The message was accepted by the mail server: never sent again. */
export async function markSent(db: Queryable, id: number, at: Date): Promise<void> {
  await db.query('UPDATE mail_outbox SET sent_at = $2, lease_until = NULL, last_error = NULL WHERE id = $1 AND sent_at IS NULL', [id, at.toISOString()]);
}

/** The mail server refused or could not be reached: why (no address in it), and when the next attempt is due. */
export async function markFailed(db: Queryable, id: number, reason: string, retryAt: Date): Promise<void> {
  await db.query('UPDATE mail_outbox SET last_error = $2, next_attempt_at = $3, lease_until = NULL WHERE id = $1 AND sent_at IS NULL', [
    id,
    reason,
    retryAt.toISOString(),
  ]);
}

/** A mailbox question's messages (its answer's e-mail), oldest first, for the console as a request's are. */
export function questionMail(db: Queryable, questionId: number): Promise<OutboxMail[]> {
  return db.query<OutboxMail>(`SELECT ${columns} FROM mail_outbox WHERE question_id = $1 ORDER BY id`, [questionId]);
}

/** A request's messages, oldest first, for the console ("sent at", or "failed: reason, will retry at"). */
export function requestMail(db: Queryable, requestId: number): Promise<OutboxMail[]> {
  return db.query<OutboxMail>(`SELECT ${columns} FROM mail_outbox WHERE request_id = $1 ORDER BY id`, [requestId]);
}
