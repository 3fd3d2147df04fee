/**
 * The annual report's routes in the test process, over an in-memory database with a known year of requests and a
 * published 2025 report, and the catalogue that lists it: loaded through tsx (`tsImport`) so the server's JSX compiles as the server compiles it.
 * The staff pages come in the staff console's own frame; the sign-in is a stand-in for the console's.
 */
import { Hono } from 'hono';
import { migrate } from '../server/db/migrate.ts';
import { openPglite } from '../server/db/pglite.ts';
import { listPagesRoutes } from '../server/content/lists.tsx';
import { overlayRoutes } from '../server/content/overlay.ts';
import { buildAssets } from '../server/pages/assets.ts';
import { reportPublicRoutes, unbuiltReports } from '../server/reports/public.tsx';
import { reportStaffRoutes } from '../server/reports/staff.tsx';
import type { StaffEnv } from '../server/staff/auth.ts';
import { insertStaff, insertTwoYears } from '../server/reports/test-fixture.ts';

export async function reportApp(distDir: string) {
  const db = await openPglite();
  await migrate(db);
  await insertTwoYears(db);
  const staffId = await insertStaff(db);
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
    }),
  );
  app.route('/', reportPublicRoutes({ distDir, db }));
  // The catalogue and the published overlay, which list the published year the build lacks, as server/app.ts mounts them.
  const overlay = { db, reports: () => unbuiltReports(db, distDir) };
  app.route('/', overlayRoutes(overlay));
  app.route('/', listPagesRoutes({ assets: buildAssets(distDir), ...overlay, distDir }));
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
