import { Hono } from 'hono';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { person } from '../../src/requests/rules/test-requests.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { type HolidayData } from '../requests/due-date.ts';
import { loadHolidayCalendar, packageHolidayData } from '../requests/holiday-calendar.ts';
import { createStaffConsole } from '../staff/console.ts';
import { createSession, SESSION_COOKIE } from '../staff/sessions.ts';
import { addTestStaff, citizenStatus, fileRequest, formPost, signIn, staffPost, type StaffTestApp, useSignedInConsole } from '../staff/test-staff.ts';
import { useTestDatabase } from '../test/database.ts';
import { removeFixtures } from '../test/fixture-dist.ts';
import { holidayPages } from './pages.tsx';
import { TEST_YEAR, testScheduleJson, testScheduleText } from './test-schedule.ts';
import { expectValidHtml } from '../test/valid-html.ts';

afterAll(removeFixtures);
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const TABLES = 'holiday_schedule_days, holiday_schedules, staff, staff_sessions, audit_log, appeals, request_events, requests, request_counters, sign_in_failures, request_allowances';

describe.each(testDatabases())('holiday schedules entered by staff, on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let t: StaffTestApp;
  let cookie: string;
  useSignedInConsole(open, TABLES, '2026-12-10T02:00:00Z', (signedIn) => ({ db, dist, t, cookie } = signedIn));

  const page = async (path: string) => {
    const response = await t.app.request(path, { headers: { Cookie: cookie } });
    return { status: response.status, html: await response.text() };
  };
  const post = (path: string, fields: Record<string, string>) => formPost(t.app, path, fields, { Cookie: cookie });
  const stored = async () => (await db.query('SELECT day::text AS day, kind, name FROM holiday_schedule_days ORDER BY day')).length;
  const dueOf = async (reference: string) =>
    (await db.query<{ due: string; provisional: boolean }>('SELECT due_date::text AS due, due_date_provisional AS provisional FROM requests WHERE reference = $1', [reference]))[0];

  /** Three requests: one due within 2026, one whose provisional period reaches 2027, one reaching 2027 but answered. */
  async function requests() {
    t.setTime('2026-12-01T02:00:00Z');
    const within2026 = await fileRequest(t.app); // due 2026-12-29
    t.setTime('2026-12-10T02:00:00Z');
    const reaching2027 = await fileRequest(t.app); // due 2027-01-07, counted Monday to Friday in 2027
    const answered = await fileRequest(t.app);
    expect((await post(`/staff/requests/${answered.reference}/reply/`, { outcome: 'disclosed', replyText: '见附件' })).status).toBe(303);
    return { within2026, reaching2027, answered };
  }

  it('saves a year from the form, counts again exactly the requests it moves, and shows them with old and new dates', async () => {
    const { within2026, reaching2027, answered } = await requests();
    expect(reaching2027.dueDate).toBe('2027-01-07');
    expect(await dueOf(reaching2027.reference)).toEqual({ due: '2027-01-07', provisional: true });
    const answeredBefore = await dueOf(answered.reference);

    const form = await page('/staff/holidays/2027/');
    expect(form.status).toBe(200);
    expect(form.html).toContain('<title>2027年节假日安排 - 工作人员 - 残联信息公开</title>');

    const saved = await post('/staff/holidays/2027/', testScheduleText);
    expect(saved.status).toBe(303);
    const confirmation = await page(saved.headers.get('Location')!);
    expect(confirmation.html).toContain('1 份申请的答复期限已重新计算');
    // The test schedule makes 1 January a day off: the 20th working day moves from Thursday 7 to Friday 8 January.
    expect(confirmation.html).toMatch(new RegExp(`${reaching2027.reference}</a></th><td>2027年1月7日（暂定）</td><td>2027年1月8日</td>`));
    expect(confirmation.html).not.toContain(within2026.reference);
    expect(confirmation.html).not.toContain(answered.reference);

    expect(await dueOf(reaching2027.reference)).toEqual({ due: '2027-01-08', provisional: false });
    expect(await dueOf(within2026.reference)).toEqual({ due: '2026-12-29', provisional: false });
    expect(await dueOf(answered.reference)).toEqual(answeredBefore);
    // The applicant's status says the new date, no longer provisional.
    expect(await citizenStatus(t.app, reaching2027)).toMatchObject({ dueDate: '2027-01-08', dueDateProvisional: false });
    // Staff see why on the request's own page, with the holiday it now skips.
    const detail = await page(`/staff/requests/${reaching2027.reference}/`);
    expect(detail.html).toContain('按新录入的节假日安排重新计算期限');
    expect(detail.html).toContain('已跳过：测试假期甲（1月1日）');

    // Saving the same schedule again moves nothing.
    const again = await page((await post('/staff/holidays/2027/', testScheduleText)).headers.get('Location')!);
    expect(again.html).toContain('没有申请的答复期限因此改变。');
  });

  it('writes valid HTML on every holiday page, errors and confirmation included', async () => {
    await requests();
    const pages: [string, string][] = [
      ['list', (await page('/staff/holidays/')).html],
      ['year', (await page('/staff/holidays/2027/')).html],
      ['errors', await (await post('/staff/holidays/2027/', { holidays: '2027-02-30 测试', workdays: '2027-01-06' })).text()],
      ['past year', (await page('/staff/holidays/2020/')).html],
    ];
    const saved = await post('/staff/holidays/2027/', testScheduleText);
    pages.push(['saved', (await page(saved.headers.get('Location')!)).html]);
    await expectValidHtml(pages);
  });

  it('keeps who saved which schedule and when, and what it replaced, in the audit log', async () => {
    await post('/staff/holidays/2027/', { holidays: '2027-01-01 测试假期甲', workdays: '' });
    t.setTime('2026-12-10T05:00:00Z');
    expect((await post('/staff/holidays/2027/', testScheduleText)).status).toBe(303);
    const audit = await db.query<{ name: string; at: Date; before: unknown; after: { year: number; holidays: Record<string, string>; workdays: Record<string, string> } }>(
      `SELECT s.name, a.at, a.before, a.after FROM audit_log a JOIN staff s ON s.id = a.staff_id WHERE a.action = 'holiday-schedule' ORDER BY a.id`,
    );
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ name: '李工作', before: null, after: { year: 2027, holidays: { '2027-01-01': '测试假期甲' }, workdays: {} } });
    expect(new Date(audit[1]!.at).toISOString()).toBe('2026-12-10T05:00:00.000Z');
    expect(audit[1]!.before).toEqual({ year: 2027, holidays: { '2027-01-01': '测试假期甲' }, workdays: {} });
    expect(audit[1]!.after).toMatchObject(testScheduleJson);
    const list = await page('/staff/holidays/');
    expect(list.html).toContain('工作人员录入（李工作，2026年12月10日）');
  });

  it('answers a schedule it cannot take with its form again: the error summary, every value as typed, nothing stored', async () => {
    const { reaching2027 } = await requests();
    const typed = { holidays: '2027-01-01 测试假期甲\n2027-02-30 测试假期乙', workdays: '2027-01-01 测试假期甲' };
    const response = await post('/staff/holidays/2027/', typed);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toMatch(/<title>错误：2027年节假日安排/);
    expect(html).toContain('<a href="#holidays">第 2 行：2027-02-30 不是有效的日期</a>');
    expect(html).toContain('<a href="#workdays">第 1 行：2027-01-01 也写在放假日期的第 1 行；一天不能既放假又上班</a>');
    expect(html).toContain('2027-02-30 测试假期乙</textarea>');
    expect(await stored()).toBe(0);
    expect(await dueOf(reaching2027.reference)).toEqual({ due: '2027-01-07', provisional: true });
  });

  it('refuses a post from another site, and a field too long to be a schedule, storing nothing', async () => {
    const crossSite = await formPost(t.app, '/staff/holidays/2027/', testScheduleText, { Cookie: cookie, Origin: 'https://elsewhere.example' });
    expect(crossSite.status).toBe(403);
    const long = `${testScheduleText.holidays}\n${'测'.repeat(2000)}`;
    const tooLong = await post('/staff/holidays/2027/', { holidays: long, workdays: '' });
    expect(tooLong.status).toBe(422);
    const html = await tooLong.text();
    expect(html).toContain('<a href="#holidays">内容太长：每一栏最多 2000 个字</a>');
    expect(html).toContain(`${'测'.repeat(2000)}</textarea>`);
    expect(await stored()).toBe(0);
  });

  it('refuses a year long past or not yet announceable, as a page and through the API', async () => {
    for (const year of ['2024', '2028']) {
      const response = await post(`/staff/holidays/${year}/`, testScheduleText);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('只能录入 2025 年到 2027 年的安排');
      const api = await staffPost(t.app, cookie, `/api/staff/holidays/${year}`, testScheduleJson);
      expect(api.status).toBe(422);
      expect((await api.json()).errors).toEqual([{ field: 'year', message: '只能录入 2025 年到 2027 年的安排：更早的年份已经过去，更晚的年份还没有公布' }]);
    }
    expect(await stored()).toBe(0);
  });

  it('takes a schedule as JSON through the API under the staff session, with per-field errors', async () => {
    const { reaching2027 } = await requests();
    expect((await t.app.request('/api/staff/holidays/2027', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' }, body: '{}' })).status).toBe(401);

    const bad = await staffPost(t.app, cookie, '/api/staff/holidays/2027', { holidays: { '2027-13-01': '测试' }, workdays: { '2027-02-10': '测试' } });
    expect(bad.status).toBe(422);
    expect(bad.headers.get('Cache-Control')).toBe('no-store');
    expect((await bad.json()).errors).toEqual([
      { field: 'holidays', message: '2027-13-01：2027-13-01 不是有效的日期' },
      { field: 'workdays', message: '2027-02-10：2027-02-10 是周三，本来就是工作日；调休上班日只会是周六或周日' },
    ]);
    const unknown = await staffPost(t.app, cookie, '/api/staff/holidays/2027', { ...testScheduleJson, note: 'x' });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).errors).toEqual([{ field: 'note', message: '不能提交这一项' }]);
    expect(await stored()).toBe(0);

    const good = await staffPost(t.app, cookie, '/api/staff/holidays/2027', testScheduleJson);
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({
      year: 2027,
      recounted: [{ reference: reaching2027.reference, before: { dueDate: '2027-01-07', provisional: true }, after: { dueDate: '2027-01-08', provisional: false } }],
    });
  });

  it('counts new requests and extensions on the stored schedule', async () => {
    await staffPost(t.app, cookie, '/api/staff/holidays/2027', testScheduleJson);
    const filed = await fileRequest(t.app, person);
    expect(filed).toMatchObject({ dueDate: '2027-01-08', dueDateProvisional: false });
    // Extended by 20 working days from Friday 8 January 2027, on the stored year: no longer provisional.
    expect((await post(`/staff/requests/${filed.reference}/extend/`, { reason: '需要较长时间检索' })).status).toBe(303);
    expect(await dueOf(filed.reference)).toEqual({ due: '2027-02-05', provisional: false });
  });

  it('counts the 7 working days to ask for completion on the stored schedule', async () => {
    t.setTime('2026-12-28T02:00:00Z');
    cookie = await signIn(t.app);
    const filed = await fileRequest(t.app, person);
    // Counted Monday to Friday, 1 January 2027 would be the 4th working day and the 7th Wednesday 6 January.
    expect((await page(`/staff/requests/${filed.reference}/ask-completion/`)).html).toContain('2027年1月6日（周三）前');
    await staffPost(t.app, cookie, '/api/staff/holidays/2027', testScheduleJson);
    expect((await page(`/staff/requests/${filed.reference}/ask-completion/`)).html).toContain('2027年1月7日（周四）前');
  });
});

