import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { organisation, person } from '../../src/requests/rules/test-requests.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { useTestDatabase } from '../test/database.ts';
import { removeFixtures } from '../test/fixture-dist.ts';
import { addTestStaff, fileRequest, formPost, signIn, staffTestApp, type StaffTestApp } from './test-staff.ts';
import { expectValidHtml } from '../test/valid-html.ts';

afterAll(removeFixtures);
// Each sign-in runs scrypt, which is meant to be slow: on a busy machine a test needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

describe.each(testDatabases())('staff console pages on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let t: StaffTestApp;
  let cookie: string;

  useTestDatabase(open, 'staff, staff_sessions, audit_log, appeals, request_events, requests, request_counters, sign_in_failures, request_allowances', (opened) => ({ db, dist } = opened));

  beforeEach(async () => {
    await addTestStaff(db);
    // Wed 2026-03-04 in China.
    t = staffTestApp(db, dist, '2026-03-04T01:00:00Z');
    cookie = await signIn(t.app);
  });

  const page = async (path: string) => {
    const response = await t.app.request(path, { headers: { Cookie: cookie } });
    return { status: response.status, html: await response.text(), headers: response.headers };
  };
  const post = (path: string, fields: Record<string, string>) => formPost(t.app, path, fields, { Cookie: cookie });

  it('lists requests most urgent first, saying overdue, due this week or the date in words', async () => {
    t.setTime('2026-01-26T01:00:00Z');
    const overdue = await fileRequest(t.app); // due 2026-02-28
    t.setTime('2026-02-02T01:00:00Z');
    const thisWeek = await fileRequest(t.app, organisation); // due 2026-03-06, a Friday
    t.setTime('2026-03-04T01:00:00Z');
    const later = await fileRequest(t.app);
    const { html, headers } = await page('/staff/');
    expect(headers.get('Cache-Control')).toBe('no-store');
    const order = [overdue, thisWeek, later].map((receipt) => html.indexOf(receipt.reference));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).toContain('已逾期 4 天（期限是 2026年2月28日）');
    expect(html).toContain('本周到期：3月6日（周五）');
    expect(html).toContain('2026年4月1日（周三）到期');
    expect(html).toContain('<title>信息公开申请 - 工作人员 - 残联信息公开</title>');
  });

  it('filters by status from the query string, with no script needed', async () => {
    const open = await fileRequest(t.app);
    const answered = await fileRequest(t.app, organisation);
    expect((await post(`/staff/requests/${answered.reference}/reply/`, { outcome: 'disclosed', replyText: '见附件' })).status).toBe(303);
    const list = await page('/staff/?status=answered');
    expect(list.html).toContain(answered.reference);
    expect(list.html).not.toContain(open.reference);
    expect(list.html).toContain('<option value="answered" selected>已答复</option>');
    expect(list.html).toContain('已于 2026年3月4日 答复');
  });

  it('shows one request with the applicant’s data, the description, its history and its audit trail', async () => {
    const receipt = await fileRequest(t.app);
    await post(`/staff/requests/${receipt.reference}/extend/`, { reason: '资料在档案馆' });
    const { html } = await page(`/staff/requests/${receipt.reference}/`);
    for (const text of [person.name, person.idNumber, person.phone, person.description, '居民身份证', '资料在档案馆', '延长答复期限', '李工作', 'extension_reason: 资料在档案馆']) {
      expect(html, text).toContain(text);
    }
    // Only what may still be done is offered.
    expect(html).toContain(`href="/staff/requests/${receipt.reference}/reply/"`);
    expect(html).not.toContain(`href="/staff/requests/${receipt.reference}/extend/"`);
  });

  it('names the identity document the applicant chose, and shows their phone as typed, dialling it in E.164', async () => {
    const receipt = await fileRequest(t.app, { ...person, idType: 'foreign-permanent-resident-id', idNumber: '915600198001010015', phone: '+44 20 7946 0018' });
    const { html } = await page(`/staff/requests/${receipt.reference}/`);
    expect(html).toContain('外国人永久居留身份证');
    expect(html).toContain('<a href="tel:+442079460018">+44 20 7946 0018</a>');
  });

  it('keeps everything typed and lists the errors when a reply is incomplete, storing nothing', async () => {
    const receipt = await fileRequest(t.app);
    const response = await post(`/staff/requests/${receipt.reference}/reply/`, { outcome: 'withheld/third-party', replyText: '不予公开，理由如下' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain(`<title>错误：答复申请：${receipt.reference}`);
    expect(html).toContain('<a href="#refusalReason">写出理由：不予公开、无法提供、不予处理和其他处理都要说明理由</a>');
    expect(html).toContain('<a href="#legalBasis">写出法律依据</a>');
    expect(html).toMatch(/value="withheld\/third-party" checked/);
    expect(html).toContain('>不予公开，理由如下</textarea>');
    expect(await db.query("SELECT * FROM requests WHERE status = 'answered'")).toEqual([]);
  });

  it('records each action from its form, and says so on the request', async () => {
    const receipt = await fileRequest(t.app);
    const base = `/staff/requests/${receipt.reference}`;
    const asked = await post(`${base}/ask-completion/`, { note: '请写明年份' });
    expect(asked.status).toBe(303);
    expect(asked.headers.get('Location')).toBe(`${base}/?done=ask-completion`);
    expect((await page(`${base}/?done=ask-completion`)).html).toContain('已记录补正通知：计时已暂停。');
    expect((await post(`${base}/record-completion/`, { date: '2026-03-04' })).status).toBe(303);
    expect((await post(`${base}/reply/`, { outcome: 'other/other', replyText: '已电话沟通', refusalReason: '申请人撤回', legalBasis: '无' })).status).toBe(303);
    expect((await post(`${base}/add-appeal/`, { kind: 'lawsuit', filedOn: '2026-03-04', result: 'pending', decidedOn: '' })).status).toBe(303);
    const [appeal] = await db.query<{ id: number }>('SELECT id FROM appeals');
    const form = await page(`${base}/appeals/${appeal!.id}/`);
    expect(form.html).toMatch(/value="pending" checked/);
    expect((await post(`${base}/appeals/${appeal!.id}/`, { result: 'upheld', decidedOn: '2026-03-04' })).status).toBe(303);
    const actions = await db.query<{ action: string }>('SELECT action FROM audit_log ORDER BY id');
    expect(actions.map((row) => row.action)).toEqual(['ask-completion', 'record-completion', 'reply', 'add-appeal', 'update-appeal']);
  });

  it('explains a refused action on the form rather than failing silently', async () => {
    const receipt = await fileRequest(t.app);
    await post(`/staff/requests/${receipt.reference}/extend/`, { reason: '第一次' });
    const response = await post(`/staff/requests/${receipt.reference}/extend/`, { reason: '第二次' });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain('<title>错误：');
    expect(html).toContain('延长过一次期限，不能再延长。');
    expect(html).toContain('>第二次</textarea>');
  });

  it('names the holidays the due date skips', async () => {
    t.setTime('2026-09-14T01:30:00Z');
    cookie = await signIn(t.app);
    const receipt = await fileRequest(t.app);
    const { html } = await page(`/staff/requests/${receipt.reference}/`);
    expect(html).toContain('2026年10月16日');
    expect(html).toContain('已跳过：中秋（9月25日至9月27日）、国庆节（10月1日至10月7日）');
  });

  it('writes valid HTML on every page, with errors and without', async () => {
    const receipt = await fileRequest(t.app);
    const base = `/staff/requests/${receipt.reference}`;
    await post(`${base}/add-appeal/`, { kind: 'review', filedOn: '2026-03-04', result: 'pending' });
    const [appeal] = await db.query<{ id: number }>('SELECT id FROM appeals');
    const pages: [string, string][] = [
      ['/staff/', await (await t.app.request('/staff/', { headers: { Cookie: cookie } })).text()],
      [`${base}/`, (await page(`${base}/`)).html],
      ['/staff/sign-in', await (await t.app.request('/staff/sign-in')).text()],
      ['/staff/sign-in (errors)', await (await formPost(t.app, '/staff/sign-in', { name: '', password: '' })).text()],
    ];
    for (const action of ['ask-completion', 'extend', 'reply', 'add-appeal', `appeals/${appeal!.id}`]) {
      pages.push([`${base}/${action}/`, (await page(`${base}/${action}/`)).html]);
      pages.push([`${base}/${action}/ (errors)`, await (await post(`${base}/${action}/`, { result: 'upheld' })).text()]);
    }
    await expectValidHtml(pages);
  });

  it('reminds staff of the 7 working days to send a 补正 notice, holidays counted', async () => {
    t.setTime('2026-09-28T01:30:00Z');
    cookie = await signIn(t.app);
    const receipt = await fileRequest(t.app);
    // Mon 28 September: 29 and 30 September, National Day skipped, then 8, 9, 10 (a Saturday worked), 12 and 13 October.
    expect((await page(`/staff/requests/${receipt.reference}/ask-completion/`)).html).toContain('也就是 2026年10月13日（周二）前');
  });

  it('takes a signed-in visitor of the sign-in page straight to the console', async () => {
    const response = await t.app.request('/staff/sign-in?next=%2Fstaff%2F%3Fstatus%3Dall', { headers: { Cookie: cookie } });
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/staff/?status=all');
  });

  it('answers an unknown request with a 404 page', async () => {
    expect((await page('/staff/requests/MDJCL-2026-999999/')).status).toBe(404);
    expect((await page('/staff/requests/nonsense/reply/')).status).toBe(404);
  });
});
