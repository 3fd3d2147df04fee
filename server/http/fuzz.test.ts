import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { requestFields } from '../../src/requests/rules/fields.ts';
import { person } from '../../src/requests/rules/test-requests.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { ORIGIN, signedInWithARequest, type StaffTestApp } from '../staff/test-staff.ts';
import { fixtureDist, removeFixtures } from '../test/fixture-dist.ts';

afterAll(removeFixtures);
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/**
 * Property-based tests of every way in (fast-check): whatever the body — any JSON value, hostile key names, control
 * characters, lone surrogates, very long or deeply nested text, broken encodings — the answer is one the contract
 * names, never a 5xx, and an answer that is not a success stores nothing. Case counts (`RUNS`) keep the whole file
 * to a few seconds per database; a failure prints its seed and shrunk input to replay it.
 */
const RUNS = { api: 150, form: 120, staff: 100 };

/** Names that find Object.prototype's members in a plain object. */
const prototypeNames = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];

/** Any UTF-16 code unit, lone surrogates and C0 controls included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: anyCodeUnit, maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0001', '\t', '\n', '\r', '\u001f', '\ud800', '\udfff', '张', 'a', '$', '`', '<'), maxLength: 20 }),
  fc.constantFrom(...prototypeNames, '', ' ', 'person', 'organisation', 'resident-id', 'email', 'paper', 'en'),
  fc.integer({ min: 1, max: 70_000 }).map((n) => 'x'.repeat(n)),
);
const hostileKey = fc.oneof(fc.constantFrom(...requestFields, ...prototypeNames), fc.string({ unit: anyCodeUnit, maxLength: 10 }));
/** JSON values whose keys and strings are hostile, nested a few levels. */
const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 5 }),
  ),
})).value;
/** Text nested `n` levels deep, as arrays or objects. */
const deepText = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.boolean()).map(([n, arrays]) => (arrays ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n)));
/** A valid request with some fields replaced or added: near enough to valid to reach the deeper checks. */
const nearlyValid = fc.dictionary(hostileKey, hostileJson, { maxKeys: 3 }).map((changes) => JSON.stringify({ ...person, ...changes }));
/** A JSON body: text that may be broken, deep, or a valid request with hostile changes, with `__proto__` as an own key. */
const jsonBodyText = fc.oneof(
  nearlyValid,
  hostileJson.map((value) => JSON.stringify(value) ?? 'null'),
  deepText,
  fc.string({ unit: anyCodeUnit, maxLength: 60 }),
  fc.constantFrom('{"name": "张三",', '{"__proto__":{"applicantType":"person"}}', '', '{"applicantType":"__proto__"}'),
);

