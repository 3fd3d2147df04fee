import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { mailboxFigures } from './mailbox-figures.ts';
import type { StaffEnv } from '../staff/auth.ts';
import { reportStaffRoutes } from './staff.tsx';
import { insertRequest, insertStaff } from './test-fixture.ts';

let serial = 0;
/** A question stored as the API stores one, at the instants given (ISO 8601, UTC). */
async function insertQuestion(
  db: Queryable,
  question: { kind?: 'question' | 'suggestion'; topic?: string; receivedAt: string; dueDate: string; answeredAt?: string; convertedTo?: number },
): Promise<void> {
  serial += 1;
  await db.query(
    `INSERT INTO questions (reference, idempotency_key_hash, body_hash, topic, kind, text, answer_by, locale, received_at, due_date,
       due_date_provisional, status_token_hash, first_answer_sealed, answered_at, answer_text, answer_channel, converted_to_request_id)
     VALUES ($1, $2, 'body', $3, $4, '留言', 'phone', 'zh-Hans', $5, $6, false, 'token', 'sealed', $7, $8, $9, $10)`,
    [
      `MDJCLZX-2026-${String(serial).padStart(6, '0')}`,
      randomUUID(),
      question.topic ?? 'guide',
      question.kind ?? 'question',
      question.receivedAt,
      question.dueDate,
      question.answeredAt ?? null,
      question.answeredAt ? '答复' : null,
      question.answeredAt ? 'phone' : null,
      question.convertedTo ?? null,
    ],
  );
}

/** 2026's mailbox: what each figure counts, at the year's edges in China time. */
async function insertYear(db: Queryable): Promise<void> {
  // Received in 2025, answered on 2026-01-05 (on time): answered in 2026, not received in it.
  await insertQuestion(db, { receivedAt: '2025-12-29T02:00:00Z', dueDate: '2026-01-06', answeredAt: '2026-01-05T02:00:00Z' });
  // Answered at 00:30 China time the day after its due date (still the due date in UTC): answered, not on time.
  await insertQuestion(db, { receivedAt: '2026-03-02T02:00:00Z', dueDate: '2026-03-09', answeredAt: '2026-03-09T16:30:00Z' });
  // Answered at 23:30 China time on its due date: on time.
  await insertQuestion(db, { kind: 'suggestion', topic: 'accessibility', receivedAt: '2026-05-06T02:00:00Z', dueDate: '2026-05-13', answeredAt: '2026-05-13T15:30:00Z' });
  // Turned into a request, on time.
  const request = await insertRequest(db, { kind: 'person', receivedAt: '2026-06-02T02:00:00Z' });
  await insertQuestion(db, { topic: 'disclosure', receivedAt: '2026-06-01T02:00:00Z', dueDate: '2026-06-08', answeredAt: '2026-06-02T02:00:00Z', convertedTo: request });
  // 23:30 on 31 December 2026 in China: received in 2026, not yet answered.
  await insertQuestion(db, { kind: 'suggestion', topic: 'accessibility', receivedAt: '2026-12-31T15:30:00Z', dueDate: '2027-01-08' });
  // 00:30 on 1 January 2027 in China, still 2026 in UTC: received in 2027.
  await insertQuestion(db, { kind: 'suggestion', topic: 'other', receivedAt: '2026-12-31T16:30:00Z', dueDate: '2027-01-08' });
}

