import { describe, expect, it } from 'vitest';
import { publishedHref } from '../../src/addresses/addresses.ts';
import type { PublishedOverlay } from '../../src/content/published.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { readShipped } from './shipped.ts';
import { CONTENT_TABLES, type ContentTest, contentTestFile, notice, staffMember, useContentTest } from './test-content.ts';

contentTestFile();

const english = {
  title: 'Notice on the 2026 employment security fund',
  category: 'policy',
  issuer: 'Test City Disabled Persons’ Federation',
  date: '2026-03-02',
  summary: 'Levied on last year’s total wages.',
  body: '## Rate\n\nLevied on last year’s total wages.\n',
};

describe.each(testDatabases())('the published overlay, on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let t: ContentTest['t'];
  let shippedDir: string;
  useContentTest(open, (made) => ({ db, dist, t, shippedDir } = made), `${CONTENT_TABLES}, published_reports`);
  const overlay = async (locale?: 'zh-Hant' | 'en') => (await (await t.app.request(publishedHref(locale))).json()) as PublishedOverlay;

  it('is empty before staff publish anything, and revalidated with its ETag', async () => {
    const first = await t.app.request(publishedHref());
    expect(first.status).toBe(200);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    expect(first.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await first.json()).toEqual({ disclosure: [], guides: [], answers: [], withdrawn: { disclosure: [], guides: [], answers: [] } });
    const tag = first.headers.get('ETag')!;
    expect(tag).toMatch(/^"[\w-]+"$/);
    const again = await t.app.request(publishedHref(), { headers: { 'If-None-Match': `W/${tag}` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    // Publishing changes the answer, and so its tag: the old tag no longer matches.
    const admin = await staffMember(db, t.app, '管理员');
    await admin.saveDraft(notice);
    await admin.publish('disclosure', notice.slug);
    const changed = await t.app.request(publishedHref(), { headers: { 'If-None-Match': tag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).not.toBe(tag);
  });

  it('lists a published notice as the build lists its items, in each language', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    expect((await admin.saveDraft({ ...notice, english })).status).toBe(201);
    expect((await admin.publish('disclosure', notice.slug)).status).toBe(200);
    const entry = { slug: notice.slug, category: 'policy', date: '2026-03-02', href: `/disclosure/${notice.slug}/` };

    expect((await overlay()).disclosure).toEqual([{ ...entry, title: notice.title, summary: notice.summary, lang: 'zh-Hans' }]);
    const traditional = (await overlay('zh-Hant')).disclosure[0]!;
    expect(traditional).toMatchObject({ ...entry, lang: 'zh-Hant', title: '關於2026年殘疾人就業保障金徵收的通知' });
    expect((await overlay('en')).disclosure).toEqual([{ ...entry, title: english.title, summary: english.summary, lang: 'en' }]);
  });

  it('gives the Chinese entry, marked, in English when staff wrote no English', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    await admin.saveDraft(notice);
    await admin.publish('disclosure', notice.slug);
    expect((await overlay('en')).disclosure[0]).toMatchObject({ title: notice.title, lang: 'zh-Hans' });
  });

  it('lists an annual report published from the console that the build lacks, in simplified Chinese at its one address', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    // The report's figures are not this test's business: any published row makes the year public.
    await db.query(
      `INSERT INTO published_reports (year, figures, overview, problems, other_matters, published_at, published_by) VALUES (2025, '{}', '', '', '', $1, $2)`,
      ['2026-03-01T02:00:00Z', admin.id],
    );
    const report = { slug: '2025', category: 'reports', date: '2026-03-01', lang: 'zh-Hans', href: '/reports/2025/', chineseOnly: true };
    expect((await overlay()).disclosure).toEqual([expect.objectContaining(report)]);
    expect((await overlay('en')).disclosure).toEqual([expect.objectContaining({ ...report, title: expect.stringContaining('2025') })]);
  });

  it('lists an edited shipped guide under its slug, and names withdrawn items, which it no longer lists', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    const shipped = readShipped('guides', 'test-pass', shippedDir)!;
    await admin.saveDraft({ collection: 'guides', slug: 'test-pass', ...shipped.fields, title: '新的测试乘车证', body: shipped.body });
    expect((await admin.publish('guides', 'test-pass')).status).toBe(200);
    expect((await overlay()).guides).toEqual([{ slug: 'test-pass', title: '新的测试乘车证', summary: '测试用的指南。', order: 2, lang: 'zh-Hans' }]);

    await admin.saveDraft(notice);
    await admin.publish('disclosure', notice.slug);
    expect((await admin.withdraw('disclosure', notice.slug, { reason: '文件有误' })).status).toBe(200);
    expect((await admin.withdraw('guides', 'test-pass', { reason: '已停办' })).status).toBe(200);
    const after = await overlay('en');
    expect(after).toEqual({ disclosure: [], guides: [], answers: [], withdrawn: { disclosure: [notice.slug], guides: ['test-pass'], answers: [] } });
  });
});
