import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { person } from '../../src/requests/rules/test-requests.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { requestsApi } from '../requests/api.ts';
import { fixtureDist, removeFixtures } from '../test/fixture-dist.ts';
import { addTestStaff, fileRequest, ORIGIN, signIn, staffPost, staffTestApp, type StaffTestApp } from './test-staff.ts';

afterAll(removeFixtures);
// Signing in runs scrypt, slow on purpose.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const UNKNOWN = '无法识别这一项，请删除后再提交';

/** The staff API's bodies checked before anything is stored, and references of every allowed prefix found. */
describe.each(testDatabases())('the staff API’s bodies and references on $name', ({ open }) => {
  let db: Database;
  let t: StaffTestApp;
  let cookie: string;

  beforeAll(async () => {
    db = await open();
    await addTestStaff(db);
    t = staffTestApp(db, fixtureDist().dist, '2026-03-04T01:30:00Z');
    cookie = await signIn(t.app);
  }, 60_000);
  afterAll(() => db.close());

  const stored = async () => {
    const [counts] = await db.query<{ audit: number; appeals: number; events: number }>(
      'SELECT (SELECT count(*) FROM audit_log)::int AS audit, (SELECT count(*) FROM appeals)::int AS appeals, (SELECT count(*) FROM request_events)::int AS events',
    );
    return counts;
  };

  it('refuses, for every action, each field it does not know with 422 and stores nothing', async () => {
    const { reference } = await fileRequest(t.app);
    const before = await stored();
    const bodies: [string, string, Record<string, unknown>][] = [
      ['POST', 'completion-request', { note: '写明年份', cc: 'x' }],
      ['POST', 'completion', { date: '2026-03-04', by: 'x' }],
      ['POST', 'extension', { reason: '需要调档', days: 40 }],
      ['POST', 'reply', { outcome: 'disclosed', replyText: '好', approvedBy: '局长', stamp: true }],
      ['POST', 'appeals', { kind: 'review', filedOn: '2026-03-04', court: 'x' }],
      ['PATCH', 'appeals/1', { result: 'upheld', decidedOn: '2026-03-04', judge: 'x' }],
    ];
    for (const [method, action, body] of bodies) {
      const response = await staffPost(t.app, cookie, `/api/staff/requests/${reference}/${action}`, body, method);
      expect(response.status, action).toBe(422);
      expect(response.headers.get('Content-Type'), action).toBe('application/problem+json');
      const known = ['note', 'date', 'reason', 'outcome', 'replyText', 'kind', 'filedOn', 'result', 'decidedOn'];
      const unknown = Object.keys(body).filter((field) => !known.includes(field));
      expect((await response.json()).errors, action).toEqual(unknown.map((field) => ({ field, message: UNKNOWN })));
    }
    const signInWithExtra = await t.app.request('/api/staff/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body: JSON.stringify({ name: 'a', password: 'b', remember: true }),
    });
    expect(signInWithExtra.status).toBe(422);
    expect((await signInWithExtra.json()).errors).toEqual([{ field: 'remember', message: UNKNOWN }]);
    expect(await stored()).toEqual(before);
  });

  it('refuses a field that is not text as missing, with 422 and nothing stored', async () => {
    const { reference } = await fileRequest(t.app);
    const before = await stored();
    const response = await staffPost(t.app, cookie, `/api/staff/requests/${reference}/extension`, { reason: 40 });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([{ field: 'reason', message: expect.any(String) }]);
    expect(await stored()).toEqual(before);
  });

  it('answers 415 for a body that is not JSON and 400 for one that is not a JSON object', async () => {
    const { reference } = await fileRequest(t.app);
    const path = `/api/staff/requests/${reference}/extension`;
    const form = await t.app.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, Cookie: cookie },
      body: 'reason=x',
    });
    expect(form.status).toBe(415);
    expect(form.headers.get('Accept-Post')).toBe('application/json');
    for (const body of ['{"reason":', '["reason"]', 'null']) {
      const response = await t.app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: ORIGIN, Cookie: cookie }, body });
      expect(response.status, body).toBe(400);
      expect(response.headers.get('Content-Type'), body).toBe('application/problem+json');
    }
  });

  it('finds a request whose reference has a 16-letter prefix, for the applicant and for staff alike', async () => {
    const longPrefix = requestsApi({
      db,
      now: t.time,
      clientAddress: () => '192.0.2.9',
      rateLimit: { limit: 100, windowMs: 60_000 },
      referencePrefix: 'ABCDEFGHIJKLMNOP',
      workingDays: 20,
    });
    const filed = await longPrefix.request('/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(person),
    });
    expect(filed.status).toBe(201);
    const receipt = (await filed.json()) as { reference: string; statusToken: string };
    expect(receipt.reference).toMatch(/^ABCDEFGHIJKLMNOP-2026-\d{6}$/);

    const status = await t.app.request(`/api/requests/${receipt.reference}?token=${receipt.statusToken}`);
    expect(status.status).toBe(200);
    expect((await status.json()).reference).toBe(receipt.reference);
    const staffApi = await t.app.request(`/api/staff/requests/${receipt.reference}`, { headers: { Cookie: cookie } });
    expect(staffApi.status).toBe(200);
    const page = await t.app.request(`/staff/requests/${receipt.reference}/`, { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(receipt.reference);
  });

  it('refuses to start with a reference prefix it could not read back', () => {
    expect(() =>
      requestsApi({ db, now: t.time, clientAddress: () => '', rateLimit: { limit: 1, windowMs: 1 }, referencePrefix: 'mdj-cl', workingDays: 20 }),
    ).toThrow(RangeError);
  });
});
