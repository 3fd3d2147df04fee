import { Writable } from 'node:stream';
import nodemailer from 'nodemailer';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { organisation } from '../../src/requests/rules/test-requests.ts';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { createLogger } from '../logging/logger.ts';
import { useTestDatabase } from '../test/database.ts';
import { removeFixtures } from '../test/fixture-dist.ts';
import { csvBytes, multipartPost, pdfBytes, replyForm } from '../files/test-files.ts';
import { addTestStaff, fileRequest, signIn, staffPost } from '../staff/test-staff.ts';
import { letterMailKey } from './letter-mail.ts';
import { messageIdFor } from './outbox.ts';
import { startSmtp, type TestSmtp } from './test-smtp.ts';
import { createMailWorker, type MailWorkerOptions } from './worker.ts';

afterAll(removeFixtures);
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const AUTUMN = new Date('2026-09-14T01:30:00Z');
const TABLES =
  'staff, staff_sessions, audit_log, request_events, reply_files, mail_outbox, deliveries, letters, letter_counters, requests, request_counters, sign_in_failures, request_allowances';
const DOMAIN = 'cl.example.gov.cn';
const disclosed = { outcome: 'disclosed', replyText: 'Please find the plan attached. 附件是规划全文。' };
/** The organisation in the test requests chose e-mail, in English, at this address. */
const APPLICANT = organisation.email;

