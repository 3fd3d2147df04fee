/**
 * The server's e-mail at start-up: reads SMTP_URL and MAIL_FROM (./config.ts) and, when set, starts the outbox's
 * worker with a nodemailer SMTP transport. Without SMTP_URL there is no worker and nothing is queued.
 */
import nodemailer from 'nodemailer';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logging/logger.ts';
import { mailConfigFrom } from './config.ts';
import type { MailQueueing } from './letter-mail.ts';
import { createMailWorker, type MailWorker } from './worker.ts';

export function startMail(
  env: Record<string, string | undefined>,
  options: { db: Database; logger: Logger; myRequestsUrl: string },
  fail: (message: string) => never,
): { queueing: MailQueueing; worker: MailWorker } | undefined {
  let config;
  try {
    config = mailConfigFrom(env);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (!config) {
    options.logger.info('e-mail is not configured (no SMTP_URL): replies are printed, not e-mailed');
    return undefined;
  }
  const transport = nodemailer.createTransport(config.smtpUrl);
  const worker = createMailWorker({ db: options.db, transport, from: config.from, attachLimitBytes: config.attachLimitBytes, myRequestsUrl: options.myRequestsUrl, logger: options.logger });
  worker.start();
  return { queueing: { domain: config.domain }, worker };
}
