import { Hono } from 'hono';
import { h } from 'preact';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { fixtureDist, removeFixtures } from '../test/fixture-dist.ts';
import type { StaffEnv } from './auth.ts';
import { StaffPage } from './layout.tsx';
import { createStaff } from './routes.tsx';
import { addTestStaff, signIn, STAFF_NAME } from './test-staff.ts';

afterAll(removeFixtures);
// Each sign-in runs scrypt, which is meant to be slow: on a busy machine a test needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

/** Another staff page (the annual report's) built on requireStaff and StaffPage, as it will be wired. */
describe.each(testDatabases())('a staff page of another feature on $name', ({ open }) => {
  let db: Database;
  let app: Hono<StaffEnv>;

  beforeAll(async () => {
    db = await open();
    await addTestStaff(db);
    const staff = createStaff({ db, now: () => new Date('2026-03-04T01:00:00Z'), distDir: fixtureDist().dist, clientAddress: () => '192.0.2.1' });
    app = new Hono<StaffEnv>();
    app.route('/api/staff', staff.api);
    app.route('/', staff.pages);
    app.get('/staff/reports/', staff.requireStaff, (c) =>
      staff.renderPage(c, h(StaffPage, { title: '年度报告', section: 'reports', children: h('p', null, `为 ${c.get('staff').name} 准备`) })),
    );
  }, 60_000);
  afterAll(() => db.close());

  it('sends a visitor without a session to sign in, and shows a signed-in one the page in the staff frame', async () => {
    const anonymous = await app.request('/staff/reports/');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('Location')).toBe('/staff/sign-in?next=%2Fstaff%2Freports%2F');

    const cookie = await signIn(app as unknown as Parameters<typeof signIn>[0]);
    const response = await app.request('/staff/reports/', { headers: { Cookie: cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain(`<p>为 ${STAFF_NAME} 准备</p>`);
    expect(html).toContain('<a class="site-nav__link" href="/staff/reports/" aria-current="page">年度报告</a>');
    expect(html).toContain('<title>年度报告 - 工作人员 - 残联信息公开</title>');
  });
});