describe.each(testDatabases())('the mail outbox on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let smtp: TestSmtp;
  let time: Date;
  let logged: string;
  useTestDatabase(open, TABLES, (opened) => ({ db, dist } = opened));

  beforeEach(async () => {
    time = AUTUMN;
    logged = '';
    await addTestStaff(db);
  });
  afterEach(() => smtp?.close());

  const logger = () => createLogger({ level: 'info', destination: new Writable({ write: (chunk, _, done) => ((logged += String(chunk)), done()) }) });
  const app = (mail = true) => createApp({ distDir: dist, db, now: () => time, requestsPerMinute: 1000, ...(mail && { mail: { domain: DOMAIN } }), logger: logger() });
  const worker = (options: Partial<MailWorkerOptions> = {}) =>
    createMailWorker({
      db,
      transport: nodemailer.createTransport(smtp.url),
      from: `市残联 <gongkai@${DOMAIN}>`,
      attachLimitBytes: 1024 * 1024,
      myRequestsUrl: 'https://cl.example.gov.cn/requests/',
      logger: logger(),
      now: () => time,
      leaseMs: 60_000,
      retryBaseMs: 60_000,
      ...options,
    });

  /** Files the organisation's request, replies to it with a PDF and a CSV; the request's reference and the app. */
  async function answered(mail = true) {
    const site = app(mail);
    const receipt = await fileRequest(site, organisation);
    const cookie = await signIn(site);
    const reply = await multipartPost(site, cookie, `/api/staff/requests/${receipt.reference}/reply`, replyForm(disclosed, [
      { name: 'Accessibility plan 2026.pdf', bytes: pdfBytes },
      { name: '设施清单.csv', bytes: csvBytes },
    ]));
    expect(reply.status).toBe(200);
    const consolePage = async () => (await site.request(`/staff/requests/${receipt.reference}/`, { headers: { Cookie: cookie } })).text();
    const staffApi = async () => (await site.request(`/api/staff/requests/${receipt.reference}`, { headers: { Cookie: cookie } })).json();
    const letter = await replyLetter(receipt.reference);
    return { reference: receipt.reference, letter, key: letterMailKey(letter.id), consolePage, staffApi, site, cookie };
  }

  /** The reply's letter as issued: what its e-mail must carry. */
  async function replyLetter(reference: string) {
    const [letter] = await db.query<{ id: number; number: string; subject: string }>(
      "SELECT l.id, l.number, l.subject FROM letters l JOIN requests r ON r.id = l.request_id WHERE r.reference = $1 AND l.kind = 'reply'",
      [reference],
    );
    return letter!;
  }

  it('sends the reply letter once, to the applicant, with the reply text and the files attached', async () => {
    smtp = await startSmtp();
    const { letter, key, consolePage } = await answered();
    expect(await consolePage()).toContain('等待发送');

    expect(await worker().sendDue()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message!.to).toEqual([APPLICANT]);
    expect(message!.messageId).toBe(messageIdFor(key, DOMAIN));
    // The letter as issued, in the request's language (English here), with its number.
    expect(message!.subject).toBe(`Reply to your request for government information (${letter.number})`);
    expect(message!.text).toContain(letter.number);
    expect(message!.text).toContain(disclosed.replyText);
    expect(message!.attachments.map(({ filename, type }) => ({ filename, type }))).toEqual([
      { filename: 'Accessibility plan 2026.pdf', type: 'application/pdf' },
      { filename: '设施清单.csv', type: 'text/csv' },
    ]);
    expect(new Uint8Array(message!.attachments[0]!.content)).toEqual(pdfBytes);
    expect(new Uint8Array(message!.attachments[1]!.content)).toEqual(csvBytes);

    expect(await consolePage()).toMatch(/电子邮件<\/h3>[\s\S]*已于 .+ 发出/);
    // Sent is sent: later rounds, on any worker, send nothing more.
    expect(await worker().sendDue()).toEqual({ sent: 0, failed: 0 });
    time = new Date(AUTUMN.getTime() + 24 * 3600_000);
    expect(await worker().sendDue()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(logged).toContain('mail sent');
    expect(logged).not.toContain(APPLICANT);
  });

  it('retries with backoff when the server refuses twice, and the message still arrives once', async () => {
    smtp = await startSmtp({ refuse: 2 });
    const { consolePage, staffApi } = await answered();
    const sender = worker();

    expect(await sender.sendDue()).toEqual({ sent: 0, failed: 1 });
    // Staff see why, and when it is tried again (a minute later, China time).
    expect(await consolePage()).toContain('发送失败：451 4.3.2 Too busy, try again later。将于 2026年9月14日 09:31 重试');
    expect((await staffApi()).mail).toEqual([
      { key: expect.stringMatching(/^letter:\d+$/), sentAt: null, attempts: 1, lastError: '451 4.3.2 Too busy, try again later', nextAttemptAt: '2026-09-14T01:31:00.000Z' },
    ]);
    // Not due yet: nothing is tried.
    expect(await sender.sendDue()).toEqual({ sent: 0, failed: 0 });

    time = new Date(AUTUMN.getTime() + 60_000);
    expect(await sender.sendDue()).toEqual({ sent: 0, failed: 1 });
    // The second delay is twice the first.
    time = new Date(AUTUMN.getTime() + 60_000 + 119_000);
    expect(await sender.sendDue()).toEqual({ sent: 0, failed: 0 });
    time = new Date(AUTUMN.getTime() + 60_000 + 120_000);
    expect(await sender.sendDue()).toEqual({ sent: 1, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.text).toContain(disclosed.replyText);
    expect((await staffApi()).mail).toEqual([{ key: expect.stringMatching(/^letter:\d+$/), sentAt: '2026-09-14T01:33:00.000Z', attempts: 3, lastError: null }]);
    expect(logged).toContain('mail not sent; will retry');
    expect(logged).not.toContain(APPLICANT);
  });

  it('yields one message per letter when the worker dies mid-send, by the same Message-ID', async () => {
    smtp = await startSmtp();
    const { key } = await answered();
    // A worker whose process dies right after the server accepted the message, before it could mark it sent.
    const real = nodemailer.createTransport(smtp.url);
    const dying = worker({ transport: { sendMail: async (message) => (await real.sendMail(message), new Promise<never>(() => {})) } });
    void dying.sendDue();
    await smtp.arrived(1);

    // The restarted server's worker: the row is still leased to the dead one until the lease ends…
    const restarted = worker();
    expect(await restarted.sendDue()).toEqual({ sent: 0, failed: 0 });
    // …then it sends the message again, with the same Message-ID, and marks it.
    time = new Date(AUTUMN.getTime() + 60_000);
    expect(await restarted.sendDue()).toEqual({ sent: 1, failed: 0 });
    expect(await restarted.sendDue()).toEqual({ sent: 0, failed: 0 });

    // SMTP cannot tell the sender it already has the message: the copy carries the same Message-ID, and a receiving
    // mail store that drops duplicates by it keeps one.
    expect(smtp.received.map((message) => message.messageId)).toEqual([messageIdFor(key, DOMAIN), messageIdFor(key, DOMAIN)]);
    expect(smtp.deduplicated()).toHaveLength(1);
  });

  it('sends once when the worker dies after claiming and before sending', async () => {
    smtp = await startSmtp();
    await answered();
    let claimed!: () => void;
    const reached = new Promise<void>((resolve) => (claimed = resolve));
    const dying = worker({ transport: { sendMail: () => (claimed(), new Promise<never>(() => {})) } });
    void dying.sendDue();
    await reached;
    time = new Date(AUTUMN.getTime() + 60_000);
    expect(await worker().sendDue()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('sends each letter once when several instances work the outbox at the same time', async () => {
    smtp = await startSmtp();
    const keys = [];
    for (let i = 0; i < 4; i++) keys.push((await answered()).key);
    const results = await Promise.all([worker({ batch: 1 }), worker({ batch: 1 }), worker({ batch: 2 })].map(async (each) => {
      let sent = 0;
      for (let round = 0; round < 4; round++) sent += (await each.sendDue()).sent;
      return sent;
    }));
    expect(results.reduce((a, b) => a + b, 0)).toBe(4);
    expect(smtp.received.map((message) => message.messageId).sort()).toEqual(keys.map((key) => messageIdFor(key, DOMAIN)).sort());
  });

  it('lists files over the size limit instead of attaching them', async () => {
    smtp = await startSmtp();
    await answered();
    expect(await worker({ attachLimitBytes: 100 }).sendDue()).toEqual({ sent: 1, failed: 0 });
    const [message] = smtp.received;
    expect(message!.attachments).toEqual([]);
    expect(message!.text).toContain('附件太大');
    expect(message!.text).toContain('https://cl.example.gov.cn/requests/');
    expect(message!.text).toContain(`Accessibility plan 2026.pdf（PDF，${pdfBytes.byteLength} 字节）`);
  });

  it('e-mails every letter the applicant must get, the 补正 notice as well as the reply, each once', async () => {
    smtp = await startSmtp();
    const site = app();
    const receipt = await fileRequest(site, organisation);
    const cookie = await signIn(site);
    expect((await staffPost(site, cookie, `/api/staff/requests/${receipt.reference}/completion-request`, { note: 'Say which year’s plan you want.' })).status).toBe(200);
    expect(await worker().sendDue()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received[0]!.subject).toMatch(/^Notice to complete your request for government information \(/);
    expect(smtp.received[0]!.text).toContain('Say which year’s plan you want.');
    expect(smtp.received[0]!.attachments).toEqual([]);
    expect(await worker().sendDue()).toEqual({ sent: 0, failed: 0 });
  });

  it('queues nothing without SMTP_URL, and the console offers print instead', async () => {
    smtp = await startSmtp();
    const { consolePage } = await answered(false);
    expect(await db.query('SELECT id FROM mail_outbox')).toEqual([]);
    expect(await consolePage()).toContain('本站没有配置发信（SMTP_URL），答复不会自动发出。请打印答复和文件');
    // The reply and its files are all kept, to print.
    expect(await db.query('SELECT name FROM reply_files ORDER BY id')).toEqual([{ name: 'Accessibility plan 2026.pdf' }, { name: '设施清单.csv' }]);
  });
});
