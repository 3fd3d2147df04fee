/**
 * Sends the mail outbox (./outbox.ts) from inside the server process, on every instance: each round claims the due
 * messages no other worker holds (`FOR UPDATE SKIP LOCKED`, then a lease), sends each through SMTP with its stable
 * Message-ID, and marks it sent, or failed with the reason and the time of the next attempt (backoff doubling from
 * `retryBaseMs` to `retryMaxMs`).
 *
 * How each letter goes out exactly once:
 * - one row per letter (the outbox's unique key), written with the staff action or not at all;
 * - a row is sent only by the worker holding its lease, and once marked sent it is never claimed again;
 * - the one gap SMTP leaves is a worker that dies after the server accepted the message and before the mark: the
 *   lease runs out, another worker sends it again, with the same Message-ID. SMTP has no way to ask "did you get
 *   this?", so from there it is the receiving side that drops the copy by Message-ID (as mail stores and clients
 *   that thread by it do); the tests show the one copy this leaves, and dedup by Message-ID as a receiver would.
 */
import type { Transporter } from 'nodemailer';
import { fileKindLabel, fileSizeText } from '../../src/requests/reply-files.ts';
import type { Database } from '../db/database.ts';
import { readFiles } from '../files/store.ts';
import type { Logger } from '../logging/logger.ts';
import { claimDue, markFailed, markSent, type OutboxMail } from './outbox.ts';

export interface MailWorkerOptions {
  db: Database;
  /** An SMTP transport (nodemailer.createTransport(SMTP_URL)). */
  transport: Pick<Transporter, 'sendMail'>;
  /** The From address (MAIL_FROM). */
  from: string;
  /** Files together above this many bytes are not attached: the message lists them for download instead. */
  attachLimitBytes: number;
  /** Where the applicant downloads files too large to attach: "我的申请" on the site (absolute address). */
  myRequestsUrl: string;
  logger: Logger;
  now?: () => Date;
  /** How long a claimed message stays this worker's: longer than any one send takes. */
  leaseMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Messages claimed per round. */
  batch?: number;
}

export interface MailWorker {
  /** One round: sends what is due now; how many were sent and how many failed. */
  sendDue(): Promise<{ sent: number; failed: number }>;
  /** Runs a round every `intervalMs` until stopped. */
  start(intervalMs?: number): void;
  /** Stops the rounds and waits for the one under way. */
  stop(): Promise<void>;
}

/** The delay before attempt `attempts + 1`: base × 2^(attempts − 1), at most `max`. */
export function retryDelay(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/** Why a send failed, as staff read it: the server's answer or the network's error, with any e-mail address taken out. */
export function failureReason(error: unknown): string {
  const smtp = error as { responseCode?: number; response?: string; code?: string; message?: string };
  const words = smtp.response ?? (smtp.code ? `${smtp.code}: ${smtp.message ?? ''}` : (smtp.message ?? String(error)));
  return words.replace(/<?[^\s<>@]+@[^\s<>@]+>?/g, '<…>').slice(0, 300);
}

const FILES_TOO_LARGE = {
  text: (list: string, url: string) =>
    `\n\n附件太大，没有随邮件发送。请在提交申请的手机上打开“我的申请”下载（需要那部手机保存的查询码）：${url}\n${list}\n`,
};

export function createMailWorker(options: MailWorkerOptions): MailWorker {
  const now = options.now ?? (() => new Date());
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const retryBaseMs = options.retryBaseMs ?? 60_000;
  const retryMaxMs = options.retryMaxMs ?? 6 * 60 * 60_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;

  async function message(mail: OutboxMail) {
    const files = await readFiles(options.db, mail.fileIds);
    const total = files.reduce((sum, file) => sum + file.size, 0);
    const attach = total <= options.attachLimitBytes;
    const list = files.map((file) => `- ${file.name}（${fileKindLabel(file.type)}，${fileSizeText(file.size, '字节')}）`).join('\n');
    return {
      from: options.from,
      to: mail.to,
      subject: mail.subject,
      messageId: mail.messageId,
      text: attach || files.length === 0 ? mail.text : mail.text + FILES_TOO_LARGE.text(list, options.myRequestsUrl),
      ...(mail.html && { html: mail.html }),
      attachments: attach ? files.map((file) => ({ filename: file.name, content: Buffer.from(file.content), contentType: file.type })) : [],
    };
  }

  async function sendOne(mail: OutboxMail): Promise<boolean> {
    try {
      await options.transport.sendMail(await message(mail));
    } catch (error) {
      const reason = failureReason(error);
      const retryAt = new Date(now().getTime() + retryDelay(mail.attempts, retryBaseMs, retryMaxMs));
      await markFailed(options.db, mail.id, reason, retryAt);
      options.logger.warn({ mailId: mail.id, requestId: mail.requestId, attempts: mail.attempts, reason, retryAt }, 'mail not sent; will retry');
      return false;
    }
    await markSent(options.db, mail.id, now());
    options.logger.info({ mailId: mail.id, requestId: mail.requestId }, 'mail sent');
    return true;
  }

  async function sendDue() {
    const claimed = await options.db.transaction((tx) => claimDue(tx, { now: now(), leaseMs, limit: options.batch ?? 10 }));
    let sent = 0;
    for (const mail of claimed) if (await sendOne(mail)) sent++;
    return { sent, failed: claimed.length - sent };
  }

  return {
    sendDue() {
      const round = sendDue();
      running = round.catch(() => undefined);
      return round;
    },
    start(intervalMs = 15_000) {
      stopped = false;
      const tick = () => {
        running = sendDue()
          .catch((error: unknown) => options.logger.error({ err: error }, 'mail round failed'))
          .finally(() => {
            if (!stopped) timer = setTimeout(tick, intervalMs).unref();
          });
      };
      timer = setTimeout(tick, 0).unref();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
