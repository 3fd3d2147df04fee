import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { searchIndexHref } from '../../src/addresses/addresses.ts';
import { locales } from '../../src/i18n/locales.ts';
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { readShipped } from './shipped.ts';
import { type ContentTest, contentTestFile, notice, staffMember, useContentTest } from './test-content.ts';

contentTestFile();

const english = {
  title: 'Notice on the 2026 employment security fund',
  category: 'policy',
  issuer: 'Test City Disabled Persons’ Federation',
  date: '2026-03-02',
  summary: 'The 2026 fund is levied on last year’s total wages; returns are due by 30 June.',
  body: '## Rate\n\nLevied on last year’s total wages.\n',
};

/** The text of a page without its tags: what a reader without JavaScript gets. */
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '');

describe.each(testDatabases())('published items on the public site, on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let t: ContentTest['t'];
  let shippedDir: string;
  useContentTest(open, (made) => ({ db, dist, t, shippedDir } = made));
  const get = (path: string) => t.app.request(path);

  /** The notice through every review step, one person each: the credits the page must show. */
  async function publishReviewed(body: Record<string, unknown>) {
    const writer = await staffMember(db, t.app, '王撰稿', ['writer']);
    const proofreader = await staffMember(db, t.app, '李校对', ['proofreader']);
    const first = await staffMember(db, t.app, '张一审', ['first-reviewer']);
    const second = await staffMember(db, t.app, '刘二审', ['second-reviewer']);
    const third = await staffMember(db, t.app, '陈三审', ['third-reviewer']);
    expect((await writer.saveDraft(body)).status).toBe(201);
    for (const [member, input] of [[writer, {}], [proofreader, {}], [first, { confidentialityChecked: true }], [second, {}], [third, {}]] as const) {
      expect((await member.publish('disclosure', notice.slug, input)).status).toBe(200);
    }
  }

  it('serves a reviewed notice at its address in every language, readable without JavaScript, with its issuer, credits and QR code', async () => {
    expect((await get(`/disclosure/${notice.slug}/`)).status).toBe(404);
    await publishReviewed({ ...notice, english });

    const page = await get(`/disclosure/${notice.slug}/`);
    expect(page.status).toBe(200);
    const slashless = await get(`/en/disclosure/${notice.slug}`);
    expect(slashless.status).toBe(301);
    expect(slashless.headers.get('Location')).toBe(`/en/disclosure/${notice.slug}/`);
    expect(page.headers.get('Cache-Control')).toBe('no-cache');
    const html = await page.text();
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain(`<title>${notice.title} - `);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    // Everything is in the HTML, and the app hydrates the same item: the page embeds it as rendered, and the overlay.
    expect(html).toMatch(/<script type="module"[^>]* src="\/assets\/app-abc123.js"/);
    const embedded = JSON.parse(/<script type="application\/json" id="published-item">([^<]*)<\/script>/.exec(html)![1]!);
    expect(embedded).toMatchObject({ collection: 'disclosure', item: { slug: notice.slug, title: notice.title, lang: 'zh-Hans' } });
    expect(embedded.item.html).toContain('<h2>征收标准</h2>');
    expect(embedded.credits.credits.map((credit: { name: string }) => credit.name)).toEqual(['王撰稿', '李校对', '张一审', '刘二审', '陈三审']);
    const overlay = JSON.parse(/<script type="application\/json" id="published-overlay">([^<]*)<\/script>/.exec(html)![1]!);
    expect(overlay.disclosure.map((entry: { href: string }) => entry.href)).toEqual([`/disclosure/${notice.slug}/`]);
    const words = text(html);
    expect(words).toContain('发布机构测试市残疾人联合会');
    expect(words).toContain('来源测试市残疾人联合会撰稿王撰稿校对李校对一审张一审二审刘二审三审陈三审');
    expect(words).toContain('测残联〔2026〕3号');
    // The body's Markdown, rendered as the build renders it.
    expect(html).toContain('<h2>征收标准</h2>');
    expect(html).toContain(`src="/qr/disclosure/${notice.slug}.svg"`);
    const qr = await get(`/qr/disclosure/${notice.slug}.svg`);
    expect(qr.status).toBe(200);
    expect(qr.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(await qr.text()).toMatch(/^<svg/);

    const traditional = await (await get(`/zh-Hant/disclosure/${notice.slug}/`)).text();
    expect(traditional).toContain('<html lang="zh-Hant">');
    // Converted as the build converts: characters and the reviewed phrase corrections.
    expect(traditional).toContain('關於2026年殘疾人就業保障金徵收的通知');
    expect(text(traditional)).toContain('來源測試市殘疾人聯合會撰稿王撰稿校對李校對一審張一審');
    expect(traditional).toContain('<h2>徵收標準</h2>');
    expect((await get(`/qr/zh-Hant/disclosure/${notice.slug}.svg`)).status).toBe(200);

    const inEnglish = await (await get(`/en/disclosure/${notice.slug}/`)).text();
    expect(inEnglish).toContain('<html lang="en">');
    expect(inEnglish).toContain('<h1 class="page-title">Notice on the 2026 employment security fund</h1>');
    expect(inEnglish).toContain('<h2>Rate</h2>');
    expect(text(inEnglish)).toContain('SourceTest City Disabled Persons’ Federation');
    expect(text(inEnglish)).toContain('Written by王撰稿Proofread by李校对First review张一审');
    expect(inEnglish).not.toContain('has not been translated');
  });

  it('marks the English page untranslated when staff wrote no English, and a repealed document repealed', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    await admin.saveDraft({ ...notice, repealed: '2026-06-30' });
    expect((await admin.publish('disclosure', notice.slug)).status).toBe(200);

    const inEnglish = await (await get(`/en/disclosure/${notice.slug}/`)).text();
    expect(inEnglish).toContain('This page has not been translated into English yet.');
    expect(inEnglish).toContain(`<h1 class="page-title" lang="zh-Hans">${notice.title}</h1>`);
    expect(text(inEnglish)).toContain('Repealed on2026-06-30');
    expect(text(await (await get(`/disclosure/${notice.slug}/`)).text())).toContain('已废止2026-06-30');
    // Published without review: nobody to credit.
    expect(text(await (await get(`/disclosure/${notice.slug}/`)).text())).not.toContain('撰稿');
  });

  it('serves a shipped guide staff edited from the database, not from its stale prerendered file', async () => {
    const stale = join(dist, 'guides', 'test-pass');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, 'index.html'), '<!doctype html><title>测试乘车证</title><h1>旧的测试乘车证</h1>');
    try {
      expect(await (await get('/guides/test-pass/')).text()).toContain('旧的测试乘车证');
      const admin = await staffMember(db, t.app, '管理员');
      const shipped = readShipped('guides', 'test-pass', shippedDir)!;
      const edited = { collection: 'guides', slug: 'test-pass', ...shipped.fields, steps: ['在网上申请。'], body: shipped.body, english: { ...shipped.english!.fields, body: shipped.english!.body } };
      expect((await admin.saveDraft(edited)).status).toBeLessThan(300);
      // The first draft imports the shipped file as the live version: the page is the file's text, from the
      // database; the draft is not public.
      const imported = await (await get('/guides/test-pass/')).text();
      expect(imported).not.toContain('旧的测试乘车证');
      expect(imported).toContain('到市残联申请。');
      expect(imported).not.toContain('在网上申请。');
      const published = await admin.publish('guides', 'test-pass');
      expect(published.status, JSON.stringify(await published.clone().json())).toBe(200);

      const html = await (await get('/guides/test-pass/')).text();
      expect(html).not.toContain('旧的测试乘车证');
      expect(html).toContain('<h1 class="page-title">测试乘车证</h1>');
      expect(html).toContain('在网上申请。');
      expect(html).toContain('<p>第一段。</p>');
      // The shipped English came along with the import.
      expect(await (await get('/en/guides/test-pass/')).text()).toContain('<h1 class="page-title">Test bus pass</h1>');
      // The rest of the site is the build's.
      expect((await get('/guides/bus-pass/')).status).toBe(200);
      expect(await (await get('/guides/bus-pass/')).text()).toContain('携带残疾人证到服务大厅办理');
    } finally {
      rmSync(stale, { recursive: true, force: true });
    }
  });

  it('answers 410 for a withdrawn item, in the address’s language, saying when (China date), a shipped one too', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    await admin.saveDraft(notice);
    await admin.publish('disclosure', notice.slug);
    // 07:30 on 4 March in China: the 4th, not the 3rd (UTC).
    t.setTime('2026-03-03T23:30:00Z');
    await admin.signInAgain();
    expect((await admin.withdraw('disclosure', notice.slug, { reason: '文件有误' })).status).toBe(200);

    const gone = await get(`/disclosure/${notice.slug}/`);
    expect(gone.status).toBe(410);
    const html = await gone.text();
    expect(html).toContain('<html lang="zh-Hans">');
    expect(text(html)).toContain('这一页的信息已于2026-03-04撤回，不再公开。');
    expect(html).not.toContain(notice.title);
    expect(html).not.toContain('文件有误');
    const traditional = await get(`/zh-Hant/disclosure/${notice.slug}/`);
    expect(traditional.status).toBe(410);
    expect(text(await traditional.text())).toContain('這一頁的信息已於2026-03-04撤回');
    const inEnglish = await get(`/en/disclosure/${notice.slug}/`);
    expect(inEnglish.status).toBe(410);
    expect(text(await inEnglish.text())).toContain('withdrawn on 2026-03-04');
    expect((await get(`/qr/disclosure/${notice.slug}.svg`)).status).toBe(404);

    // A shipped guide withdrawn without ever being edited: its prerendered file is no longer served.
    const built = join(dist, 'guides', 'test-pass');
    mkdirSync(built, { recursive: true });
    writeFileSync(join(built, 'index.html'), '<!doctype html><title>测试乘车证</title><h1>测试乘车证</h1>');
    try {
      expect((await admin.withdraw('guides', 'test-pass', { reason: '已停办' })).status).toBe(200);
      const shipped = await get('/en/guides/test-pass/');
      expect(shipped.status).toBe(410);
      expect(text(await shipped.text())).toContain('withdrawn on 2026-03-04');
    } finally {
      rmSync(built, { recursive: true, force: true });
    }
  });

  it('lists a published item in the sitemap and the no-JavaScript search of each language, and a withdrawn one in neither', async () => {
    // The build's sitemap and search indexes, as build/site-files/plugin.ts writes them: a shipped guide in each.
    const sitemapFile = join(dist, 'sitemap.xml');
    const builtSitemap = readFileSync(sitemapFile, 'utf8');
    const shippedUrls = ['/guides/test-pass/', '/zh-Hant/guides/test-pass/', '/en/guides/test-pass/'];
    writeFileSync(
      sitemapFile,
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://example.test/</loc></url>\n${shippedUrls.map((path) => `  <url><loc>https://example.test${path}</loc></url>\n`).join('')}</urlset>\n`,
    );
    const indexes = locales.map((locale) => join(dist, searchIndexHref(locale).slice(1)));
    for (const [i, file] of indexes.entries()) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ lang: locales[i], entries: [{ href: '/guides/test-pass/', title: '测试乘车证', summary: '测试用的指南。', section: 'guides', text: '' }] }));
    }
    const found = async (path: string, q: string) => {
      const html = await (await get(`${path}?q=${encodeURIComponent(q)}`)).text();
      const results = /<ol class="item-list">(.*?)<\/ol>/s.exec(html.slice(html.indexOf('class="search-results"')))?.[1] ?? '';
      return [...results.matchAll(/<li><a href="([^"]+)"/g)].map(([, href]) => href);
    };
    try {
      const admin = await staffMember(db, t.app, '管理员');
      await admin.saveDraft({ ...notice, english });
      await admin.publish('disclosure', notice.slug);

      const sitemap = await get('/sitemap.xml');
      expect(sitemap.headers.get('Cache-Control')).toBe('no-cache');
      const urls = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url);
      for (const path of [`/disclosure/${notice.slug}/`, `/zh-Hant/disclosure/${notice.slug}/`, `/en/disclosure/${notice.slug}/`]) {
        expect(urls.filter((url) => url === `https://example.test${path}`)).toHaveLength(1);
      }

      // By its title, and by its summary, in each language.
      expect(await found('/search/', '就业保障金征收')).toEqual([`/disclosure/${notice.slug}/`]);
      expect(await found('/search/', '申报截止')).toEqual([`/disclosure/${notice.slug}/`]);
      expect(await found('/zh-Hant/search/', '就業保障金徵收')).toEqual([`/zh-Hant/disclosure/${notice.slug}/`]);
      // Either script finds it, as in the build's index.
      expect(await found('/zh-Hant/search/', '就业保障金')).toEqual([`/zh-Hant/disclosure/${notice.slug}/`]);
      expect(await found('/en/search/', 'employment security fund')).toEqual([`/en/disclosure/${notice.slug}/`]);
      expect(await found('/en/search/', 'total wages')).toEqual([`/en/disclosure/${notice.slug}/`]);
      expect(await found('/search/', '测试乘车证')).toEqual(['/guides/test-pass/']);

      await admin.withdraw('disclosure', notice.slug, { reason: '文件有误' });
      await admin.withdraw('guides', 'test-pass', { reason: '已停办' });
      const after = await (await get('/sitemap.xml')).text();
      expect(after).not.toContain(notice.slug);
      expect(after).not.toContain('test-pass');
      expect(after).toContain('<loc>https://example.test/</loc>');
      expect(await found('/search/', '就业保障金征收')).toEqual([]);
      expect(await found('/search/', '测试乘车证')).toEqual([]);
    } finally {
      writeFileSync(sitemapFile, builtSitemap);
      for (const file of indexes) rmSync(file, { force: true });
    }
  });

  it('keeps a published item’s page within 14 KB gzipped, with its critical CSS', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    await admin.saveDraft({ ...notice, english: { ...english, body: english.body.repeat(8) }, body: notice.body.repeat(8) });
    await admin.publish('disclosure', notice.slug);
    for (const path of [`/disclosure/${notice.slug}/`, `/zh-Hant/disclosure/${notice.slug}/`, `/en/disclosure/${notice.slug}/`]) {
      const response = await get(path);
      expect(response.status).toBe(200);
      const html = await response.text();
      // The whole notice is on the page: the budget is measured on what a reader gets.
      expect(html.match(/<h2>(征收标准|徵收標準|Rate)<\/h2>/g)).toHaveLength(8);
      expect(html).toMatch(/<style>[^<]{500,}<\/style>/);
      expect(gzipSync(html).length).toBeLessThanOrEqual(14 * 1024);
    }
  });
});
