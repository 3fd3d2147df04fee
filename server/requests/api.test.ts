import { randomUUID } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { organisation, person } from '../../src/requests/rules/test-requests.ts';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import { useTestDatabase } from '../test/database.ts';
import { removeFixtures } from '../test/fixture-dist.ts';

afterAll(removeFixtures);

/** Fri 2026-02-06, 09:30 in China: the answer is due 20 working days later, after the Spring Festival, on 2026-03-12. */
const FRIDAY_BEFORE_SPRING_FESTIVAL = new Date('2026-02-06T01:30:00Z');

describe.each(testDatabases())('requests API on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let time: Date;
  let app: ReturnType<typeof createApp>;

  useTestDatabase(open, 'request_events, requests, request_counters, sign_in_failures, request_allowances', (opened) => ({ db, dist } = opened));

  beforeEach(async () => {
    time = FRIDAY_BEFORE_SPRING_FESTIVAL;
    app = build();
  });

  function build(options: { requestsPerMinute?: number; database?: Database; logger?: Logger } = {}) {
    return createApp({
      ...(options.logger && { logger: options.logger }),
      distDir: dist,
      db: options.database ?? db,
      now: () => time,
      clientAddress: (c) => c.req.header('X-Test-Client') ?? '192.0.2.1',
      requestsPerMinute: options.requestsPerMinute ?? 1000,
    });
  }

  function post(body: unknown, headers: Record<string, string> = {}, on = app) {
    return on.request('/api/requests', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  const count = async (table = 'requests') => (await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n;

  describe('POST /api/requests', () => {
    it('stores a request and answers 201 with its reference, dates and a status token', async () => {
      const response = await post(person);
      expect(response.status).toBe(201);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      const receipt = await response.json();
      expect(receipt).toEqual({
        reference: 'MDJCL-2026-000001',
        receivedAt: '2026-02-06T01:30:00.000Z',
        dueDate: '2026-03-12',
        dueDateProvisional: false,
        statusToken: expect.stringMatching(/^[\w-]{43}$/),
      });
      expect(response.headers.get('Location')).toBe('/api/requests/MDJCL-2026-000001');

      const [row] = await db.query<Record<string, unknown>>('SELECT * FROM requests');
      expect(row).toMatchObject({
        reference: 'MDJCL-2026-000001',
        applicant_type: 'person',
        name: '张三',
        id_type: 'resident-id',
        id_number: '11010519491231002X',
        phone: '13912345678',
        description: person.description,
        delivery: 'collect',
        format: 'paper',
        locale: 'zh-Hans',
        due_date: '2026-03-12',
        status: 'received',
      });
      expect(await count('request_events')).toBe(1);
    });

    it('takes an applicant from Hong Kong: their travel permit and their +852 number, kept as typed and in E.164', async () => {
      const visitor = { ...person, idType: 'hk-macao-travel-permit', idNumber: 'H1234 5678', phone: '+852 5123 4567' };
      expect((await post(visitor)).status).toBe(201);
      expect((await post({ ...person, phone: '0453-6912345转801' })).status).toBe(201);
      const rows = await db.query<Record<string, unknown>>('SELECT id_type, id_number, phone, phone_e164 FROM requests ORDER BY id');
      expect(rows).toEqual([
        { id_type: 'hk-macao-travel-permit', id_number: 'H12345678', phone: '+852 5123 4567', phone_e164: '+85251234567' },
        { id_type: 'resident-id', id_number: person.idNumber, phone: '0453-6912345转801', phone_e164: '+864536912345;ext=801' },
      ]);
    });

    it('refuses a phone number no country has, and a permit number of the wrong form, with 422 and nothing stored', async () => {
      const response = await post({ ...person, idType: 'taiwan-travel-permit', idNumber: 'T123', phone: '+852 1234' });
      expect(response.status).toBe(422);
      expect((await response.json()).errors.map((error: { field: string }) => error.field)).toEqual(['idNumber', 'phone']);
      expect(await count()).toBe(0);
    });

    it('never stores the status token or the Idempotency-Key as they are', async () => {
      const key = randomUUID();
      const receipt = await (await post(person, { 'Idempotency-Key': key })).json();
      const everything = JSON.stringify(await db.query('SELECT * FROM requests'));
      expect(everything).not.toContain(receipt.statusToken);
      expect(everything).not.toContain(key);
    });

    it('numbers references in order, from 1 again in each year of receipt (China time)', async () => {
      expect((await (await post(person)).json()).reference).toBe('MDJCL-2026-000001');
      expect((await (await post(organisation)).json()).reference).toBe('MDJCL-2026-000002');
      // 00:30 on New Year's Day in China, still 2026 in UTC.
      time = new Date('2026-12-31T16:30:00Z');
      const newYear = await (await post(person)).json();
      expect(newYear.reference).toBe('MDJCL-2027-000001');
      // 2027's holidays are not announced yet: the due date is counted Monday to Friday and says so.
      expect(newYear.dueDateProvisional).toBe(true);
    });

    it('answers a replay of the same key and body with the first answer, word for word, storing nothing new', async () => {
      const key = randomUUID();
      const first = await post(person, { 'Idempotency-Key': key });
      const firstText = await first.text();
      time = new Date(time.getTime() + 3_600_000);
      // The same body with its fields in another order, the key in capitals: still the same request.
      const reordered = Object.fromEntries(Object.entries(person).reverse());
      for (const [body, sentKey] of [[person, key], [reordered, key.toUpperCase()]] as const) {
        const replay = await post(body, { 'Idempotency-Key': sentKey });
        expect(replay.status).toBe(201);
        expect(await replay.text()).toBe(firstText);
        expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
      }
      expect(await count()).toBe(1);
      expect(await count('request_events')).toBe(1);
    });

    it('answers 409 when a key comes back with another body, and keeps the first request', async () => {
      const key = randomUUID();
      const first = await (await post(person, { 'Idempotency-Key': key })).json();
      const other = await post({ ...person, description: '另一件事' }, { 'Idempotency-Key': key });
      expect(other.status).toBe(409);
      expect(other.headers.get('Content-Type')).toBe('application/problem+json');
      expect(await other.json()).toMatchObject({ status: 409, title: 'Conflict' });
      expect(await db.query('SELECT reference, description FROM requests')).toEqual([
        { reference: first.reference, description: person.description },
      ]);
    });

    it('makes exactly one record from fifty copies of a request sent at once', async () => {
      const key = randomUUID();
      const answers = await Promise.all(Array.from({ length: 50 }, () => post(person, { 'Idempotency-Key': key })));
      expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(201));
      const bodies = await Promise.all(answers.map((answer) => answer.text()));
      expect(new Set(bodies).size).toBe(1);
      expect(await count()).toBe(1);
      expect(await count('request_events')).toBe(1);
      // The copies that lost the race gave their numbers back: the next request is number 2.
      expect((await (await post(organisation)).json()).reference).toBe('MDJCL-2026-000002');
    }, 60_000);

    it('gives fifty different requests sent at once fifty different numbers, without gaps', async () => {
      const answers = await Promise.all(Array.from({ length: 50 }, () => post(person)));
      expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(201));
      const references = (await Promise.all(answers.map((answer) => answer.json()))).map((receipt) => receipt.reference).sort();
      expect(references).toEqual(Array.from({ length: 50 }, (_, i) => `MDJCL-2026-${String(i + 1).padStart(6, '0')}`));
    }, 60_000);

    it('stores nothing half-done when the database fails midway, and takes the same request again after', async () => {
      const failing: Database = {
        ...db,
        transaction: (fn) =>
          db.transaction((tx) =>
            fn({
              ...tx,
              query: (sql, params) => (sql.includes('request_events') ? Promise.reject(new Error('disk full')) : tx.query(sql, params)),
            }),
          ),
      };
      const key = randomUUID();
      const lines: string[] = [];
      const logger = createLogger({ level: 'error', destination: { write: (line: string) => void lines.push(line) } });
      const broken = await post(person, { 'Idempotency-Key': key }, build({ database: failing, logger }));
      expect(lines.map((line) => JSON.parse(line))).toEqual([expect.objectContaining({ err: expect.objectContaining({ message: 'disk full' }) })]);
      expect(broken.status).toBe(500);
      expect(await broken.json()).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 });
      expect(await count()).toBe(0);
      expect(await count('request_counters')).toBe(0);

      const retried = await post(person, { 'Idempotency-Key': key });
      expect(retried.status).toBe(201);
      expect((await retried.json()).reference).toBe('MDJCL-2026-000001');
    });

    it('refuses a body over 64 KB with 413, storing nothing', async () => {
      const response = await post({ ...person, description: '字'.repeat(22_000) });
      expect(response.status).toBe(413);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(await response.json()).toMatchObject({ status: 413, title: 'Content Too Large' });
      expect(await count()).toBe(0);
    });

    it('refuses unknown fields with 422, naming each, storing nothing', async () => {
      const response = await post({ ...person, colour: 'red', admin: true });
      expect(response.status).toBe(422);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(await response.json()).toEqual({
        type: 'about:blank',
        title: 'Unprocessable Content',
        status: 422,
        errors: [
          { field: 'colour', message: '无法识别这一项，请删除后再提交' },
          { field: 'admin', message: '无法识别这一项，请删除后再提交' },
        ],
      });
      expect(await count()).toBe(0);
    });

    it('keeps the accessible format asked for, and refuses one that is not offered, storing nothing', async () => {
      const refused = await post({ ...person, accessibleFormat: 'morse' });
      expect(refused.status).toBe(422);
      expect((await refused.json()).errors).toEqual([{ field: 'accessibleFormat', message: '选择一种无障碍形式，或者不选' }]);
      expect(await count()).toBe(0);
      expect((await post({ ...person, accessibleFormat: 'braille' })).status).toBe(201);
      expect(await db.query('SELECT accessible_format FROM requests')).toEqual([{ accessible_format: 'braille' }]);
    });

    it('lists what to fix, field by field, in the language the request names', async () => {
      const { name: _, ...nameless } = person;
      const chinese = await post({ ...nameless, idNumber: '110105194912310021' });
      expect(chinese.status).toBe(422);
      expect((await chinese.json()).errors).toEqual([
        { field: 'name', message: '输入姓名' },
        { field: 'idNumber', message: '身份证号码的最后一位不对，请核对' },
      ]);
      const english = await post({ ...nameless, idNumber: '110105194912310021', locale: 'en' }, { 'Accept-Language': 'zh-CN' });
      expect((await english.json()).errors).toEqual([
        { field: 'name', message: 'Enter your name' },
        { field: 'idNumber', message: 'The last character of the resident ID number is not right: check it' },
      ]);
      expect(await count()).toBe(0);
    });

    it('takes the language from Accept-Language when the request does not name one', async () => {
      const { locale: _, phone: __, ...rest } = person;
      const english = await post(rest, { 'Accept-Language': 'en-GB,en;q=0.9' });
      expect((await english.json()).errors).toEqual([{ field: 'phone', message: 'Enter a phone number' }]);
      const traditional = await post(rest, { 'Accept-Language': 'zh-TW,zh;q=0.9' });
      expect((await traditional.json()).errors).toEqual([{ field: 'phone', message: '輸入聯繫電話' }]);
      const fallback = await post(rest, { 'Accept-Language': 'fr' });
      expect((await fallback.json()).errors).toEqual([{ field: 'phone', message: '输入联系电话' }]);
    });

    it('needs an Idempotency-Key holding a UUID: 400 otherwise', async () => {
      for (const key of [undefined, '', 'abc', '12345678-1234-1234-1234-1234567890ab-extra']) {
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (key !== undefined) headers['Idempotency-Key'] = key;
        const response = await app.request('/api/requests', { method: 'POST', headers, body: JSON.stringify(person) });
        expect(response.status, String(key)).toBe(400);
        expect(await response.json(), String(key)).toMatchObject({ status: 400, title: 'Bad Request' });
      }
      expect(await count()).toBe(0);
    });

    it('answers 400 to a body that is not JSON and 415 to one that is not sent as JSON', async () => {
      const broken = await post('{"name": "张三"');
      expect(broken.status).toBe(400);
      expect(await broken.json()).toMatchObject({ detail: 'The body is not valid JSON' });
      const form = await post('name=%E5%BC%A0%E4%B8%89', { 'Content-Type': 'application/x-www-form-urlencoded' });
      expect(form.status).toBe(415);
      expect(form.headers.get('Accept-Post')).toBe('application/json');
      expect(await count()).toBe(0);
    });

    it('answers a JSON body that is not an object with the list of what is missing', async () => {
      const response = await post('[1, 2]');
      expect(response.status).toBe(422);
      expect((await response.json()).errors.map((error: { field: string }) => error.field)).toEqual([
        'applicantType',
        'name',
        'phone',
        'description',
        'delivery',
        'format',
      ]);
    });

    it('limits each client address to its requests per minute: 429 with Retry-After, then open again', async () => {
      const limited = build({ requestsPerMinute: 10 });
      const from = (client: string) => ({ 'X-Test-Client': client });
      for (let i = 0; i < 10; i++) expect((await post(person, from('198.51.100.7'), limited)).status).toBe(201);
      const refused = await post(person, from('198.51.100.7'), limited);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('Retry-After')).toBe('6');
      expect(refused.headers.get('Cache-Control')).toBe('no-store');
      expect(await refused.json()).toMatchObject({ status: 429, title: 'Too Many Requests', retryAfter: 6 });
      // Another address is not held back.
      expect((await post(person, from('198.51.100.8'), limited)).status).toBe(201);
      time = new Date(time.getTime() + 6_000);
      expect((await post(person, from('198.51.100.7'), limited)).status).toBe(201);
      expect(await count()).toBe(12);
    });

    it('answers other methods with 405 and Allow', async () => {
      const response = await app.request('/api/requests', { method: 'PUT', body: '{}' });
      expect(response.status).toBe(405);
      expect(response.headers.get('Allow')).toBe('POST');
    });
  });

  describe('GET /api/requests/<reference>', () => {
    async function sent() {
      return (await (await post(person)).json()) as { reference: string; statusToken: string; receivedAt: string };
    }

    it('shows the status and history to the holder of the token, never cached, with no personal data', async () => {
      const receipt = await sent();
      const response = await app.request(`/api/requests/${receipt.reference}?token=${receipt.statusToken}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(await response.json()).toEqual({
        reference: 'MDJCL-2026-000001',
        status: 'received',
        receivedAt: '2026-02-06T01:30:00.000Z',
        dueDate: '2026-03-12',
        dueDateProvisional: false,
        letters: [],
        history: [{ at: '2026-02-06T01:30:00.000Z', status: 'received' }],
      });
    });

    it('answers a wrong or missing token exactly as an unknown reference: 404', async () => {
      const receipt = await sent();
      const other = await sent();
      const attempts = [
        `/api/requests/${receipt.reference}?token=${other.statusToken}`,
        `/api/requests/${receipt.reference}?token=${receipt.statusToken.slice(0, -1)}`,
        `/api/requests/${receipt.reference}?token=`,
        `/api/requests/${receipt.reference}`,
        `/api/requests/MDJCL-2026-999999?token=${receipt.statusToken}`,
        `/api/requests/not-a-reference?token=${receipt.statusToken}`,
      ];
      for (const path of attempts) {
        const response = await app.request(path);
        expect(response.status, path).toBe(404);
        expect(response.headers.get('Content-Type'), path).toBe('application/problem+json');
        expect(await response.json(), path).toEqual({ type: 'about:blank', title: 'Not Found', status: 404 });
      }
    });
  });
});
