/**
 * The annual report's routes in the test process, over an in-memory database with a known year of requests and a
 * published 2025 report: loaded through tsx (`tsImport`) so the server's JSX compiles as the server compiles it.
 * The staff pages get the site's own frame (the build's not-found page, scripts removed) and a stand-in sign-in:
 * the staff console provides the real ones.
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { migrate } from '../server/db/migrate.ts';
import { openPglite } from '../server/db/pglite.ts';
import { reportPublicRoutes } from '../server/reports/public.tsx';
import { reportStaffRoutes, type StaffEnv } from '../server/reports/staff.tsx';
import { insertStaff, insertTwoYears } from '../server/reports/test-fixture.ts';
import { withoutAppScripts } from '../server/pages/without-app-scripts.ts';

export async function reportApp(distDir: string) {
  const db = await openPglite();
  await migrate(db);
  await insertTwoYears(db);
  const staffId = await insertStaff(db);
  const frame = withoutAppScripts(readFileSync(`${distDir}/404/index.html`, 'utf8'));
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
      renderPage: (c, page, status) =>
        c.html(
          frame
            .replace(/<title>[^<]*<\/title>/, `<title>${page.title} - 残联信息公开</title>`)
            .replace(/(<main\b[^>]*>)[\s\S]*<\/main>/, (_, open: string) => `${open}${page.body}</main>`),
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
