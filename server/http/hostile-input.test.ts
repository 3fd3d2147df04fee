import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { person } from '../../src/requests/rules/test-requests.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { ORIGIN, signedInWithARequest, type StaffTestApp } from '../staff/test-staff.ts';
import { fixtureDist, removeFixtures } from '../test/fixture-dist.ts';

afterAll(removeFixtures);
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

/** Inputs that once crashed a request with a 500: each kind answers 4xx, stores nothing, on every way in. */
describe.each(testDatabases())('hostile input on $name', ({ open }) => {
  let db: Database;
  let t: StaffTestApp;
  let cookie: string;
  let reference: string;

  beforeAll(async () => {
    db = await open();
    ({ t, cookie, reference } = await signedInWithARequest(db, fixtureDist().dist, '2026-03-04T01:30:00Z'));
  });
  afterAll(() => db.close());

  const rows = async () =>
    (
      await db.query<{ n: number }>(
        'SELECT ((SELECT count(*) FROM requests) + (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM appeals) + (SELECT count(*) FROM request_events))::int AS n',
      )
    )[0]!.n;

  const api = (body: string, headers: Record<string, string> = {}) =>
    t.app.request('/api/requests', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...headers }, body });
  const form = (path: string, body: string | FormData, type?: string) =>
    t.app.request(path, { method: 'POST', headers: { Origin: ORIGIN, Cookie: cookie, ...(type && { 'Content-Type': type }) }, body });
  const staffJson = (path: string, body: string, method = 'POST') =>
    t.app.request(path, { method, headers: { 'Content-Type': 'application/json', Origin: ORIGIN, Cookie: cookie }, body });
  const urlencoded = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

  async function refused(response: Response | Promise<Response>, statuses: number[] = [400, 413, 422]) {
    const before = await rows();
    const r = await response;
    const text = await r.text();
    expect(statuses, `${r.status} ${text.slice(0, 300)}`).toContain(r.status);
    expect(await rows()).toBe(before);
    return { response: r, text };
  }

  const deepArray = (n: number) => '['.repeat(n) + ']'.repeat(n);
  const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

  describe('POST /api/requests', () => {
    it.each([
      ['a NUL in a name', { ...person, name: 'a\u0000b' }],
      ['a NUL in the description', { ...person, description: 'a\u0000b' }],
      ['a NUL in the ID number', { ...person, idNumber: '11010519491231002X\u0000' }],
      ['a control character in the phone', { ...person, phone: '139\u000112345678' }],
      ['a lone surrogate in the name', { ...person, name: 'a\ud800b' }],
      ['an Object.prototype member as applicant type', { ...person, applicantType: '__proto__' }],
      ['constructor as applicant type', { ...person, applicantType: 'constructor' }],
      ['toString as applicant type', { ...person, applicantType: 'toString' }],
      ['hasOwnProperty as delivery', { ...person, delivery: 'hasOwnProperty' }],
      ['valueOf as locale', { ...person, locale: 'valueOf' }],
    ])('refuses %s with 422 naming the field', async (_, body) => {
      const { text } = await refused(api(JSON.stringify(body)), [422]);
      expect(JSON.parse(text).errors.length).toBeGreaterThan(0);
    });

    it.each([
      ['a __proto__ key', `{"__proto__":{"name":"x"},"applicantType":"person"}`],
      ['a constructor key', JSON.stringify({ ...person, constructor: 'x' })],
      ['a toString key', JSON.stringify({ ...person, toString: 'x' })],
    ])('refuses %s with 422', async (_, body) => {
      await refused(api(body), [422]);
    });

    it.each([
      ['an array nested 100,000 deep', deepArray(100_000)],
      ['an object nested 10,000 deep', deepObject(10_000)],
      ['a field nested 10,000 deep', `{"name":${deepArray(10_000)}}`],
    ])('refuses %s with 400', async (_, body) => {
      await refused(api(body), [400, 413]);
    });

    it('answers 400 to a body that is not JSON', async () => {
      await refused(api('{"name": "张三",'), [400]);
    });
  });

  describe('the no-JavaScript form', () => {
    it.each(['/request/applicant/', '/zh-Hant/request/contact/', '/en/request/check/'])('answers a multipart post without a boundary to %s with 400', async (path) => {
      const { text } = await refused(form(path, 'name=x', 'multipart/form-data'), [400]);
      expect(text).toContain('<html');
    });

    it.each([
      ['/request/applicant/', 'zh-Hans', { applicantType: '__proto__', name: 'a\u0000b', idType: 'constructor', idNumber: 'x' }],
      ['/en/request/check/', 'en', { ...person, name: 'a\u0000b', applicantType: 'toString' }],
      ['/zh-Hant/request/check/', 'zh-Hant', { ...person, delivery: 'valueOf', description: 'x\ud800' }],
    ])('shows %s again with the errors for hostile fields', async (path, _locale, fields) => {
      const { text } = await refused(form(path, urlencoded(fields as Record<string, string>), 'application/x-www-form-urlencoded'), [422]);
      expect(text).toContain('<html');
    });

    it('answers a form post over 64 KB with 413', async () => {
      await refused(form('/request/check/', urlencoded({ ...person, description: 'x'.repeat(70_000) }), 'application/x-www-form-urlencoded'), [413]);
    });
  });

  describe('the staff console', () => {
    it.each(['/staff/sign-in', '/staff/requests/REF/ask-completion/', '/staff/requests/REF/reply/', '/staff/reports/2025/'])(
      'answers a multipart post without a boundary to %s with 400',
      async (path) => {
        await refused(form(path.replace('REF', reference), 'x', 'multipart/form-data'), [400]);
      },
    );

    it('answers the report form over its limit with 413', async () => {
      await refused(form('/staff/reports/2025/', urlencoded({ overview: 'x'.repeat(800_000), action: 'save' }), 'application/x-www-form-urlencoded'), [413]);
    });

    it.each([
      ['a NUL in a sign-in name', '/staff/sign-in', { name: 'a\u0000', password: 'x' }],
      ['a NUL in a note', '/staff/requests/REF/ask-completion/', { note: 'a\u0000b' }],
      ['a NUL in a reason', '/staff/requests/REF/extend/', { reason: 'a\u0000b' }],
      ['a prototype member as outcome', '/staff/requests/REF/reply/', { outcome: '__proto__', replyText: 'x' }],
      ['a prototype member as appeal kind', '/staff/requests/REF/add-appeal/', { kind: 'constructor', filedOn: '2026-03-01', result: 'toString' }],
      ['a NUL in the report', '/staff/reports/2025/', { overview: 'a\u0000b', problems: 'x', otherMatters: 'y', action: 'save' }],
      ['a prototype member as the report action', '/staff/reports/2025/', { overview: 'a', problems: 'x', otherMatters: 'y', action: 'constructor' }],
    ])('refuses %s with 422', async (_, path, fields) => {
      await refused(form(path.replace('REF', reference), urlencoded(fields), 'application/x-www-form-urlencoded'), [422]);
    });

    it.each([
      ['a NUL in a sign-in name', '/api/staff/session', { name: 'a\u0000', password: 'x' }],
      ['a NUL in a note', '/api/staff/requests/REF/completion-request', { note: 'a\u0000b' }],
      ['a lone surrogate in a reason', '/api/staff/requests/REF/extension', { reason: 'a\udc00b' }],
      ['a prototype member as outcome', '/api/staff/requests/REF/reply', { outcome: 'constructor', replyText: 'x' }],
      ['a __proto__ key', '/api/staff/requests/REF/extension', JSON.parse('{"__proto__":{"reason":"x"}}')],
    ])('refuses %s on the API with 422', async (_, path, body) => {
      await refused(staffJson(path.replace('REF', reference), JSON.stringify(body)), [400, 422]);
    });

    it.each([
      ['an array nested 30,000 deep', deepArray(30_000)],
      ['a field nested 10,000 deep', `{"reason":${deepObject(10_000)}}`],
      ['a body that is not JSON', '{"reason": "张三",'],
    ])('refuses %s on the API with 400', async (_, body) => {
      await refused(staffJson(`/api/staff/requests/${reference}/extension`, body), [400]);
    });
  });
});