describe.each(testDatabases())('the mailbox in the annual report, on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let staffId: number;

  beforeAll(async () => {
    db = await open();
    dist = mkdtempSync(join(tmpdir(), 'ad-report-mailbox-'));
    mkdirSync(join(dist, 'reports'), { recursive: true });
    writeFileSync(join(dist, 'reports', 'catalogue.json'), '[]');
    staffId = await insertStaff(db);
  }, 60_000);
  afterAll(async () => {
    await db.close();
    rmSync(dist, { recursive: true, force: true });
  });
  beforeEach(() => db.exec('TRUNCATE audit_log, report_drafts, published_reports, questions, requests CASCADE'));

  const app = () => {
    const server = new Hono<StaffEnv>();
    server.route('/', reportStaffRoutes({
      db,
      now: () => new Date('2027-02-10T02:00:00Z'),
      distDir: dist,
      answerWorkingDays: 5,
      requireStaff: async (c, next) => {
        c.set('staff', { id: staffId, name: '王办事员' });
        await next();
      },
    }));
    return server;
  };
  const post = (fields: Record<string, string>) =>
    app().request('/staff/reports/2026/', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  const textarea = (html: string, name: string) => {
    const start = html.indexOf('>', html.indexOf(`<textarea class="textarea" id="${name}"`)) + 1;
    return html.slice(start, html.indexOf('</textarea>', start)).replaceAll('&amp;', '&');
  };

  it('counts a year’s questions by China dates: received, answered, on time (late answers not), converted, suggestions by topic', async () => {
    await insertYear(db);
    expect(await mailboxFigures(db, 2026)).toEqual({
      year: 2026,
      received: { total: 4, question: 2, suggestion: 2 },
      answered: 4,
      answeredOnTime: 3,
      converted: 1,
      suggestionsByTopic: { guide: 0, disclosure: 0, accessibility: 2, other: 0 },
    });
    expect(await mailboxFigures(db, 2027)).toMatchObject({ received: { total: 1, question: 0, suggestion: 1 }, answered: 0, suggestionsByTopic: { other: 1 } });
    expect((await mailboxFigures(db, 2025)).received.total).toBe(1);
  });

  it('shows the figures on the year’s report page and inserts them into “other matters”, keeping the texts typed, once', async () => {
    await insertYear(db);
    const shown = await (await app().request('/staff/reports/2026/')).text();
    expect(shown).toContain('<dt>收到留言</dt><dd>4 件</dd>');
    expect(shown).toContain('<dt>在 5 个工作日的目标内答复</dt><dd>3 件</dd>');
    expect(shown).toContain('<dt>意见建议：网站无障碍</dt><dd>2 件</dd>');

    const typed = { overview: '总体情况的文字', problems: '问题的文字', otherMatters: '本年度没有收取信息处理费。' };
    const response = await post({ ...typed, action: 'insert-mailbox' });
    expect(response.status).toBe(200);
    const html = await response.text();
    const paragraph =
      '2026年，网上信箱共收到留言 4 件，其中咨询 2 件、意见建议 2 件。年内答复 4 件，其中在 5 个工作日的目标期限内答复 3 件；转为政府信息公开申请办理 1 件。意见建议按内容分：网站无障碍 2 件。';
    expect(textarea(html, 'otherMatters')).toBe(`本年度没有收取信息处理费。\n\n${paragraph}`);
    expect(textarea(html, 'overview')).toBe('总体情况的文字');
    expect(html).toContain('还没有保存');
    // Nothing is stored until staff save.
    expect(await db.query('SELECT 1 FROM report_drafts')).toEqual([]);

    // Pressed again with the paragraph already there: not added twice.
    const again = await (await post({ ...typed, otherMatters: textarea(html, 'otherMatters'), action: 'insert-mailbox' })).text();
    expect(textarea(again, 'otherMatters')).toBe(`本年度没有收取信息处理费。\n\n${paragraph}`);
    expect(again).toContain('没有重复插入');
  });

  it('inserts into an empty “other matters” the paragraph alone, and leaves out the topics when there were no suggestions', async () => {
    await insertQuestion(db, { receivedAt: '2026-03-02T02:00:00Z', dueDate: '2026-03-09' });
    const html = await (await post({ overview: '', problems: '', otherMatters: '', action: 'insert-mailbox' })).text();
    expect(textarea(html, 'otherMatters')).toBe(
      '2026年，网上信箱共收到留言 1 件，其中咨询 1 件、意见建议 0 件。年内答复 0 件，其中在 5 个工作日的目标期限内答复 0 件；转为政府信息公开申请办理 0 件。',
    );
  });
});
