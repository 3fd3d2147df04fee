import { afterAll, describe, expect, it } from 'vitest';
import { person } from '../../src/requests/rules/test-requests.ts';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { useTestDatabase } from '../test/database.ts';
import { removeFixtures } from '../test/fixture-dist.ts';

afterAll(removeFixtures);

const KEY = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const formBody = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe.each(testDatabases())('the request form without JavaScript, on $name', ({ open }) => {
  let db: Database;
  let dist: string;

  useTestDatabase(open, 'request_events, requests, request_counters, sign_in_failures, request_allowances', (opened) => ({ db, dist } = opened));

  const app = (requestsPerMinute = 1000) =>
    createApp({ distDir: dist, db, now: () => new Date('2026-02-06T01:30:00Z'), clientAddress: () => '192.0.2.1', requestsPerMinute });
  const post = (server: ReturnType<typeof createApp>, step: string, fields: Record<string, string>, prefix = '') =>
    server.request(`${prefix}/request/${step}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: formBody(fields),
    });

  it('answers an empty step with its errors, "错误：" in the title, no script, and nothing stored', async () => {
    const response = await post(app(), 'applicant', {});
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<title>错误：申请人信息');
    expect(html).toContain('<a href="#name">输入姓名</a>');
    expect(html).not.toContain('<script type="module"');
    expect((await db.query('SELECT 1 FROM requests')).length).toBe(0);
  });

  it('carries the answers so far to the next step in hidden fields', async () => {
    const response = await post(app(), 'applicant', { applicantType: 'person', name: '张三', idType: 'resident-id', idNumber: person.idNumber, idempotencyKey: KEY });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<h1[^>]*>您想获取的信息<\/h1>/);
    expect(html).toContain('<input type="hidden" name="name" value="张三"');
    expect(html).toContain(`<input type="hidden" name="idempotencyKey" value="${KEY}"`);
  });

  it('stores the request once however many times the check page is sent, and shows its reference', async () => {
    const server = app();
    const answers = { ...person, idempotencyKey: KEY };
    const first = await post(server, 'check', answers);
    const again = await post(server, 'check', answers);
    expect(first.status).toBe(201);
    const reference = /MDJCL-2026-\d{6}/.exec(await first.text())?.[0];
    expect(reference).toBeDefined();
    expect(await again.text()).toContain(reference!);
    expect((await db.query('SELECT 1 FROM requests')).length).toBe(1);
  });

  it('without JavaScript too, takes a Taiwan resident’s permit and +886 number, and refuses a number no country has', async () => {
    const server = app();
    const contact = { ...person, idType: 'taiwan-travel-permit', idNumber: '12345678', idempotencyKey: KEY };
    const wrong = await post(server, 'contact', { ...contact, phone: '+886 912' });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('境外电话以 + 和国家或地区代码开头');
    expect((await post(server, 'contact', { ...contact, phone: '+886 912 345 678' })).status).toBe(200);
    expect((await post(server, 'check', { ...contact, phone: '+886 912 345 678' })).status).toBe(201);
    expect(await db.query('SELECT id_type, phone, phone_e164 FROM requests')).toEqual([
      { id_type: 'taiwan-travel-permit', phone: '+886 912 345 678', phone_e164: '+886912345678' },
    ]);
  });

  it('shares the rate limit with the API, and keeps the answers on the page it refuses', async () => {
    const server = app(1);
    expect((await post(server, 'check', { ...person, idempotencyKey: KEY })).status).toBe(201);
    const refused = await post(server, 'check', { ...person, description: '另一份申请', idempotencyKey: '7f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(await refused.text()).toContain('name="description" value="另一份申请"');
    expect((await db.query('SELECT 1 FROM requests')).length).toBe(1);
  });

  it('answers in the language of the page the form was sent from, and keeps the next step in that language', async () => {
    const traditional = await (await post(app(), 'applicant', {}, '/zh-Hant')).text();
    expect(traditional).toContain('<title>錯誤：');
    expect(traditional).toContain('<a href="#name">輸入姓名</a>');
    expect(traditional).toContain('action="/zh-Hant/request/applicant/"');

    const english = await post(app(), 'applicant', { applicantType: 'person', name: 'Zhang San', idType: 'resident-id', idNumber: person.idNumber }, '/en');
    expect(english.status).toBe(200);
    expect(await english.text()).toContain('action="/en/request/details/"');
    const englishErrors = await (await post(app(), 'contact', { phone: '' }, '/en')).text();
    expect(englishErrors).toContain('<a href="#phone">Enter a phone number</a>');
  });

  it('shows the English confirmation with English punctuation after its labels', async () => {
    const response = await post(app(), 'check', { ...person, locale: 'en', idempotencyKey: KEY }, '/en');
    expect(response.status).toBe(201);
    const html = await response.text();
    expect(html).toContain('<title>Request sent - Open Information</title>');
    expect(html).toMatch(/<p>Reference number: <strong>MDJCL-2026-\d{6}<\/strong><\/p>/);
    expect(html).toMatch(/<p>Reply due by: \d{4}-\d{2}-\d{2}<\/p>/);
    expect(html).not.toContain('：');

    const chinese = await (await post(app(), 'check', { ...person, idempotencyKey: '8f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f' })).text();
    expect(chinese).toMatch(/<p>受理编号：<strong>MDJCL-2026-\d{6}<\/strong><\/p>/);
  });

  it('carries typed text exactly, however much it looks like a replacement pattern', async () => {
    const name = 'A$`B $& $1 $$';
    const step = await (await post(app(), 'applicant', { applicantType: 'person', name, idType: 'resident-id', idNumber: person.idNumber, idempotencyKey: KEY })).text();
    expect(step).toContain('<input type="hidden" name="name" value="A$`B $&amp; $1 $$"/>');
    const check = await post(app(), 'contact', { ...person, name, idempotencyKey: KEY });
    expect(check.status).toBe(200);
    const html = await check.text();
    expect(html).toContain('<dd>A$`B $&amp; $1 $$</dd>');
    expect(html).toContain('<input type="hidden" name="name" value="A$`B $&amp; $1 $$"/>');
    for (const page of [step, html]) {
      expect(page.match(/<h1\b/g)).toHaveLength(1);
      expect(page.match(/<form\b/g)).toHaveLength(1);
      expect(page.match(/<\/html>/g)).toHaveLength(1);
    }
  });
});