/** A value percent-encoded byte by byte as it might arrive: any bytes, invalid UTF-8 and %00 included. */
const encodedValue = fc.oneof(
  hostileString.map((text) => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'))),
  fc.uint8Array({ maxLength: 30 }).map((bytes) => [...bytes].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')),
  fc.constantFrom('%ED%A0%80', '%00', '%', '%zz', '+'),
);
const urlencodedBody = fc
  .array(fc.tuple(fc.oneof(hostileKey.map((key) => encodeURIComponent(key.replace(/[\ud800-\udfff]/g, '\ufffd'))), fc.constantFrom('idempotencyKey')), encodedValue), { maxLength: 14 })
  .chain((pairs) =>
    fc.boolean().map((withPerson) =>
      [...(withPerson ? Object.entries(person).map(([key, value]) => `${key}=${encodeURIComponent(value)}`) : []), ...pairs.map(([k, v]) => `${k}=${v}`)].join('&'),
    ),
  );

describe.each(testDatabases())('fuzzing every way in on $name', ({ open }) => {
  let db: Database;
  let t: StaffTestApp;
  let cookie: string;
  let reference: string;
  const seen = { api: new Map<number, number>(), form: new Map<number, number>(), staff: new Map<number, number>() };
  const note = (kind: keyof typeof seen, status: number) => seen[kind].set(status, (seen[kind].get(status) ?? 0) + 1);

  beforeAll(async () => {
    db = await open();
    ({ t, cookie, reference } = await signedInWithARequest(db, fixtureDist().dist, '2026-03-04T01:30:00Z'));
  });
  afterAll(async () => {
    // The figures for the closing note: cases per way in, and the statuses they got.
    console.info(JSON.stringify(Object.fromEntries(Object.entries(seen).map(([kind, statuses]) => [kind, Object.fromEntries([...statuses].sort())]))));
    await db.close();
  });

  const rows = async () =>
    (
      await db.query<{ n: number }>(
        'SELECT ((SELECT count(*) FROM requests) + (SELECT count(*) FROM request_events) + (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM appeals) + (SELECT count(*) FROM request_counters))::int AS n',
      )
    )[0]!.n;

  it('POST /api/requests answers 201, 400, 409, 413, 415, 422 or 429, and stores nothing unless 201', async () => {
    const usedKey = randomUUID();
    await fc.assert(
      fc.asyncProperty(
        jsonBodyText,
        fc.constantFrom('application/json', 'application/json', 'application/json', 'application/json; charset=utf-8', 'text/plain'),
        fc.oneof(fc.constant('fresh'), fc.constant(usedKey), hostileString),
        async (body, type, key) => {
          const before = await rows();
          const response = await t.app.request('/api/requests', {
            method: 'POST',
            headers: { 'Content-Type': type, 'Idempotency-Key': key === 'fresh' ? randomUUID() : key.replace(/[^\t\x20-\x7e]/g, '') },
            body,
          });
          note('api', response.status);
          expect([201, 400, 409, 413, 415, 422, 429]).toContain(response.status);
          await response.arrayBuffer();
          if (response.status !== 201) expect(await rows()).toBe(before);
        },
      ),
      { numRuns: RUNS.api },
    );
  });

  it('the no-JavaScript form posts answer a page (200, 201, 400, 404, 413, 422, 429), never 5xx, and store nothing unless 201', async () => {
    const steps = fc.constantFrom('applicant', 'details', 'contact', 'check', 'constructor', '__proto__');
    const prefixes = fc.constantFrom('', '/zh-Hant', '/en');
    const multipart = fc.oneof(
      fc.dictionary(hostileKey, hostileString, { maxKeys: 8 }).map((fields) => {
        const form = new FormData();
        for (const [key, value] of Object.entries({ ...person, ...fields })) form.append(key, value);
        return { body: form as BodyInit, type: undefined as string | undefined };
      }),
      fc.string({ unit: anyCodeUnit, maxLength: 80 }).map((body) => ({ body: body as BodyInit, type: 'multipart/form-data' as string | undefined })),
      fc.string({ maxLength: 80 }).map((body) => ({ body: `--b\r\n${body}` as BodyInit, type: 'multipart/form-data; boundary=b' as string | undefined })),
    );
    const encoded = urlencodedBody.map((body) => ({ body: body as BodyInit, type: 'application/x-www-form-urlencoded' as string | undefined }));
    await fc.assert(
      fc.asyncProperty(prefixes, steps, fc.oneof(encoded, multipart), async (prefix, step, { body, type }) => {
        const before = await rows();
        const response = await t.app.request(`${prefix}/request/${step}/`, { method: 'POST', headers: type ? { 'Content-Type': type } : {}, body });
        note('form', response.status);
        expect([200, 201, 400, 404, 413, 422, 429]).toContain(response.status);
        await response.arrayBuffer();
        if (response.status !== 201) expect(await rows()).toBe(before);
      }),
      { numRuns: RUNS.form },
    );
  });

  it('the staff API, signed in, answers 2xx or 400, 404, 409, 413, 415, 422, 429, and stores nothing on a refusal', async () => {
    const paths = fc.constantFrom(
      'completion-request',
      'completion',
      'extension',
      'reply',
      'appeals',
      'appeals/1',
      '__proto__',
      'constructor',
    );
    const staffBody = fc.oneof(
      fc.dictionary(fc.oneof(fc.constantFrom('note', 'date', 'reason', 'outcome', 'replyText', 'refusalReason', 'legalBasis', 'kind', 'filedOn', 'result', 'decidedOn'), hostileKey), hostileJson, { maxKeys: 5 }).map((value) => JSON.stringify(value)),
      jsonBodyText,
    );
    await fc.assert(
      fc.asyncProperty(paths, staffBody, fc.boolean(), fc.constantFrom('application/json', 'text/plain'), async (path, body, ownReference, type) => {
        const before = await rows();
        const at = `/api/staff/requests/${ownReference ? reference : 'MDJCL-2026-999999'}/${path}`;
        const response = await t.app.request(at, {
          method: path === 'appeals/1' ? 'PATCH' : 'POST',
          headers: { 'Content-Type': type, Origin: ORIGIN, Cookie: cookie },
          body,
        });
        note('staff', response.status);
        expect([200, 201, 400, 404, 409, 413, 415, 422, 429]).toContain(response.status);
        await response.arrayBuffer();
        if (response.status >= 300) expect(await rows()).toBe(before);
      }),
      { numRuns: RUNS.staff },
    );
  });

  it('signing in through the API with any body answers 200, 400, 401, 413, 415, 422 or 429, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom('name', 'password'), hostileKey), hostileJson, { maxKeys: 3 }).map((value) => JSON.stringify(value)), jsonBodyText),
        async (body) => {
          const response = await t.app.request('/api/staff/session', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'X-Test-Client': randomUUID() }, body });
          note('staff', response.status);
          expect([200, 400, 401, 413, 415, 422, 429]).toContain(response.status);
          await response.arrayBuffer();
        },
      ),
      // Each wrong password runs scrypt on purpose: few cases.
      { numRuns: 25 },
    );
  });
});
