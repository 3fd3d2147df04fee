/**
 * The annual report's routes in the test process, over an in-memory database with a known year of requests and a
 * published 2025 report: loaded through tsx (`tsImport`) so the server's JSX compiles as the server compiles it.
 * The staff pages get a stand-in frame (the page's own body as the main landmark, the site's and the console's
 * stylesheets, written by the server's document renderer) and a stand-in sign-in: the staff console provides the
 * real ones.
 */
import { Hono } from 'hono';
import { h } from 'preact';
import { minimalHead } from '../build/document/static-head.ts';
import { migrate } from '../server/db/migrate.ts';
import { openPglite } from '../server/db/pglite.ts';
import { reportPublicRoutes } from '../server/reports/public.tsx';
import { reportStaffRoutes, type StaffEnv } from '../server/reports/staff.tsx';
import { insertStaff, insertTwoYears } from '../server/reports/test-fixture.ts';
import { renderDocument, renderInChinese } from '../server/pages/render.tsx';
import { siteStylesheet, STAFF_CSS_PATH } from '../server/staff/layout.tsx';

export async function reportApp(distDir: string) {
  const db = await openPglite();
  await migrate(db);
  await insertTwoYears(db);
  const staffId = await insertStaff(db);
  const stylesheet = siteStylesheet(distDir);
  const app = new Hono<StaffEnv>();
  app.route(
    '/',
    reportStaffRoutes({
      db,
      distDir,
      now: () => new Date('2026-02-10T02:00:00Z'),
      requireStaff: async (c, next) => {
        c.set('staff', { id: staffId, name: '王办事员' });
        await next();
      },
      renderPage: (c, { title, body }, status) =>
        c.html(
          renderDocument({
            lang: 'zh-Hans',
            title: `${title} - 残联信息公开`,
            tags: minimalHead,
            stylesheets: [...(stylesheet ? [stylesheet] : []), STAFF_CSS_PATH],
            body: renderInChinese(h('main', { id: 'main', class: 'width-container', tabIndex: -1, dangerouslySetInnerHTML: { __html: body } })),
          }),
          status,
          { 'Cache-Control': 'no-store' },
        ),
    }),
  );
  app.route('/', reportPublicRoutes({ distDir, db }));
  const published = await app.request('/staff/reports/2025/', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      overview: '2025年，市残联按照条例做好政府信息公开工作。\n\n- 按月更新网站\n- 及时答复申请',
      problems: '宣传还不够。',
      otherMatters: '无。',
      action: 'publish',
    }).toString(),
  });
  if (published.status !== 303) throw new Error(`publishing the test report answered ${published.status}`);
  return { app, close: () => db.close() };
}
