import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mailbox, site } from '../../src/config/site.ts';
import { person } from '../../src/requests/rules/test-requests.ts';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { createLogger } from '../logging/logger.ts';
import { startSmtp, type TestSmtp } from '../mail/test-smtp.ts';
import { createMailWorker } from '../mail/worker.ts';
import type { Staff } from '../staff/accounts.ts';
import { addTestStaff } from '../staff/test-staff.ts';
import { useTestDatabase } from '../test/database.ts';
import { removeFixtures } from '../test/fixture-dist.ts';
import { answerQuestion, convertToRequest, listQuestions } from './actions.ts';
import { testQuestion } from './test-questions.ts';

afterAll(removeFixtures);
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const TABLES = 'mail_outbox, audit_log, questions, question_counters, request_events, requests, request_counters, staff, request_allowances';
const DOMAIN = 'cl.example.gov.cn';
/** Tue 2026-12-01, 09:30 in China: the target is Tue 2026-12-08. */
const TUESDAY = new Date('2026-12-01T01:30:00Z');
const requestOptions = { referencePrefix: site.disclosure.referencePrefix, workingDays: site.disclosure.replyWorkingDays };

describe.each(testDatabases())('staff actions on questions, on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let staff: Staff;
  let time: Date;
  let smtp: TestSmtp | undefined;
  useTestDatabase(open, TABLES, (opened) => ({ db, dist } = opened));

  beforeEach(async () => {
    time = TUESDAY;
    staff = await addTestStaff(db);
  });
  afterEach(async () => {
    await smtp?.close();
    smtp = undefined;
  });

  const app = () => createApp({ distDir: dist, db, now: () => time, clientAddress: () => '192.0.2.1', requestsPerMinute: 1000 });
  const context = (mail = true) => ({ db, staff, now: time, ...(mail && { mail: { domain: DOMAIN } }) });
  async function ask(body: Record<string, unknown> = testQuestion) {
    const response = await app().request('/api/questions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { reference: string; statusToken: string; dueDate: string };
  }
  const status = async (receipt: { reference: string; statusToken: string }) =>
    (await app().request(`/api/questions/${receipt.reference}?token=${receipt.statusToken}`)).json();
  const audit = () => db.query<{ action: string; after: Record<string, unknown> }>('SELECT action, after FROM audit_log WHERE question_id IS NOT NULL ORDER BY id');

  it('lists questions oldest first, the open ones past the target marked overdue', async () => {
    const old = await ask();
    time = new Date('2026-12-07T01:30:00Z');
    const recent = await ask({ ...testQuestion, kind: 'suggestion', topic: 'accessibility' });
    time = new Date('2026-12-09T02:00:00Z'); // the old one's target, 2026-12-08, has passed; the recent one's has not
    const listed = await listQuestions(db, time);
    expect(listed.map(({ reference, overdue, dueDate }) => ({ reference, overdue, dueDate }))).toEqual([
      { reference: old.reference, overdue: true, dueDate: '2026-12-08' },
      { reference: recent.reference, overdue: false, dueDate: '2026-12-14' },
    ]);
    expect(mailbox.answerWorkingDays).toBe(5);
  });

  it('answers on the phone: the status API carries the answer, with an audit entry; a second answer is refused', async () => {
    const receipt = await ask();
    const answered = await answerQuestion(context(), receipt.reference, { answer: '持残疾人证可以免费乘坐市内公交车。' });
    expect(answered.kind).toBe('done');
    expect(await status(receipt)).toMatchObject({
      status: 'answered',
      answer: { answeredAt: TUESDAY.toISOString(), text: '持残疾人证可以免费乘坐市内公交车。' },
    });
    expect(await audit()).toEqual([expect.objectContaining({ action: 'question-answer', after: expect.objectContaining({ answerChannel: 'phone' }) })]);
    expect((await db.query('SELECT 1 FROM mail_outbox')).length).toBe(0);
    expect((await listQuestions(db, time))[0]).toMatchObject({ overdue: false, onTime: true });

    expect(await answerQuestion(context(), receipt.reference, { answer: '再答一次' })).toEqual({ kind: 'refused', message: '这条留言已经答复' });
    expect((await status(receipt)).answer.text).toBe('持残疾人证可以免费乘坐市内公交车。');
  });

  it('refuses an empty answer and an unknown question, storing nothing', async () => {
    const receipt = await ask();
    expect(await answerQuestion(context(), receipt.reference, { answer: '  ' })).toEqual({ kind: 'invalid', errors: [{ field: 'answer', message: '输入答复' }] });
    expect(await answerQuestion(context(), 'MDJCLZX-2026-000099', { answer: '答复' })).toEqual({ kind: 'not-found' });
    expect((await status(receipt)).status).toBe('received');
    expect(await audit()).toEqual([]);
  });

  it('answers by e-mail through the mail outbox: the message reaches a real SMTP server once, in the question language', async () => {
    smtp = await startSmtp();
    const receipt = await ask({ ...testQuestion, answerBy: 'email', contact: 'asker@example.com', locale: 'en' });
    expect((await answerQuestion(context(), receipt.reference, { answer: 'Yes: show your disability card.' })).kind).toBe('done');
    let logged = '';
    const worker = createMailWorker({
      db,
      transport: nodemailer.createTransport(smtp.url),
      from: `市残联 <gongkai@${DOMAIN}>`,
      attachLimitBytes: 1024 * 1024,
      myRequestsUrl: 'https://cl.example.gov.cn/requests/',
      logger: createLogger({ level: 'info', destination: new Writable({ write: (chunk, _, done) => ((logged += String(chunk)), done()) }) }),
      now: () => time,
      leaseMs: 60_000,
      retryBaseMs: 60_000,
    });
    expect(await worker.sendDue()).toEqual({ sent: 1, failed: 0 });
    expect(await worker.sendDue()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message!.to).toEqual(['asker@example.com']);
    expect(message!.subject).toBe(`Answer to your message to ${site.shortName} (${receipt.reference})`);
    expect(message!.text).toContain('Yes: show your disability card.');
    expect(logged).toContain('mail sent');
    expect(logged).not.toContain('asker@example.com');
    // The phone shows it too.
    expect((await status(receipt)).answer.text).toBe('Yes: show your disability card.');
  });

  it('turns a question into a disclosure request whose clock starts that day, and tells the person', async () => {
    const receipt = await ask({ ...testQuestion, topic: 'disclosure', text: '请公开2025年残疾人就业保障金的使用情况。' });
    time = new Date('2026-12-03T02:00:00Z');
    const { description: _, locale: __, ...applicant } = person;
    const converted = await convertToRequest(context(), receipt.reference, applicant, requestOptions);
    expect(converted.kind).toBe('done');
    const [request] = await db.query<{ reference: string; description: string; received_at: Date; due_date: string }>(
      'SELECT reference, description, received_at, due_date::text FROM requests',
    );
    expect(request).toMatchObject({ reference: 'MDJCL-2026-000001', description: '请公开2025年残疾人就业保障金的使用情况。', received_at: time });
    const shown = await status(receipt);
    expect(shown).toMatchObject({
      status: 'converted',
      convertedTo: { reference: 'MDJCL-2026-000001', receivedAt: time.toISOString(), dueDate: request!.due_date },
    });
    expect(shown.answer.text).toContain('MDJCL-2026-000001');
    expect(shown.answer.text).toContain(request!.due_date);
    expect(await audit()).toEqual([expect.objectContaining({ action: 'question-convert', after: expect.objectContaining({ convertedTo: 'MDJCL-2026-000001' }) })]);

    // Converting again makes no second request.
    expect(await convertToRequest(context(), receipt.reference, applicant, requestOptions)).toEqual({ kind: 'refused', message: '这条留言已经转为信息公开申请' });
    expect((await db.query('SELECT 1 FROM requests')).length).toBe(1);
  });

  it('refuses a conversion whose applicant details the request rules refuse, with their per-field errors, storing nothing', async () => {
    const receipt = await ask();
    const result = await convertToRequest(context(), receipt.reference, { applicantType: 'person', name: '张三' }, requestOptions);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.errors.map((error) => error.field)).toEqual(['idType', 'idNumber', 'phone', 'delivery', 'format']);
    expect((await db.query('SELECT 1 FROM requests')).length).toBe(0);
    expect((await status(receipt)).status).toBe('received');
  });
});
