import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { useTestDatabase } from '../test/database.ts';
import { removeFixtures } from '../test/fixture-dist.ts';
import { addTestStaff, fileRequest, formPost, ORIGIN, signIn, STAFF_NAME, STAFF_PASSWORD, staffTestApp, type StaffTestApp } from './test-staff.ts';

afterAll(removeFixtures);
// Each sign-in runs scrypt, which is meant to be slow: on a busy machine a test needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const MONDAY_MORNING = '2026-03-02T01:00:00Z';

describe.each(testDatabases())('staff sign-in and sessions on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let t: StaffTestApp;

  useTestDatabase(open, 'staff, staff_sessions, audit_log, appeals, request_events, requests, request_counters, sign_in_failures, request_allowances', (opened) => ({ db, dist } = opened));

  beforeEach(async () => {
    await addTestStaff(db);
    t = staffTestApp(db, dist, MONDAY_MORNING);
  });

  const signInForm = (name: string, password: string, headers: Record<string, string> = {}) =>
    formPost(t.app, '/staff/sign-in', { name, password }, headers);

  it('answers the API with 401 problem+json and sends pages to the sign-in form, without a session', async () => {
    const receipt = await fileRequest(t.app);
    const endpoints: [string, string][] = [
      ['GET', '/api/staff/requests'],
      ['GET', `/api/staff/requests/${receipt.reference}`],
      ...['completion-request', 'completion', 'extension', 'reply', 'appeals'].map((action): [string, string] => ['POST', `/api/staff/requests/${receipt.reference}/${action}`]),
      ['PATCH', `/api/staff/requests/${receipt.reference}/appeals/1`],
    ];
    for (const [method, path] of endpoints) {
      const response = await t.app.request(path, {
        method,
        headers: { 'Content-Type': 'application/json', Origin: ORIGIN, Cookie: 'staff_session=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
        ...(method !== 'GET' && { body: JSON.stringify({ outcome: 'disclosed', replyText: '好', note: '补', reason: '因', date: '2026-03-02', kind: 'review', filedOn: '2026-03-02' }) }),
      });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(response.headers.get('Cache-Control')).toBe('no-store');
    }
    expect(await db.query('SELECT * FROM audit_log')).toEqual([]);
    expect(await db.query("SELECT status FROM requests")).toEqual([{ status: 'received' }]);
    const page = await t.app.request('/staff/?status=answered');
    expect(page.status).toBe(303);
    expect(page.headers.get('Location')).toBe('/staff/sign-in?next=%2Fstaff%2F%3Fstatus%3Danswered');
    const action = await formPost(t.app, '/staff/requests/MDJCL-2026-000001/reply/', { outcome: 'disclosed' });
    expect(action.status).toBe(303);
    expect(action.headers.get('Location')).toBe('/staff/sign-in');
  });

  it('signs in with the form, with a session cookie that scripts and other sites cannot use, and goes back where it was', async () => {
    const response = await formPost(t.app, '/staff/sign-in?next=%2Fstaff%2F%3Fstatus%3Dall', { name: STAFF_NAME, password: STAFF_PASSWORD });
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/staff/?status=all');
    const cookie = response.headers.get('Set-Cookie')!;
    expect(cookie).toMatch(/^staff_session=[\w-]{43}; Max-Age=28800; Path=\/; HttpOnly; SameSite=Strict$/);
    const token = /staff_session=([\w-]+)/.exec(cookie)![1]!;
    // Stored only as a hash.
    expect(JSON.stringify(await db.query('SELECT * FROM staff_sessions'))).not.toContain(token);
    const list = await t.app.request('/staff/', { headers: { Cookie: `staff_session=${token}` } });
    expect(list.status).toBe(200);
    expect(list.headers.get('Cache-Control')).toBe('no-store');
    expect(await list.text()).toContain(`已登录：${STAFF_NAME}`);
  });

  it('marks the cookie Secure anywhere but on this machine', async () => {
    const response = await t.app.request('https://disclosure.example.org/api/staff/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://disclosure.example.org' },
      body: JSON.stringify({ name: STAFF_NAME, password: STAFF_PASSWORD }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Set-Cookie')).toMatch(/; Secure/);
  });

  it('never stores the password itself', async () => {
    const [row] = await db.query<{ password_hash: string }>('SELECT password_hash FROM staff');
    expect(row!.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(row!.password_hash).not.toContain(STAFF_PASSWORD);
  });

  it('refuses a wrong password or an unknown name alike, saying so on the form with the name kept', async () => {
    for (const [name, password] of [[STAFF_NAME, 'wrong password here'], ['nobody', STAFF_PASSWORD]] as const) {
      const response = await signInForm(name, password);
      expect(response.status).toBe(422);
      expect(response.headers.get('Set-Cookie')).toBeNull();
      const html = await response.text();
      expect(html).toContain('<title>错误：工作人员登录');
      expect(html).toContain('用户名或密码不对，请再试一次');
      expect(html).toContain(`value="${name}"`);
      // The password is never sent back.
      expect(html).not.toContain(password);
    }
    const api = await t.app.request('/api/staff/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body: JSON.stringify({ name: STAFF_NAME, password: 'nope nope nope' }),
    });
    expect(api.status).toBe(401);
    expect(await db.query('SELECT * FROM staff_sessions')).toEqual([]);
  });

  it('asks for what is missing on the sign-in form, each error linked to its field', async () => {
    const html = await (await signInForm('', '')).text();
    expect(html).toContain('<a href="#name">输入用户名</a>');
    expect(html).toContain('<a href="#password">输入密码</a>');
  });

  it('ends a session 8 hours after sign-in, and at sign-out', async () => {
    const cookie = await signIn(t.app);
    const ask = () => t.app.request('/api/staff/requests', { headers: { Cookie: cookie } });
    t.setTime('2026-03-02T08:59:59Z');
    expect((await ask()).status).toBe(200);
    t.setTime('2026-03-02T09:00:00Z');
    expect((await ask()).status).toBe(401);

    const again = await signIn(t.app);
    const out = await formPost(t.app, '/staff/sign-out', {}, { Cookie: again });
    expect(out.status).toBe(303);
    expect(out.headers.get('Set-Cookie')).toMatch(/^staff_session=; Max-Age=0/);
    expect((await t.app.request('/api/staff/requests', { headers: { Cookie: again } })).status).toBe(401);

    const third = await signIn(t.app);
    const signedOut = await t.app.request('/api/staff/session', { method: 'DELETE', headers: { Origin: ORIGIN, Cookie: third } });
    expect(signedOut.status).toBe(204);
    expect((await t.app.request('/api/staff/requests', { headers: { Cookie: third } })).status).toBe(401);
  });

  it('refuses a form posted from another site, storing nothing and signing nobody in', async () => {
    const forged = await signInForm(STAFF_NAME, STAFF_PASSWORD, { Origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('Set-Cookie')).toBeNull();
    expect(await forged.text()).toContain('这个表单不是从本站提交的');
    const noOrigin = await t.app.request('/staff/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'cross-site' },
      body: `name=${encodeURIComponent(STAFF_NAME)}&password=${encodeURIComponent(STAFF_PASSWORD)}`,
    });
    expect(noOrigin.status).toBe(403);
    expect(await db.query('SELECT * FROM staff_sessions')).toEqual([]);

    // Even with a session cookie (which SameSite=Strict would not send), an action from elsewhere is refused.
    const cookie = await signIn(t.app);
    const api = await t.app.request('/api/staff/requests/MDJCL-2026-000001/reply', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example', Cookie: cookie },
      body: JSON.stringify({ outcome: 'disclosed', replyText: 'x' }),
    });
    expect(api.status).toBe(403);
    expect(await db.query('SELECT * FROM audit_log')).toEqual([]);
  });

  it('slows down after five wrong passwords for one name: 429 with a growing Retry-After, said in words', async () => {
    for (let i = 0; i < 5; i++) expect((await signInForm(STAFF_NAME, `wrong ${i}`, { 'X-Test-Client': `198.51.100.${i}` })).status).toBe(422);
    // Now even the right password waits: otherwise guessing would go on at full speed.
    const held = await signInForm(STAFF_NAME, STAFF_PASSWORD, { 'X-Test-Client': '198.51.100.9' });
    expect(held.status).toBe(429);
    expect(held.headers.get('Retry-After')).toBe('30');
    expect(await held.text()).toContain('密码输错的次数太多了。为了账号安全，请等 30 秒后再登录。');

    t.setTime(new Date(t.time().getTime() + 30_000));
    expect((await signInForm(STAFF_NAME, 'wrong again')).status).toBe(422);
    const longer = await signInForm(STAFF_NAME, STAFF_PASSWORD);
    expect(longer.headers.get('Retry-After')).toBe('60');
    expect(await longer.text()).toContain('请等 1 分钟后再登录');

    t.setTime(new Date(t.time().getTime() + 60_000));
    expect((await signInForm(STAFF_NAME, STAFF_PASSWORD)).status).toBe(303);
  });

  it('checks at most five wrong passwords when 40 wrong and the right one are sent at once (issue 11)', async () => {
    const attempt = (password: string) =>
      t.app.request('/api/staff/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'X-Test-Client': '203.0.113.40' },
        body: JSON.stringify({ name: STAFF_NAME, password }),
      });
    const passwords = Array.from({ length: 40 }, (_, i) => `wrong ${i}`);
    passwords.splice(20, 0, STAFF_PASSWORD);
    const statuses = (await Promise.all(passwords.map(attempt))).map((response) => response.status);
    const count = (status: number) => statuses.filter((s) => s === status).length;
    // Before the count was atomic every one was checked: 40 × 401 and a 200.
    expect(count(401)).toBeLessThanOrEqual(5);
    expect(count(401) + count(200) + count(429)).toBe(41);
    expect(count(200)).toBeLessThanOrEqual(1);
  });

  it('slows down one client address trying many names, and not another address', async () => {
    for (let i = 0; i < 5; i++) await signInForm(`guess${i}`, 'password guess', { 'X-Test-Client': '203.0.113.5' });
    const api = await t.app.request('/api/staff/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'X-Test-Client': '203.0.113.5' },
      body: JSON.stringify({ name: STAFF_NAME, password: STAFF_PASSWORD }),
    });
    expect(api.status).toBe(429);
    expect(api.headers.get('Retry-After')).toBe('30');
    expect(await api.json()).toMatchObject({ status: 429, retryAfter: 30 });
    expect((await signInForm(STAFF_NAME, STAFF_PASSWORD, { 'X-Test-Client': '203.0.113.6' })).status).toBe(303);
  });
});
