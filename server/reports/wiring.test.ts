import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { addTestStaff, ORIGIN, signIn, STAFF_NAME, staffTestApp, type StaffTestApp } from '../staff/test-staff.ts';
import { fixtureDist, removeFixtures } from '../test/fixture-dist.ts';

afterAll(removeFixtures);
// Signing in runs scrypt, slow on purpose.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

/** The annual report's staff pages as the whole app serves them: behind the staff console's sign-in and checks. */
describe.each(testDatabases())('the annual report in the staff console on $name', ({ open }) => {
  let db: Database;
  let staff: StaffTestApp;
  let cookie: string;

  beforeAll(async () => {
    db = await open();
    await addTestStaff(db);
    staff = staffTestApp(db, fixtureDist().dist, '2026-02-10T02:00:00Z');
    cookie = await signIn(staff.app);
  }, 60_000);
  afterAll(() => db.close());

  const publish = (headers: Record<string, string>) =>
    staff.app.request('/staff/reports/2025/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ overview: '概况。', problems: '问题。', otherMatters: '无。', action: 'publish' }).toString(),
    });

  it('sends a visitor without a session to sign in, and refuses their post', async () => {
    const page = await staff.app.request('/staff/reports/');
    expect(page.status).toBe(303);
    expect(page.headers.get('Location')).toBe('/staff/sign-in?next=%2Fstaff%2Freports%2F');
    expect((await publish({ Origin: ORIGIN })).status).toBe(303);
    expect((await staff.app.request('/reports/2025/')).status).toBe(404);
  });

  it('shows a signed-in member the report pages in the staff console’s frame: its title, navigation, one heading, never cached', async () => {
    const list = await staff.app.request('/staff/reports/', { headers: { Cookie: cookie } });
    expect(list.status).toBe(200);
    expect(list.headers.get('Cache-Control')).toBe('no-store');
    const html = await list.text();
    expect(html).toContain('<title>年度报告 - 工作人员 - 残联信息公开</title>');
    expect(html).toContain(`已登录：${STAFF_NAME}`);
    expect(html).toContain('<a class="site-nav__link" href="/staff/reports/" aria-current="page">年度报告</a>');
    expect(html).toMatch(/<link rel="stylesheet"[^>]* href="\/staff\/staff.css"\/>/);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<h1 class="page-title">年度报告</h1>');

    const year = await (await staff.app.request('/staff/reports/2025/', { headers: { Cookie: cookie } })).text();
    expect(year.match(/<h1[ >]/g)).toHaveLength(1);
    expect(year).toContain('<h1 class="page-title">2025年度报告</h1>');
    expect(year).toContain('<a href="/staff/reports/">年度报告</a>');
  });

  it('says "错误：" first in the title of a year whose publication is refused, in the staff frame', async () => {
    const refused = await staff.app.request('/staff/reports/2025/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, Cookie: cookie },
      body: new URLSearchParams({ overview: '', problems: '', otherMatters: '', action: 'publish' }).toString(),
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('<title>错误：2025年度报告 - 工作人员 - 残联信息公开</title>');
  });

  it('shows a signed-in member the year in the staff frame, and refuses a publication posted from another site', async () => {
    const page = await staff.app.request('/staff/reports/2025/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<a class="site-nav__link" href="/staff/reports/" aria-current="page">年度报告</a>');

    const forged = await publish({ Cookie: cookie, Origin: 'https://elsewhere.example' });
    expect(forged.status).toBe(403);
    expect((await staff.app.request('/reports/2025/')).status).toBe(404);

    expect((await publish({ Cookie: cookie, Origin: ORIGIN })).status).toBe(303);
    expect((await staff.app.request('/reports/2025/')).status).toBe(200);
  });
});
