import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { useTestDatabase } from '../test/database.ts';
import { removeFixtures } from '../test/fixture-dist.ts';
import { BUILD_LISTS_FILE } from '../../build/content/plugin.ts';

afterAll(removeFixtures);

const KEY = '2b7c1d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const question = { topic: 'accessibility', kind: 'suggestion', text: '指南页的字太小，放大后表格看不全。', answerBy: 'phone' };
const guide = { slug: 'bus-pass', title: '残疾人免费乘车', summary: '', order: 1, lang: 'zh-Hans' };

/** The build's lists, as the build writes them: the titles that name the page a question is asked from. */
function writeLists(dist: string) {
  const lists = (title: string) => ({ guides: [{ ...guide, title }], disclosure: [], home: { guides: [], latest: [] } });
  mkdirSync(join(dist, '.vite'), { recursive: true });
  writeFileSync(join(dist, BUILD_LISTS_FILE), JSON.stringify({ 'zh-Hans': lists('残疾人免费乘车'), 'zh-Hant': lists('殘疾人免費乘車'), en: lists('Free bus travel') }));
}

describe.each(testDatabases())('the /ask/ form without JavaScript, on $name', ({ open }) => {
  let db: Database;
  let dist: string;

  useTestDatabase(open, 'questions, question_counters, request_allowances', (opened) => ({ db, dist } = opened));
  beforeAll(() => writeLists(dist));

  const app = (requestsPerMinute = 1000) =>
    createApp({ distDir: dist, db, now: () => new Date('2026-12-01T01:30:00Z'), clientAddress: () => '192.0.2.1', requestsPerMinute });
  const post = (server: ReturnType<typeof createApp>, body: string | Record<string, string>, prefix = '', type = 'application/x-www-form-urlencoded') =>
    server.request(`${prefix}/ask/`, { method: 'POST', headers: { 'Content-Type': type }, body: typeof body === 'string' ? body : new URLSearchParams(body).toString() });
  const count = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM questions'))[0]!.n;

  it('stores one question from two identical posts (a double press, a refresh), and shows its reference each time', async () => {
    const server = app();
    // The key comes with the form, made for this visit: the prerendered page could only carry one for everyone.
    const form = await server.request('/ask/');
    expect(form.headers.get('Cache-Control')).toBe('no-store');
    const html0 = await form.text();
    const key = /name="idempotencyKey" value="([0-9a-f-]{36})"/.exec(html0)?.[1];
    expect(key).toBeDefined();
    expect(/name="idempotencyKey" value="([0-9a-f-]{36})"/.exec(await (await server.request('/ask/')).text())?.[1]).not.toBe(key);
    const first = await post(server, { ...question, idempotencyKey: key! });
    const again = await post(server, { ...question, idempotencyKey: key! });
    expect(first.status).toBe(201);
    const html = await first.text();
    expect(html).toMatch(/<h1[^>]*>您的留言已收到<\/h1>/);
    const reference = /MDJCLZX-2026-\d{6}/.exec(html)?.[0];
    expect(reference).toBe('MDJCLZX-2026-000001');
    expect(await again.text()).toContain(reference);
    expect(await count()).toBe(1);
  });

  it('re-renders the errors in the person’s language with everything typed, and the key to send it once', async () => {
    const response = await post(app(), { text: '字太小', answerBy: 'email', name: '李四' }, '/en');
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<title>Error: Ask a question or make a suggestion');
    expect(html).toContain('<a href="#topic">Select what your question or suggestion is about</a>');
    expect(html).toContain('<a href="#contact">Enter an email address: you chose to receive the answer by email</a>');
    // The answers others were given, before asking again.
    expect(html).toContain('<a class="standalone-link" href="/en/ask/answers/">Read the answers to questions we have published</a>');
    expect(html).toMatch(/<textarea[^>]*name="text"[^>]*>字太小<\/textarea>/);
    expect(html).toMatch(/name="answerBy" value="email" checked/);
    expect(html).toContain('name="name" type="text" value="李四"');
    const key = /name="idempotencyKey" value="([0-9a-f-]{36})"/.exec(html)?.[1];
    expect(key).toBeDefined();
    expect(html).not.toContain('<script type="module"');
    expect(await count()).toBe(0);

    // Corrected and sent twice with the key the page carried: one question.
    const corrected = { topic: 'other', kind: 'question', text: '字太小', answerBy: 'email', name: '李四', contact: 'li@example.com', idempotencyKey: key! };
    expect((await post(app(), corrected, '/en')).status).toBe(201);
    expect((await post(app(), corrected, '/en')).status).toBe(201);
    expect(await db.query('SELECT locale, contact FROM questions')).toEqual([{ locale: 'en', contact: 'li@example.com' }]);
  });

  it.each([
    ['an unknown topic and a text holding a NUL', 'topic=fees&kind=question&text=%00x&answerBy=phone', 'application/x-www-form-urlencoded', 422],
    ['no fields at all', '', 'application/x-www-form-urlencoded', 422],
    ['a page on another site', new URLSearchParams({ ...question, page: '//evil.example/' }).toString(), 'application/x-www-form-urlencoded', 422],
    ['JSON', JSON.stringify(question), 'application/json', 422],
    ['multipart without a boundary', 'x', 'multipart/form-data', 400],
    ['more than the body limit', `text=${'字'.repeat(300_000)}`, 'application/x-www-form-urlencoded', 413],
  ])('answers %s with a 4xx, never a 5xx, and stores nothing', async (_, body, type, status) => {
    const response = await post(app(), body, '', type);
    expect(response.status).toBe(status);
    expect(await response.text()).toContain('<!doctype html>');
    expect(await count()).toBe(0);
  });

  it('for an answer read on this phone, gives a status page to bookmark, in the person’s language, only with its token', async () => {
    const server = app();
    const sent = await (await post(server, { ...question, idempotencyKey: KEY }, '/zh-Hant')).text();
    const link = /href="(\/zh-Hant\/ask\/status\/MDJCLZX-2026-000001\/\?token=[A-Za-z0-9_-]{43})"/.exec(sent)?.[1];
    expect(link).toBeDefined();
    const status = await server.request(link!.replaceAll('&amp;', '&'));
    expect(status.status).toBe(200);
    expect(status.headers.get('Cache-Control')).toBe('no-store');
    const html = await status.text();
    expect(html).toMatch(/<h1[^>]*>留言 MDJCLZX-2026-000001<\/h1>/);
    expect(html).toContain('已收到，正在處理');
    expect((await server.request('/zh-Hant/ask/status/MDJCLZX-2026-000001/?token=wrong')).status).toBe(404);
    expect((await server.request('/zh-Hant/ask/status/MDJCLZX-2026-000001/')).status).toBe(404);
  });

  it('names the guide a question is asked from by the site’s own title, in the page’s language, never the query’s', async () => {
    const named = await app().request('/en/ask/?page=%2Fguides%2Fbus-pass%2F');
    expect(named.status).toBe(200);
    // For this visit only: the service worker must not keep it as /en/ask/ (src/service-worker/pages.ts).
    expect(named.headers.get('Cache-Control')).toBe('no-store');
    const html = await named.text();
    expect(html).toContain('About: Free bus travel');
    expect(html).toContain('<input type="hidden" name="page" value="/guides/bus-pass/"/>');
    expect(html).toMatch(/name="topic" value="guide" checked/);
    const unknown = await app().request('/en/ask/?page=%2Fguides%2F%3Cb%3Eyou-won%3C%2Fb%3E%2F');
    expect(await unknown.text()).not.toContain('you-won');
  });
});
