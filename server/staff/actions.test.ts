import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { organisation, person } from '../../src/requests/rules/test-requests.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { useTestDatabase } from '../test/database.ts';
import { removeFixtures } from '../test/fixture-dist.ts';
import { addTestStaff, citizenStatus, fileRequest, signIn, STAFF_NAME, staffPost, staffTestApp, type StaffTestApp } from './test-staff.ts';

afterAll(removeFixtures);
// Each sign-in runs scrypt, which is meant to be slow: on a busy machine a test needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

/** Mon 2026-09-14, 09:30 in China: due 20 working days later, after Mid-Autumn and National Day, on 2026-10-16. */
const BEFORE_NATIONAL_DAY = '2026-09-14T01:30:00Z';
/** Mon 2026-01-12, 09:30 in China: due on 2026-02-09, just before the Spring Festival. */
const BEFORE_SPRING_FESTIVAL = '2026-01-12T01:30:00Z';

describe.each(testDatabases())('staff actions on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let t: StaffTestApp;
  let cookie: string;
  let staffId: number;

  useTestDatabase(open, 'staff, staff_sessions, audit_log, appeals, request_events, requests, request_counters, sign_in_failures, request_allowances', (opened) => ({ db, dist } = opened));

  beforeEach(async () => {
    staffId = (await addTestStaff(db)).id;
    t = staffTestApp(db, dist, BEFORE_NATIONAL_DAY);
    cookie = await signIn(t.app);
  });

  /** Sessions last 8 hours: a test that moves the clock by days signs in again, as staff would. */
  async function moveTo(time: string) {
    t.setTime(time);
    cookie = await signIn(t.app);
  }
  const act = (reference: string, action: string, body: unknown) => staffPost(t.app, cookie, `/api/staff/requests/${reference}/${action}`, body);
  const audit = () => db.query<Record<string, unknown>>('SELECT staff_id, at, action, before, after FROM audit_log ORDER BY id');
  const row = async (reference: string) => (await db.query<Record<string, unknown>>('SELECT * FROM requests WHERE reference = $1', [reference]))[0]!;

  it('stops the clock on 补正 and restarts it from the completed request’s arrival, across National Day', async () => {
    const receipt = await fileRequest(t.app);
    expect(receipt.dueDate).toBe('2026-10-16');

    await moveTo('2026-09-16T02:00:00Z');
    const asked = await act(receipt.reference, 'completion-request', { note: '请写明想要哪一年的就业保障金文件。' });
    expect(asked.status).toBe(200);
    expect(await asked.json()).toMatchObject({ status: 'awaiting-completion', completionNote: '请写明想要哪一年的就业保障金文件。' });
    expect(await audit()).toEqual([
      {
        staff_id: staffId,
        at: new Date('2026-09-16T02:00:00Z'),
        action: 'ask-completion',
        before: { status: 'received', completion_requested_at: null, completion_note: null },
        after: { status: 'awaiting-completion', completion_requested_at: '2026-09-16T02:00:00.000Z', completion_note: '请写明想要哪一年的就业保障金文件。' },
      },
    ]);
    // The applicant sees the clock stopped and what to add.
    expect(await citizenStatus(t.app, receipt)).toMatchObject({
      status: 'awaiting-completion',
      completion: { requestedAt: '2026-09-16T02:00:00.000Z', note: '请写明想要哪一年的就业保障金文件。' },
    });

    // Only one notice: the regulation asks for everything missing at once.
    const again = await act(receipt.reference, 'completion-request', { note: '还有' });
    expect(again.status).toBe(409);
    expect((await again.json()).detail).toBe('这份申请已经通知过补正。按规定只能一次性通知补正。');

    // The completed request arrived on Wed 30 September; recorded after the holiday.
    await moveTo('2026-10-08T01:00:00Z');
    const completed = await act(receipt.reference, 'completion', { date: '2026-09-30' });
    expect(completed.status).toBe(200);
    // 20 working days from 30 September, National Day (1–7 October) skipped and Saturday 10 October worked.
    expect(await completed.json()).toMatchObject({ status: 'received', dueDate: '2026-11-03', completedAt: '2026-09-29T16:00:00.000Z' });
    expect((await audit())[1]).toMatchObject({
      action: 'record-completion',
      before: { status: 'awaiting-completion', completed_at: null, due_date: '2026-10-16', due_date_provisional: false },
      after: { status: 'received', completed_at: '2026-09-29T16:00:00.000Z', due_date: '2026-11-03', due_date_provisional: false },
    });
    const status = await citizenStatus(t.app, receipt);
    expect(status).toMatchObject({ status: 'received', dueDate: '2026-11-03', completion: { completedOn: '2026-09-30' } });
    expect(status.history.map((entry: { status: string }) => entry.status)).toEqual(['received', 'completion-requested', 'completed']);
  });

  it('refuses a completion date before the notice or in the future, and one that is not a date, changing nothing', async () => {
    const receipt = await fileRequest(t.app);
    await moveTo('2026-09-16T02:00:00Z');
    await act(receipt.reference, 'completion-request', { note: '请补充' });
    await moveTo('2026-09-18T02:00:00Z');
    for (const [date, message] of [
      ['2026-09-15', '日期不能早于发出补正通知的日期（2026-09-16）'],
      ['2026-09-19', '日期不能晚于今天'],
      ['2026-02-30', '按 年-月-日 填写日期，例如 2026-10-09'],
      ['', '填写收到补正后申请的日期'],
    ]) {
      const response = await act(receipt.reference, 'completion', { date });
      expect(response.status, date).toBe(422);
      expect((await response.json()).errors, date).toEqual([{ field: 'date', message }]);
    }
    expect(await row(receipt.reference)).toMatchObject({ status: 'awaiting-completion', due_date: '2026-10-16', completed_at: null });
    expect(await audit()).toHaveLength(1);
  });

  it('extends once by 20 working days across the Spring Festival, and refuses a second extension', async () => {
    await moveTo(BEFORE_SPRING_FESTIVAL);
    const receipt = await fileRequest(t.app);
    expect(receipt.dueDate).toBe('2026-02-09');
    await moveTo('2026-02-02T03:00:00Z');
    const extended = await act(receipt.reference, 'extension', { reason: '需要向市财政局调取 2017 年的资料。' });
    expect(extended.status).toBe(200);
    // Counted on from 9 February: 15–23 February skipped, the Saturdays 14 and 28 February worked. Monday to Friday would give 9 March.
    expect(await extended.json()).toMatchObject({ dueDate: '2026-03-13', extensionReason: '需要向市财政局调取 2017 年的资料。' });
    expect(await audit()).toEqual([
      expect.objectContaining({
        action: 'extend',
        before: { extended_at: null, extension_reason: null, due_date: '2026-02-09', due_date_provisional: false },
        after: { extended_at: '2026-02-02T03:00:00.000Z', extension_reason: '需要向市财政局调取 2017 年的资料。', due_date: '2026-03-13', due_date_provisional: false },
      }),
    ]);
    expect(await citizenStatus(t.app, receipt)).toMatchObject({
      dueDate: '2026-03-13',
      extension: { at: '2026-02-02T03:00:00.000Z', reason: '需要向市财政局调取 2017 年的资料。' },
    });

    const second = await act(receipt.reference, 'extension', { reason: '还需要时间' });
    expect(second.status).toBe(409);
    expect((await second.json()).detail).toBe('这份申请已经在 2026-02-02 延长过一次期限，不能再延长。');
    expect((await row(receipt.reference)).due_date).toBe('2026-03-13');
    expect(await audit()).toHaveLength(1);
  });

  it('needs a reason to extend, and will not extend while waiting for completion', async () => {
    const receipt = await fileRequest(t.app);
    const empty = await act(receipt.reference, 'extension', { reason: '  ' });
    expect(empty.status).toBe(422);
    expect((await empty.json()).errors).toEqual([{ field: 'reason', message: '写出延长答复期限的理由' }]);
    await act(receipt.reference, 'completion-request', { note: '请补充' });
    const paused = await act(receipt.reference, 'extension', { reason: '需要时间' });
    expect(paused.status).toBe(409);
    expect((await row(receipt.reference)).extended_at).toBeNull();
  });

  it('keeps a completion that arrives after an extension within the extended time', async () => {
    const receipt = await fileRequest(t.app);
    await act(receipt.reference, 'extension', { reason: '资料在档案馆' });
    await act(receipt.reference, 'completion-request', { note: '请补充' });
    await moveTo('2026-10-08T01:00:00Z');
    const completed = await act(receipt.reference, 'completion', { date: '2026-09-30' });
    // 20 + 20 working days from 30 September.
    expect((await completed.json()).dueDate).toBe('2026-12-01');
  });

  it('records a reply, and the applicant reads the outcome in plain words in the request’s language', async () => {
    const chinese = await fileRequest(t.app);
    const english = await fileRequest(t.app, organisation);
    const traditional = await fileRequest(t.app, { ...person, locale: 'zh-Hant' });
    await moveTo('2026-09-21T06:00:00Z');
    const replied = await act(chinese.reference, 'reply', { outcome: 'disclosed', replyText: '所需文件见附件。', refusalReason: '', legalBasis: '' });
    expect(replied.status).toBe(200);
    expect(await audit()).toEqual([
      expect.objectContaining({
        action: 'reply',
        before: { status: 'received', answered_at: null, outcome: null, reply_text: null, refusal_reason: null, legal_basis: null },
        after: { status: 'answered', answered_at: '2026-09-21T06:00:00.000Z', outcome: 'disclosed', reply_text: '所需文件见附件。', refusal_reason: null, legal_basis: null },
      }),
    ]);
    expect(await citizenStatus(t.app, chinese)).toMatchObject({
      status: 'answered',
      reply: { answeredAt: '2026-09-21T06:00:00.000Z', outcome: 'disclosed', outcomeText: '我们公开了您申请的信息。', text: '所需文件见附件。', files: [] },
    });

    const refusal = { outcome: 'unavailable/not-held', replyText: '经查，本会没有这些信息。', refusalReason: '该规划由市住建局编制。', legalBasis: '《政府信息公开条例》第三十六条第（五）项' };
    expect((await act(english.reference, 'reply', refusal)).status).toBe(200);
    expect((await citizenStatus(t.app, english)).reply).toEqual({
      answeredAt: '2026-09-21T06:00:00.000Z',
      outcome: 'unavailable/not-held',
      outcomeText: 'We cannot provide it: the federation does not hold this information.',
      text: '经查，本会没有这些信息。',
      reason: '该规划由市住建局编制。',
      legalBasis: '《政府信息公开条例》第三十六条第（五）项',
      files: [],
    });
    await act(traditional.reference, 'reply', { ...refusal, outcome: 'withheld/third-party' });
    expect((await citizenStatus(t.app, traditional)).reply.outcomeText).toBe('不能公開：公開這些信息會損害其他人或者單位的合法權益。');
  });

  it('needs the reason and the legal basis for every kind of refusal, and stores nothing until both are given', async () => {
    const receipt = await fileRequest(t.app);
    for (const outcome of ['withheld/state-secret', 'unavailable/still-unclear', 'not-processed/duplicate', 'other/not-completed']) {
      const response = await act(receipt.reference, 'reply', { outcome, replyText: '答复' });
      expect(response.status, outcome).toBe(422);
      expect((await response.json()).errors, outcome).toEqual([
        { field: 'refusalReason', message: '写出理由：不予公开、无法提供、不予处理和其他处理都要说明理由' },
        { field: 'legalBasis', message: '写出法律依据' },
      ]);
    }
    const nothing = await act(receipt.reference, 'reply', {});
    expect((await nothing.json()).errors.map((error: { field: string }) => error.field)).toEqual(['outcome', 'replyText']);
    const unknown = await act(receipt.reference, 'reply', { outcome: 'disclosed', replyText: '好', approvedBy: '局长' });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).errors).toEqual([{ field: 'approvedBy', message: '无法识别这一项，请删除后再提交' }]);
    expect(await row(receipt.reference)).toMatchObject({ status: 'received', answered_at: null, outcome: null });
    expect(await audit()).toEqual([]);
    expect((await citizenStatus(t.app, receipt)).reply).toBeUndefined();
  });

  it('answers once: a second reply and later clock changes are refused', async () => {
    const receipt = await fileRequest(t.app);
    await act(receipt.reference, 'reply', { outcome: 'partly-disclosed', replyText: '部分公开', refusalReason: '涉及个人信息的部分不公开', legalBasis: '第十五条' });
    for (const [action, body] of [
      ['reply', { outcome: 'disclosed', replyText: '再答复' }],
      ['extension', { reason: '理由' }],
      ['completion-request', { note: '补正' }],
    ] as const) {
      const response = await act(receipt.reference, action, body);
      expect(response.status, action).toBe(409);
      expect((await response.json()).detail).toBe('这份申请已经答复，不能再做这项操作。');
    }
    expect((await row(receipt.reference)).reply_text).toBe('部分公开');
    expect(await audit()).toHaveLength(1);
  });

  it('lets only one of two replies sent at the same moment through', async () => {
    const receipt = await fileRequest(t.app);
    const answers = await Promise.all([
      act(receipt.reference, 'reply', { outcome: 'disclosed', replyText: '第一份' }),
      act(receipt.reference, 'reply', { outcome: 'disclosed', replyText: '第二份' }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(await audit()).toHaveLength(1);
    expect(await db.query("SELECT count(*) AS n FROM request_events WHERE status = 'answered'")).toEqual([{ n: 1 }]);
  });

  it('records a review or lawsuit and later its result, each in the audit trail', async () => {
    const receipt = await fileRequest(t.app);
    await act(receipt.reference, 'reply', { outcome: 'withheld/third-party', replyText: '不予公开', refusalReason: '涉及他人隐私', legalBasis: '第十五条' });
    await moveTo('2026-11-02T02:00:00Z');
    const filed = await act(receipt.reference, 'appeals', { kind: 'review', filedOn: '2026-10-30' });
    expect(filed.status).toBe(201);
    const appeal = await filed.json();
    expect(appeal).toEqual({ id: expect.any(Number), kind: 'review', result: 'pending', filedOn: '2026-10-30', decidedOn: null });

    const wrong = await staffPost(t.app, cookie, `/api/staff/requests/${receipt.reference}/appeals/${appeal.id}`, { result: 'corrected' }, 'PATCH');
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).errors).toEqual([{ field: 'decidedOn', message: '填写审结日期' }]);
    const early = await staffPost(t.app, cookie, `/api/staff/requests/${receipt.reference}/appeals/${appeal.id}`, { result: 'corrected', decidedOn: '2026-10-01' }, 'PATCH');
    expect((await early.json()).errors).toEqual([{ field: 'decidedOn', message: '审结日期不能早于申请复议或起诉的日期（2026-10-30）' }]);

    await moveTo('2026-12-20T02:00:00Z');
    const decided = await staffPost(t.app, cookie, `/api/staff/requests/${receipt.reference}/appeals/${appeal.id}`, { result: 'corrected', decidedOn: '2026-12-18' }, 'PATCH');
    expect(decided.status).toBe(200);
    expect(await db.query('SELECT kind, result, filed_on, decided_on FROM appeals')).toEqual([
      { kind: 'review', result: 'corrected', filed_on: '2026-10-30', decided_on: '2026-12-18' },
    ]);
    const entries = await audit();
    expect(entries.slice(1)).toEqual([
      expect.objectContaining({ action: 'add-appeal', before: null, after: { appeal_id: appeal.id, kind: 'review', result: 'pending', filed_on: '2026-10-30', decided_on: null } }),
      expect.objectContaining({
        action: 'update-appeal',
        before: { appeal_id: appeal.id, result: 'pending', decided_on: null },
        after: { appeal_id: appeal.id, result: 'corrected', decided_on: '2026-12-18' },
      }),
    ]);
    // Reviews are the federation's business: the applicant's status shows no trace of staff or appeals.
    const status = JSON.stringify(await citizenStatus(t.app, receipt));
    expect(status).not.toContain(STAFF_NAME);
    expect(status).not.toContain('review');
    expect(status).not.toContain(person.name);
    expect(status).not.toContain(person.phone);
  });

  it('refuses an appeal of an unknown kind, filed before the request, or decided while pending', async () => {
    const receipt = await fileRequest(t.app);
    const response = await act(receipt.reference, 'appeals', { kind: 'complaint', filedOn: '2026-09-01', result: 'pending', decidedOn: '2026-09-02' });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      { field: 'kind', message: '选择是行政复议还是行政诉讼' },
      { field: 'filedOn', message: '日期不能早于收到申请的日期（2026-09-14）' },
      { field: 'decidedOn', message: '结果是“尚未审结”时不填审结日期' },
    ]);
    expect(await db.query('SELECT * FROM appeals')).toEqual([]);
  });

  it('answers 404 for an unknown request or appeal', async () => {
    expect((await act('MDJCL-2026-999999', 'reply', { outcome: 'disclosed', replyText: '好' })).status).toBe(404);
    expect((await staffPost(t.app, cookie, '/api/staff/requests/MDJCL-2026-000001/appeals/12', { result: 'upheld', decidedOn: '2026-09-14' }, 'PATCH')).status).toBe(404);
    expect((await t.app.request('/api/staff/requests/MDJCL-2026-999999', { headers: { Cookie: cookie } })).status).toBe(404);
  });

  it('stores nothing half-done when the database fails midway', async () => {
    const receipt = await fileRequest(t.app);
    const failing: Database = {
      ...db,
      transaction: (fn) =>
        db.transaction((tx) => fn({ ...tx, query: (sql, params) => (sql.includes('audit_log') ? Promise.reject(new Error('disk full')) : tx.query(sql, params)) })),
    };
    const broken = staffTestApp(failing, dist, BEFORE_NATIONAL_DAY);
    const brokenCookie = await signIn(broken.app);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await staffPost(broken.app, brokenCookie, `/api/staff/requests/${receipt.reference}/reply`, { outcome: 'disclosed', replyText: '好' });
    logged.mockRestore();
    expect(response.status).toBe(500);
    expect(await row(receipt.reference)).toMatchObject({ status: 'received', outcome: null, reply_text: null });
    expect(await db.query('SELECT status FROM request_events')).toEqual([{ status: 'received' }]);
  });

  it('lists requests by due date with their status, filtered', async () => {
    const first = await fileRequest(t.app);
    await moveTo('2026-09-15T01:30:00Z');
    const second = await fileRequest(t.app, organisation);
    await act(first.reference, 'extension', { reason: '需要时间' });
    const list = async (status?: string) =>
      (await (await t.app.request(`/api/staff/requests${status ? `?status=${status}` : ''}`, { headers: { Cookie: cookie } })).json()).requests.map(
        (request: { reference: string }) => request.reference,
      );
    // The extended request is now due later than the second one.
    expect(await list()).toEqual([second.reference, first.reference]);
    await act(second.reference, 'reply', { outcome: 'disclosed', replyText: '好' });
    expect(await list()).toEqual([first.reference]);
    expect(await list('answered')).toEqual([second.reference]);
    expect(await list('all')).toEqual([second.reference, first.reference]);
    expect((await t.app.request('/api/staff/requests?status=lost', { headers: { Cookie: cookie } })).status).toBe(400);
    const detail = await (await t.app.request(`/api/staff/requests/${first.reference}`, { headers: { Cookie: cookie } })).json();
    expect(detail.request).toMatchObject({ name: person.name, idNumber: person.idNumber, phone: person.phone });
    expect(detail.audit).toEqual([expect.objectContaining({ staffName: STAFF_NAME, action: 'extend' })]);
    expect(detail.history.map((entry: { status: string }) => entry.status)).toEqual(['received', 'extended']);
  });
});
