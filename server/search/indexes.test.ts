import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAllContent } from '../../build/content/source.ts';
import { buildSearchIndex } from '../../build/site-files/search-index.ts';
import { searchIndexHref } from '../../src/addresses/addresses.ts';
import { type Locale, locales } from '../../src/i18n/locales.ts';
import { search, type SearchIndex } from '../../src/search/search.ts';
import { readShipped } from '../content/shipped.ts';
import { CONTENT_START, CONTENT_TABLES, contentTestApp, contentTestFile, notice, shippedFolder, staffMember } from '../content/test-content.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { distFiles } from '../http/files.ts';
import { useTestDatabase } from '../test/database.ts';
import { searchIndexes } from './indexes.ts';

contentTestFile();

const english = {
  title: 'Notice on the 2026 employment security fund',
  category: 'policy',
  issuer: 'Test City Disabled Persons’ Federation',
  date: '2026-03-02',
  summary: 'The 2026 fund is levied on last year’s total wages; returns are due by 30 June.',
  body: '## Rate\n\nLevied on last year’s total wages.\n',
};

describe.each(testDatabases())('the search index files with what staff published, on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  useTestDatabase(open, CONTENT_TABLES, (opened) => ({ db, dist } = opened));

  let t: ReturnType<typeof contentTestApp>;
  let shippedDir: string;
  let files: string[];
  beforeEach(() => {
    shippedDir = shippedFolder();
    // The build's index files, as build/site-files/plugin.ts writes them, from the test's shipped guide test-pass.
    for (const section of ['disclosure', 'pages', 'reports']) mkdirSync(join(shippedDir, section));
    const content = loadAllContent(shippedDir).byLocale;
    files = locales.map((locale) => {
      const file = join(dist, searchIndexHref(locale).slice(1));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(buildSearchIndex(content[locale], locale)));
      return file;
    });
    t = contentTestApp(db, dist, { start: CONTENT_START, shippedDir });
  });
  afterEach(() => {
    for (const file of files) rmSync(file, { force: true });
  });

  const get = (locale: Locale, headers: Record<string, string> = {}) => t.app.request(searchIndexHref(locale), { headers });
  /** The index the app's search downloads in `locale`. */
  const indexOf = async (locale: Locale) => (await (await get(locale)).json()) as SearchIndex;
  /** What the app's own search finds in it: the addresses, best first. */
  const found = async (locale: Locale, query: string) => search(await indexOf(locale), query).map((entry) => entry.href);

  it('serves the build’s own file, same bytes and ETag, while staff have published nothing', async () => {
    const built = distFiles(dist);
    for (const locale of locales) {
      const response = await get(locale);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(JSON.stringify(buildSearchIndex(loadAllContent(shippedDir).byLocale[locale], locale)));
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
      const etag = response.headers.get('ETag')!;
      expect(etag).toBe((await built(searchIndexHref(locale)))!.etag);
      expect((await get(locale, { 'If-None-Match': etag })).status).toBe(304);
    }
    expect(await found('zh-Hans', '测试乘车证')).toEqual(['/guides/test-pass/']);
  });

  it('finds a newly published notice by a word of its title in each language, with a new ETag, compressed', async () => {
    const before = (await get('zh-Hans')).headers.get('ETag');
    expect(await found('zh-Hans', '就业保障金')).toEqual([]);
    const admin = await staffMember(db, t.app, '管理员');
    // A notice of a real one's length: the index is then worth compressing.
    const articles = Array.from({ length: 20 }, (_, i) => `第${i + 1}条：用人单位按上年度在职职工工资总额的比例缴纳。`).join('\n\n');
    await admin.saveDraft({ ...notice, body: `${notice.body}\n${articles}\n`, english });
    expect((await admin.publish('disclosure', notice.slug)).status).toBe(200);

    expect(await found('zh-Hans', '就业保障金')).toEqual([`/disclosure/${notice.slug}/`]);
    // Traditional characters, converted as the build converts; either script finds it.
    expect(await found('zh-Hant', '就業保障金')).toEqual([`/disclosure/${notice.slug}/`]);
    expect(await found('zh-Hant', '就业保障金')).toEqual([`/disclosure/${notice.slug}/`]);
    expect((await indexOf('zh-Hant')).entries.find((entry) => entry.href === `/disclosure/${notice.slug}/`)!.title).toContain('徵收');
    // The English the staff wrote, its body's text included.
    expect(await found('en', 'employment security fund')).toEqual([`/disclosure/${notice.slug}/`]);
    expect(await found('en', 'total wages')).toEqual([`/disclosure/${notice.slug}/`]);
    // The shipped guide is still there.
    expect(await found('zh-Hans', '测试乘车证')).toEqual(['/guides/test-pass/']);

    const response = await get('zh-Hans', { 'Accept-Encoding': 'br, gzip' });
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    const etag = response.headers.get('ETag')!;
    expect(etag).not.toBe(before);
    expect(response.headers.get('Content-Encoding')).toBe('br');
    const plain = await (await get('zh-Hans')).text();
    expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(plain);
    const gzipped = await get('zh-Hans', { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString()).toBe(plain);
    expect((await get('zh-Hans', { 'If-None-Match': etag })).status).toBe(304);
    expect((await get('zh-Hans', { 'If-None-Match': before! })).status).toBe(200);
  });

  it('marks a notice without English as Chinese text in the English index', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    await admin.saveDraft(notice);
    await admin.publish('disclosure', notice.slug);
    const entry = (await indexOf('en')).entries.find((candidate) => candidate.href === `/disclosure/${notice.slug}/`)!;
    expect(entry.lang).toBe('zh-Hans');
    expect(await found('en', '就业保障金')).toEqual([`/disclosure/${notice.slug}/`]);
  });

  it('leaves a withdrawn item out at once, a shipped one too', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    await admin.saveDraft(notice);
    await admin.publish('disclosure', notice.slug);
    expect(await found('zh-Hans', '就业保障金')).toEqual([`/disclosure/${notice.slug}/`]);
    const published = (await get('zh-Hans')).headers.get('ETag');

    expect((await admin.withdraw('disclosure', notice.slug, { reason: '文件有误' })).status).toBe(200);
    for (const locale of locales) expect(await found(locale, '就业保障金')).toEqual([]);
    expect((await get('zh-Hans')).headers.get('ETag')).not.toBe(published);

    expect((await admin.withdraw('guides', 'test-pass', { reason: '已停办' })).status).toBe(200);
    for (const locale of locales) expect(await found(locale, '测试乘车证')).toEqual([]);
    expect((await indexOf('en')).entries.map((entry) => entry.href)).not.toContain('/guides/test-pass/');
  });

  it('finds a changed shipped guide by its new text and no longer by its old, in its place', async () => {
    const place = (await indexOf('zh-Hans')).entries.findIndex((entry) => entry.href === '/guides/test-pass/');
    expect(await found('zh-Hans', '第一段')).toEqual(['/guides/test-pass/']);
    const admin = await staffMember(db, t.app, '管理员');
    const shipped = readShipped('guides', 'test-pass', shippedDir)!;
    const edited = {
      collection: 'guides',
      slug: 'test-pass',
      ...shipped.fields,
      body: shipped.body.replace('第一段。', '新的办理地点在市政务服务中心。'),
      english: { ...shipped.english!.fields, body: shipped.english!.body.replace('First paragraph.', 'Now at the city service centre.') },
    };
    expect((await admin.saveDraft(edited)).status).toBeLessThan(300);
    expect((await admin.publish('guides', 'test-pass')).status).toBe(200);

    expect(await found('zh-Hans', '政务服务中心')).toEqual(['/guides/test-pass/']);
    expect(await found('zh-Hans', '第一段')).toEqual([]);
    expect(await found('zh-Hant', '政務服務中心')).toEqual(['/guides/test-pass/']);
    expect(await found('en', 'city service centre')).toEqual(['/guides/test-pass/']);
    expect(await found('en', 'First paragraph')).toEqual([]);
    const entries = (await indexOf('zh-Hans')).entries;
    expect(entries.filter((entry) => entry.href === '/guides/test-pass/')).toHaveLength(1);
    expect(entries.findIndex((entry) => entry.href === '/guides/test-pass/')).toBe(place);
  });

  it('merges once per state of the content store, not per request', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    await admin.saveDraft(notice);
    await admin.publish('disclosure', notice.slug);
    const lists: string[] = [];
    const counting: Database = { ...db, query: (sql, params) => (/content_versions version/.test(sql) && lists.push(sql), db.query(sql, params)) };
    const indexes = searchIndexes({ distDir: dist, db: counting });

    const first = await indexes.current('zh-Hans');
    expect(lists.length).toBeGreaterThan(0);
    const merges = lists.length;
    const again = await indexes.current('zh-Hans');
    expect(again!.file).toBe(first!.file);
    expect(lists).toHaveLength(merges);

    await admin.withdraw('disclosure', notice.slug, { reason: '文件有误' });
    const after = await indexes.current('zh-Hans');
    expect(lists.length).toBeGreaterThan(merges);
    expect(after!.file.etag).not.toBe(first!.file.etag);
    expect(search(after!.index, '就业保障金')).toEqual([]);
  });
});
