/**
 * How a letter reaches an applicant who chose e-mail, inside the action's own transaction: the reply's files are
 * stored and, when e-mail is configured, the letter is queued (./outbox.ts) with them attached. Without SMTP_URL
 * nothing is queued: a message queued then would go out whenever e-mail is set up, perhaps weeks after the letter was
 * printed and posted; the letter, its files and its text stay in the database for the console to print.
 */
import type { Queryable } from '../db/database.ts';
import { attachFiles } from '../files/store.ts';
import type { CheckedFile } from '../files/uploads.ts';
import type { IssuedLetter } from '../letters/issue.ts';
import type { StaffRequest } from '../requests/repository.ts';
import { queueMail } from './outbox.ts';

/** What an action needs to queue mail: MAIL_FROM's domain (for Message-IDs). Undefined when e-mail is not configured. */
export interface MailQueueing {
  domain: string;
}

/**
 * The key that makes a letter's e-mail go out once (`letter:<id>`): a letter is issued once and never changed, so
 * its id names the message; a retried action issues no second letter, so queues no second message.
 */
export const letterMailKey = (letterId: number) => `letter:${letterId}`;

/**
 * Stores `files` with the request and, when the applicant chose e-mail (and gave an address) and e-mail is
 * configured, queues `letter` (its subject, text and HTML as issued) with the files attached. `request` is the
 * request as the action left it. Returns the stored files' ids, in the order given.
 */
export async function deliverLetter(
  tx: Queryable,
  options: { request: StaffRequest; letter: IssuedLetter; files: readonly CheckedFile[]; now: Date; mail?: MailQueueing },
): Promise<number[]> {
  const { request, letter, now, mail } = options;
  const fileIds = await attachFiles(tx, request.id, options.files, now);
  if (mail && request.delivery === 'email' && request.email) {
    const message = { subject: letter.subject, text: letter.text, html: letter.html };
    await queueMail(tx, { requestId: request.id, key: letterMailKey(letter.id), to: request.email, ...message, fileIds }, { now, domain: mail.domain });
  }
  return fileIds;
}
