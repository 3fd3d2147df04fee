import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person } from '../../src/requests/rules/test-requests.ts';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { openPglite } from '../db/pglite.ts';
import { migrate } from '../db/migrate.ts';
import { fixtureDist, removeFixtures } from '../test/fixture-dist.ts';
import { createLogger, logLevelFrom, scrubText } from './logger.ts';

const TOKEN = 'tok_9fQm2LzXw8RkVb3N';
const EMAIL = 'zhang.san@example.org';
/** What a careless error could quote: the applicant's ID number, phone, name and e-mail, and a status token. */
const secrets = [person.idNumber, person.phone, person.name, EMAIL, TOKEN];

/** A logger at info whose lines land in an array, parsed. */
function capture() {
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

/** The database a request fails on, with an error that quotes personal data as a driver's error might. */
function failingDatabase(db: Database): Database {
  const fail = (): never => {
    const error = new Error(
      `value "${person.name}" for id_number ${person.idNumber}, phone ${person.phone}, mail ${EMAIL}, token=${TOKEN} violates check`,
    ) as Error & { code: string; detail: string };
    error.code = '23514';
    error.detail = `Failing row contains (${person.name}, ${person.idNumber}, ${person.phone}).`;
    throw error;
  };
  return { ...db, query: async () => fail(), exec: async () => fail(), transaction: async () => fail() };
}

let db: Database;
let dist: string;
beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  dist = fixtureDist().dist;
}, 30_000);
afterAll(async () => {
  removeFixtures();
  await db.close();
});

describe('the server log', () => {
  it('logs a failed request with its stack but without the ID number, phone, name, e-mail or token the error quoted', async () => {
    const { logger, lines, records } = capture();
    const app = createApp({ distDir: dist, db: failingDatabase(db), logger, clientAddress: () => '192.0.2.1' });

    const posted = await app.request('/api/requests', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Cookie: `staff=${TOKEN}` },
      body: JSON.stringify({ ...person, email: EMAIL }),
    });
    expect(posted.status).toBe(500);
    const checked = await app.request(`/api/requests/MDJCL-2026-000001?token=${TOKEN}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(checked.status).toBe(500);
    // Outside /api/: the app's own error handler.
    const page = await app.request(`/reports/2025/?token=${TOKEN}`);
    expect(page.status).toBe(500);

    const all = lines.join('');
    for (const secret of secrets) expect(all).not.toContain(secret);
    expect(all).not.toContain('Failing row');

    const failures = records().filter((record) => record.msg === 'request failed');
    expect(failures.map((record) => record.path)).toEqual(['/api/requests', '/api/requests/MDJCL-2026-000001', '/reports/2025/']);
    for (const failure of failures) {
      expect(failure).toMatchObject({ level: 50, err: { type: 'Error', code: '23514', message: expect.stringContaining('violates check') } });
      expect((failure.err as { stack: string }).stack).toMatch(/\n\s+at /);
    }
  });

  it('writes one line per request: method, path without the query, status and milliseconds', async () => {
    const { logger, records } = capture();
    const app = createApp({ distDir: dist, db, logger });
    await app.request(`/api/requests/MDJCL-2026-000009?token=${TOKEN}`);
    await app.request('/guides/?from=qr');
    const requests = records().filter((record) => record.msg === 'request');
    expect(requests).toEqual([
      expect.objectContaining({ level: 30, method: 'GET', path: '/api/requests/MDJCL-2026-000009', status: 404, ms: expect.any(Number) }),
      expect.objectContaining({ level: 30, method: 'GET', path: '/guides/', status: 200, ms: expect.any(Number) }),
    ]);
    expect(JSON.stringify(requests)).not.toContain(TOKEN);
  });

  it('redacts personal fields and secret headers by their names, at the top level and one level down', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        name: person.name,
        applicant: { idNumber: person.idNumber, phone: person.phone, phoneE164: '+8613912345678', email: EMAIL, password: 'correct horse battery' },
        statusToken: TOKEN,
        req: { headers: { cookie: `staff=${TOKEN}`, authorization: `Bearer ${TOKEN}` } },
        reference: 'MDJCL-2026-000001',
      },
      'something happened',
    );
    const [line] = lines;
    for (const secret of [...secrets, 'correct horse battery']) expect(line).not.toContain(secret);
    expect(JSON.parse(line!)).toMatchObject({ name: '[redacted]', applicant: { idNumber: '[redacted]', phone: '[redacted]', phoneE164: '[redacted]' }, reference: 'MDJCL-2026-000001' });
  });

  it('scrubs quoted values, e-mail addresses, long numbers, Chinese text and tokens from free text', () => {
    expect(scrubText('duplicate key value (name)=("张三") for 11010519491231002X, call 139 1234 5678 or a@b.cn, /x?token=abc&y=1')).toBe(
      'duplicate key value (name)=("[quoted]") for [number], call [number] or [email], /x?token=[redacted]&y=1',
    );
    expect(scrubText(`Unexpected token 'a', "abc" is not valid JSON`)).toBe('Unexpected token "[quoted]", "[quoted]" is not valid JSON');
    expect(scrubText('    at handler (/srv/app/server/requests/api.ts:120:15)')).toBe('    at handler (/srv/app/server/requests/api.ts:120:15)');
  });

  it('takes its level from LOG_LEVEL, info by default, and says which levels there are', () => {
    expect(logLevelFrom({})).toBe('info');
    expect(logLevelFrom({ LOG_LEVEL: 'WARN' })).toBe('warn');
    expect(() => logLevelFrom({ LOG_LEVEL: 'loud' })).toThrow('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; it is "loud".');
  });
});
