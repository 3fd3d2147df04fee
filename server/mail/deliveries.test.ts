import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { removeFixtures } from '../test/fixture-dist.ts';
import { citizenStatus, fileRequest, formPost, signIn, staffPost, type StaffTestApp, useSignedInConsole } from '../staff/test-staff.ts';

afterAll(removeFixtures);
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const TABLES = 'staff, staff_sessions, audit_log, request_events, reply_files, mail_outbox, deliveries, requests, request_counters, sign_in_failures, request_allowances';

describe.each(testDatabases())('posting and collection on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let t: StaffTestApp;
  let cookie: string;
  useSignedInConsole(open, TABLES, '2026-09-14T01:30:00Z', (signedIn) => ({ db, dist, t, cookie } = signedIn));

  it('shows the applicant when the reply was posted, with its tracking number, and when it was collected', async () => {
    const receipt = await fileRequest(t.app);
    await staffPost(t.app, cookie, `/api/staff/requests/${receipt.reference}/reply`, { outcome: 'disclosed', replyText: '见附件。' });
    t.setTime('2026-09-16T02:00:00Z');
    cookie = await signIn(t.app);
    const posted = await staffPost(t.app, cookie, `/api/staff/requests/${receipt.reference}/deliveries`, { method: 'post', date: '2026-09-15', trackingNumber: 'XA123456789CN' });
    expect(posted.status).toBe(201);
    const collected = await staffPost(t.app, cookie, `/api/staff/requests/${receipt.reference}/deliveries`, { method: 'collection', date: '2026-09-16' });
    expect(collected.status).toBe(201);

    const status = await citizenStatus(t.app, receipt);
    expect(status.deliveries).toEqual([
      { method: 'post', on: '2026-09-15', trackingNumber: 'XA123456789CN' },
      { method: 'collection', on: '2026-09-16' },
    ]);
    expect(status.history.map((entry: { status: string }) => entry.status)).toEqual(['received', 'answered', 'posted', 'collected']);
    const page = await (await t.app.request(`/staff/requests/${receipt.reference}/`, { headers: { Cookie: cookie } })).text();
    expect(page).toContain('2026-09-15 邮寄，邮件号码 XA123456789CN');
    expect(page).toContain('2026-09-16 申请人领取');
  });

  it('refuses a date before the request arrived or in the future, and a tracking number for a collection, keeping nothing', async () => {
    const receipt = await fileRequest(t.app);
    const path = `/api/staff/requests/${receipt.reference}/deliveries`;
    const early = await staffPost(t.app, cookie, path, { method: 'post', date: '2026-09-01' });
    expect(early.status).toBe(422);
    expect((await early.json()).errors).toEqual([{ field: 'date', message: '日期不能早于收到申请的日期（2026-09-14）' }]);
    expect((await staffPost(t.app, cookie, path, { method: 'post', date: '2026-09-20' })).status).toBe(422);
    const withNumber = await staffPost(t.app, cookie, path, { method: 'collection', date: '2026-09-14', trackingNumber: 'XA1' });
    expect((await withNumber.json()).errors).toEqual([{ field: 'trackingNumber', message: '申请人领取的没有邮件号码，请删除' }]);
    expect(await db.query('SELECT id FROM deliveries')).toEqual([]);
    expect((await citizenStatus(t.app, receipt)).deliveries).toBeUndefined();
  });

  it('is recorded from the console form without JavaScript', async () => {
    const receipt = await fileRequest(t.app);
    const path = `/staff/requests/${receipt.reference}/record-delivery/`;
    const form = await (await t.app.request(path, { headers: { Cookie: cookie } })).text();
    expect(form).toContain('邮件号码（可选）');
    const missing = await formPost(t.app, path, { date: '2026-09-14' }, { Cookie: cookie });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('选择是邮寄还是申请人领取');
    const done = await formPost(t.app, path, { method: 'post', date: '2026-09-14', trackingNumber: '' }, { Cookie: cookie });
    expect(done.status).toBe(303);
    expect((await citizenStatus(t.app, receipt)).deliveries).toEqual([{ method: 'post', on: '2026-09-14' }]);
  });
});
