import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import { openPglite } from '../db/pglite.ts';
import { migrate } from '../db/migrate.ts';
import { fixtureDist, removeFixtures } from '../test/fixture-dist.ts';
import { addTestStaff, fileRequest, ORIGIN, signIn, staffTestApp, type StaffTestApp } from './test-staff.ts';

afterAll(removeFixtures);
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

/** The staff JSON API refuses posts from another site as the forms do; signing out needs no Content-Type. */
describe('the staff console’s cross-site checks', () => {
  let db: Database;
  let t: StaffTestApp;
  let reference: string;

  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    await addTestStaff(db);
    t = staffTestApp(db, fixtureDist().dist, '2026-03-04T01:30:00Z');
    reference = (await fileRequest(t.app)).reference;
  });
  afterAll(() => db.close());

  const audit = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log'))[0]!.n;

  it.each([
    ['an Origin of another site', { Origin: 'https://evil.example' }],
    ['Sec-Fetch-Site cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Origin null', { Origin: 'null' }],
  ])('refuses a JSON post with %s (403), storing nothing', async (_, headers) => {
    const cookie = await signIn(t.app);
    const before = await audit();
    const response = await t.app.request(`/api/staff/requests/${reference}/extension`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, ...headers },
      body: JSON.stringify({ reason: '需要调取档案' }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await audit()).toBe(before);
    const signInResponse = await t.app.request('/api/staff/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ name: 'x', password: 'y' }),
    });
    expect(signInResponse.status).toBe(403);
  });

  it('signs out with DELETE /api/staff/session without a Content-Type', async () => {
    const cookie = await signIn(t.app);
    const response = await t.app.request('/api/staff/session', { method: 'DELETE', headers: { Cookie: cookie, Origin: ORIGIN } });
    expect(response.status).toBe(204);
    expect((await t.app.request('/api/staff/requests', { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it.each<Record<string, string>>([{ Origin: ORIGIN }, {}])('signs out with POST /staff/sign-out without a Content-Type (%o)', async (headers) => {
    const cookie = await signIn(t.app);
    const response = await t.app.request('/staff/sign-out', { method: 'POST', headers: { Cookie: cookie, ...headers } });
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/staff/sign-in?signed-out');
    expect((await t.app.request('/api/staff/requests', { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it('still refuses a form posted with no Origin nor Sec-Fetch-Site (a form can send that)', async () => {
    const response = await t.app.request('/staff/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'name=x&password=y',
    });
    expect(response.status).toBe(403);
  });
});
