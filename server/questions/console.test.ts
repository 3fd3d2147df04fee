import { randomUUID } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { person } from '../../src/requests/rules/test-requests.ts';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { addTestStaff, formPost, signIn, testLetterFacts } from '../staff/test-staff.ts';
import { useTestDatabase } from '../test/database.ts';
import { removeFixtures } from '../test/fixture-dist.ts';
import { expectValidHtml } from '../test/valid-html.ts';
import { testQuestion } from './test-questions.ts';

afterAll(removeFixtures);
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const TABLES = 'mail_outbox, audit_log, questions, question_counters, request_events, requests, request_counters, staff, staff_sessions, sign_in_failures, request_allowances';
/** Tue 2026-12-01, 09:30 in China: a question's target (5 working days) is Tue 2026-12-08. */
const TUESDAY = '2026-12-01T01:30:00Z';

describe.each(testDatabases())('the mailbox in the staff console, on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let time: Date;
  let app: ReturnType<typeof createApp>;
  let cookie: string;
  useTestDatabase(open, TABLES, (opened) => ({ db, dist } = opened));

  beforeEach(async () => {
    time = new Date(TUESDAY);
    // E-mail configured, as with SMTP_URL: an answer by e-mail is queued in the mail outbox.
    app = createApp({ distDir: dist, db, now: () => time, clientAddress: () => '192.0.2.1', requestsPerMinute: 1000, letterFacts: testLetterFacts, mail: { domain: 'cl.example.gov.cn' } });
    await addTestStaff(db);
    cookie = await signIn(app);
  });

  async function ask(body: Record<string, unknown> = testQuestion) {
    const response = await app.request('/api/questions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { reference: string; statusToken: string };
  }
  const page = async (path: string) => {
    const response = await app.request(path, { headers: { Cookie: cookie } });
    return { status: response.status, html: await response.text() };
  };
  const post = (path: string, fields: Record<string, string>) => formPost(app, path, fields, { Cookie: cookie });
  const status = async (receipt: { reference: string; statusToken: string }) => (await app.request(`/api/questions/${receipt.reference}?token=${receipt.statusToken}`)).json();

  it('is in the console’s navigation and lists questions oldest first, the open one past its target marked 已逾期', async () => {
    const old = await ask({ ...testQuestion, text: '第一条：公交卡怎么办？' });
    time = new Date('2026-12-07T01:30:00Z');
    const recent = await ask({ ...testQuestion, kind: 'suggestion', topic: 'accessibility', page: '/guides/', text: '第二条：网站字太小。' });
    time = new Date('2026-12-09T02:00:00Z');
    // A session lasts 8 hours: sign in again on the later day.
    cookie = await signIn(app);
    const { status: code, html } = await page('/staff/questions/');
    expect(code).toBe(200);
    expect(html).toContain('<a class="site-nav__link" href="/staff/questions/" aria-current="page">网上信箱</a>');
    expect(html.indexOf(old.reference)).toBeGreaterThan(-1);
    expect(html.indexOf(old.reference)).toBeLessThan(html.indexOf(recent.reference));
    const item = (reference: string) => html.slice(html.indexOf(reference), html.indexOf('</li>', html.indexOf(reference)));
    expect(item(old.reference)).toContain('已逾期（目标是 2026年12月8日）');
    expect(item(old.reference)).toContain('咨询 · 办事指南');
    expect(item(old.reference)).toContain('/guides/bus-pass/');
    expect(item(recent.reference)).not.toContain('已逾期');
    expect(item(recent.reference)).toContain('意见建议 · 网站无障碍');
    expect(item(recent.reference)).toContain('目标 2026年12月14日 前答复');
    expect((await page(`/staff/questions/${old.reference}/`)).html).toContain('<strong>未答复</strong>：已逾期（目标是 2026年12月8日）');
    // The signed-out are sent to sign in.
    expect((await app.request('/staff/questions/')).status).toBe(303);
  });

  it('answers by e-mail: the message is queued in the mail outbox, and the page shows the answer and the e-mail waiting', async () => {
    const receipt = await ask({ ...testQuestion, answerBy: 'email', contact: 'asker@example.com' });
    const question = await page(`/staff/questions/${receipt.reference}/`);
    expect(question.html).toContain(testQuestion.text);
    expect(question.html).toContain('<a href="/guides/bus-pass/">/guides/bus-pass/</a>');
    expect(question.html).toContain('会用电子邮件发到对方留下的地址。');
    const answered = await post(`/staff/questions/${receipt.reference}/answer/`, { answer: '持残疾人证可以免费乘坐市内公交车。' });
    expect(answered.status).toBe(303);
    expect(answered.headers.get('Location')).toBe(`/staff/questions/${receipt.reference}/?done=answer`);
    const mails = await db.query<{ to_address: string; body_text: string }>('SELECT to_address, body_text FROM mail_outbox');
    expect(mails).toEqual([expect.objectContaining({ to_address: 'asker@example.com' })]);
    expect(mails[0]!.body_text).toContain('持残疾人证可以免费乘坐市内公交车。');
    const { html } = await page(`/staff/questions/${receipt.reference}/?done=answer`);
    expect(html).toContain('已发出答复。');
    expect(html).toContain('持残疾人证可以免费乘坐市内公交车。');
    expect(html).toContain('等待发送');
    expect(html).toContain('<td>李工作</td><td>答复</td>');
    expect(html).not.toContain('name="answer"');
    expect((await status(receipt)).answer.text).toBe('持残疾人证可以免费乘坐市内公交车。');
    // Answered, it can be made a published answer's draft (server/content/answers.ts); before, it could not.
    expect(html).toContain(`<form method="post" action="/staff/content/answers/from-question/${receipt.reference}/">`);
    expect(question.html).not.toContain('/staff/content/answers/from-question/');
  });

  it('refuses to answer an already answered question with 409 and says why, the new text shown, nothing changed', async () => {
    const receipt = await ask();
    expect((await post(`/staff/questions/${receipt.reference}/answer/`, { answer: '第一次的答复' })).status).toBe(303);
    const again = await post(`/staff/questions/${receipt.reference}/answer/`, { answer: '第二次的答复' });
    expect(again.status).toBe(409);
    const html = await again.text();
    expect(html).toContain('<title>错误：');
    expect(html).toContain('这条留言已经答复');
    expect(html).toContain('第二次的答复');
    expect((await status(receipt)).answer.text).toBe('第一次的答复');
    expect((await db.query('SELECT 1 FROM audit_log WHERE question_id IS NOT NULL')).length).toBe(1);
  });

  it('answers an empty answer or a bad body with 422 and the error summary, the text kept, nothing stored', async () => {
    const receipt = await ask();
    const empty = await post(`/staff/questions/${receipt.reference}/answer/`, { answer: '   ' });
    expect(empty.status).toBe(422);
    const html = await empty.text();
    expect(html).toContain('<title>错误：留言');
    expect(html).toContain('<a href="#answer">输入答复</a>');
    const control = await post(`/staff/questions/${receipt.reference}/answer/`, { answer: '答复\u0000内容' });
    expect(control.status).toBe(422);
    expect(await control.text()).toContain('这一项含有无法保存的字符');
    expect((await status(receipt)).status).toBe('received');
    expect(await db.query('SELECT 1 FROM audit_log')).toEqual([]);
    expect((await page('/staff/questions/MDJCLZX-2026-999999/')).status).toBe(404);
    expect((await post('/staff/questions/nonsense/answer/', { answer: '答复' })).status).toBe(404);
  });

  it('turns a question into a request after a confirmation that the clock starts today, and shows the new reference', async () => {
    const receipt = await ask({ ...testQuestion, topic: 'disclosure', text: '请公开2025年残疾人就业保障金的使用情况。' });
    time = new Date('2026-12-03T02:00:00Z');
    cookie = await signIn(app);
    const form = await page(`/staff/questions/${receipt.reference}/convert/`);
    expect(form.html).toContain('答复期限从今天（2026年12月3日）起计算');
    expect(form.html).toContain('>请公开2025年残疾人就业保障金的使用情况。</textarea>');

    const { description: _, locale: __, ...applicant } = person;
    const incomplete = await post(`/staff/questions/${receipt.reference}/convert/`, { description: '请公开2025年残疾人就业保障金的使用情况。', applicantType: 'person', name: '张三', idNumber: '', phone: '' });
    expect(incomplete.status).toBe(422);
    const errors = await incomplete.text();
    expect(errors).toContain('<title>错误：转为政府信息公开申请');
    expect(errors).toContain('value="张三"');
    expect(errors).toContain('href="#phone"');
    expect(await db.query('SELECT 1 FROM requests')).toEqual([]);

    const converted = await post(`/staff/questions/${receipt.reference}/convert/`, { description: '请公开2025年残疾人就业保障金的使用情况。', ...applicant, email: '', address: '' });
    expect(converted.status).toBe(303);
    const [request] = await db.query<{ reference: string; received_at: Date }>('SELECT reference, received_at FROM requests');
    expect(request!.received_at).toEqual(time);
    const { html } = await page(converted.headers.get('Location')!);
    expect(html).toContain(`已转为政府信息公开申请 ${request!.reference}，答复期限从今天起计算。`);
    expect(html).toContain(`<a href="/staff/requests/${request!.reference}/">查看申请 ${request!.reference}</a>`);
    expect(html).toContain('转为信息公开申请');
    expect((await status(receipt)).convertedTo.reference).toBe(request!.reference);
    // Once converted, neither action is offered again, nor publishing it as an answer, and posting one is refused.
    expect(html).not.toContain(`/staff/questions/${receipt.reference}/convert/"`);
    expect(html).not.toContain('/staff/content/answers/from-question/');
    expect((await post(`/staff/questions/${receipt.reference}/convert/`, { ...applicant })).status).toBe(409);
  });

  it('writes valid HTML on every mailbox page, with errors and without', async () => {
    const receipt = await ask();
    const base = `/staff/questions/${receipt.reference}`;
    await expectValidHtml([
      ['/staff/questions/', (await page('/staff/questions/')).html],
      [`${base}/`, (await page(`${base}/`)).html],
      [`${base}/ (errors)`, await (await post(`${base}/answer/`, { answer: '' })).text()],
      [`${base}/convert/`, (await page(`${base}/convert/`)).html],
      [`${base}/convert/ (errors)`, await (await post(`${base}/convert/`, { applicantType: 'person' })).text()],
    ]);
  });
});