describe.each(testDatabases())('the package and a stored schedule, on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  useTestDatabase(open, TABLES, (opened) => ({ db, dist } = opened));

  /** A newer package than the one shipped, TEST DATA: it has TEST_YEAR too, with 4 January off rather than 1 January. */
  const newerPackage: HolidayData = {
    holidays: { ...packageHolidayData.holidays, [`${TEST_YEAR}-01-04`]: 'Test holiday,测试假期甲,1' },
    workdays: { ...packageHolidayData.workdays },
  };

  it('keeps counting on the schedule staff stored when a newer package has the year too, and shows where the two differ', async () => {
    const staff = await addTestStaff(db);
    const now = new Date('2026-12-10T02:00:00Z');
    const staffConsole = createStaffConsole({ db, now: () => now, distDir: dist, clientAddress: () => '192.0.2.1' });
    const app = new Hono().route('/', holidayPages({ staffConsole, holidayData: newerPackage }));
    const cookie = `${SESSION_COOKIE}=${await createSession(db, staff.id, now)}`;

    const saved = await app.request('/staff/holidays/2027/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', Cookie: cookie },
      body: new URLSearchParams(testScheduleText).toString(),
    });
    expect(saved.status).toBe(303);

    const calendar = await loadHolidayCalendar(db, newerPackage);
    expect(calendar.holidays['2027-01-01']).toBe('Test holiday,测试假期甲,0');
    expect(calendar.holidays['2027-01-04']).toBeUndefined();
    // Other years still come from the package.
    expect(calendar.holidays['2026-02-17']).toBe(packageHolidayData.holidays['2026-02-17']);

    const html = await (await app.request('/staff/holidays/2027/', { headers: { Cookie: cookie } })).text();
    expect(html).toContain('与系统自带数据不同的日期');
    expect(html).toContain('<th scope="row">2027年1月1日（周五）</th><td>放假（测试假期甲）</td><td>普通日子</td>');
    expect(html).toContain('<th scope="row">2027年1月4日（周一）</th><td>普通日子</td><td>放假（测试假期甲）</td>');
    const list = await (await app.request('/staff/holidays/', { headers: { Cookie: cookie } })).text();
    expect(list).toContain('与系统自带数据不同');
  });
});
