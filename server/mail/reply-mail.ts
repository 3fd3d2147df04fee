/**
 * What a reply does besides changing the request, inside the reply's own transaction: stores its files and, when the
 * applicant chose e-mail and e-mail is configured, queues the message (./outbox.ts). Without SMTP_URL nothing is
 * queued: a message queued then would go out whenever e-mail is set up, perhaps weeks after the letter was printed
 * and posted; the reply, its files and its text stay in the database for the console to print.
 */
import type { Queryable } from '../db/database.ts';
import { attachFiles } from '../files/store.ts';
import type { CheckedFile } from '../files/uploads.ts';
import type { StaffRequest } from '../requests/repository.ts';
import { queueMail } from './outbox.ts';

/** What an action needs to queue mail: MAIL_FROM's domain (for Message-IDs). Undefined when e-mail is not configured. */
export interface MailQueueing {
  domain: string;
}

/** What an e-mail says: its subject, its text, and (a letter's) HTML. */
export interface MailMessage {
  subject: string;
  text: string;
  html?: string;
}

/**
 * The reply's e-mail until the letters are built (server/letters/ on its own branch): the reference, the outcome in
 * words, the reply, the reason and the basis, in English for an English request and simplified Chinese otherwise.
 * The letter replaces it: `message: letter` where the reply action calls `deliverReply`.
 */
export function replyMessage(request: StaffRequest, outcomeText: string): MailMessage {
  const replyText = request.replyText ?? '';
  const en = request.locale === 'en';
  const subject = en ? `Reply to your request for government information ${request.reference}` : `您的政府信息公开申请（${request.reference}）的答复`;
  const lines = [
    en ? `Reference number: ${request.reference}` : `受理编号：${request.reference}`,
    outcomeText,
    '',
    replyText,
    ...(request.refusalReason ? ['', en ? `Reason: ${request.refusalReason}` : `理由：${request.refusalReason}`] : []),
    ...(request.legalBasis ? [en ? `Legal basis: ${request.legalBasis}` : `依据：${request.legalBasis}`] : []),
  ];
  return { subject, text: lines.join('\n') };
}

/** Stores the reply's files and queues its e-mail; the files' ids. `request` is the request as answered. */
export async function deliverReply(
  tx: Queryable,
  options: { request: StaffRequest; files: readonly CheckedFile[]; message: MailMessage; now: Date; mail?: MailQueueing },
): Promise<number[]> {
  const { request, now, mail } = options;
  const fileIds = await attachFiles(tx, request.id, options.files, now);
  if (mail && request.delivery === 'email' && request.email) {
    await queueMail(tx, { requestId: request.id, key: `reply:${request.reference}`, to: request.email, ...options.message, fileIds }, { now, domain: mail.domain });
  }
  return fileIds;
}
