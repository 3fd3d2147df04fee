import { randomUUID } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { useTestDatabase } from '../test/database.ts';
import { removeFixtures } from '../test/fixture-dist.ts';
import { submitQuestion } from './submit.ts';
import { testQuestion } from './test-questions.ts';

afterAll(removeFixtures);

/** Tue 2026-12-01, 09:30 in China: five working days later is Tue 2026-12-08. */
const TUESDAY = new Date('2026-12-01T01:30:00Z');

describe.each(testDatabases())('questions API on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let app: ReturnType<typeof createApp>;

  useTestDatabase(open, 'questions, question_counters, request_allowances', (opened) => ({ db, dist } = opened));

  beforeEach(() => {
    app = createApp({ distDir: dist, db, now: () => TUESDAY, clientAddress: () => '192.0.2.1', requestsPerMinute: 1000 });
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    app.request('/api/questions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const count = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM questions'))[0]!.n;

  it('stores a question and answers 201 with its own series of reference, the 5-working-day target and a status token', async () => {
    const response = await post(testQuestion);
    expect(response.status).toBe(201);
    const receipt = await response.json();
    expect(receipt).toEqual({
      reference: 'MDJCLZX-2026-000001',
      receivedAt: '2026-12-01T01:30:00.000Z',
      dueDate: '2026-12-08',
      dueDateProvisional: false,
      statusToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect(response.headers.get('Location')).toBe('/api/questions/MDJCLZX-2026-000001');
    const [row] = await db.query<Record<string, unknown>>('SELECT text, page, status_token_hash, idempotency_key_hash FROM questions');
    expect(row).toMatchObject({ text: testQuestion.text, page: '/guides/bus-pass/' });
    // Only hashes: the token and the key never reach the database.
    expect(JSON.stringify(row)).not.toContain(receipt.statusToken);
  });

  it('answers the same receipt for the same key and stores nothing twice; another body under it is a conflict', async () => {
    const key = randomUUID();
    const first = await (await post(testQuestion, { 'Idempotency-Key': key })).json();
    const again = await post(testQuestion, { 'Idempotency-Key': key });
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toEqual(first);
    expect((await post({ ...testQuestion, text: '另一个问题' }, { 'Idempotency-Key': key })).status).toBe(409);
    expect(await count()).toBe(1);
  });

  it('refuses bad input with 422 and per-field errors in the person language, storing nothing', async () => {
    const response = await post({ ...testQuestion, answerBy: 'email', page: 'https://evil.example/', text: '', locale: 'en' });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      { field: 'page', message: 'The page you asked from is not recognised: ask from a page of this site' },
      { field: 'text', message: 'Enter your question or suggestion' },
      { field: 'contact', message: 'Enter an email address: you chose to receive the answer by email' },
    ]);
    expect(await count()).toBe(0);
  });

  it.each([
    ['no Idempotency-Key', testQuestion, { 'Idempotency-Key': '' }, 400],
    ['a body that is not JSON', '{"topic":', {}, 400],
    ['a form post', 'topic=guide', { 'Content-Type': 'application/x-www-form-urlencoded' }, 415],
    ['an array', [1, 2], {}, 422],
    ['null', 'null', {}, 422],
    ['a number where text belongs', { ...testQuestion, text: 42 }, {}, 422],
  ] as const)('answers %s with a 4xx, never 5xx, storing nothing', async (_, body, headers, status) => {
    expect((await post(body, headers)).status).toBe(status);
    expect(await count()).toBe(0);
  });

  it('shows the status to the holder of the token only, the same 404 for a wrong token and an unknown reference', async () => {
    const receipt = await (await post(testQuestion)).json();
    const status = await app.request(`/api/questions/${receipt.reference}?token=${receipt.statusToken}`);
    expect(status.status).toBe(200);
    expect(await status.json()).toEqual({
      reference: 'MDJCLZX-2026-000001',
      status: 'received',
      receivedAt: '2026-12-01T01:30:00.000Z',
      dueDate: '2026-12-08',
      dueDateProvisional: false,
    });
    expect((await app.request(`/api/questions/${receipt.reference}?token=wrong`)).status).toBe(404);
    expect((await app.request(`/api/questions/MDJCLZX-2026-000099?token=${receipt.statusToken}`)).status).toBe(404);
    expect((await app.request(`/api/questions/${receipt.reference}`)).status).toBe(404);
  });

  it('counts the due date from the configured target in working days, not calendar days', async () => {
    // Ten working days from Tue 2026-12-01, two weekends skipped, is Tue 2026-12-15.
    const result = await submitQuestion(db, { key: randomUUID(), body: testQuestion, locale: 'zh-Hans', now: TUESDAY }, { referencePrefix: 'ZX', workingDays: 10 });
    expect(result).toMatchObject({ kind: 'created', receipt: { reference: 'ZX-2026-000001', dueDate: '2026-12-15' } });
  });
});
