import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { renderNarrative } from './markdown.ts';
import { reportPublicRoutes } from './public.tsx';
import { sitemapRoutes } from '../sitemap/sitemap.ts';
import type { StaffEnv } from '../staff/auth.ts';
import { reportStaffRoutes } from './staff.tsx';
import { insertRequest, insertStaff, insertTwoYears } from './test-fixture.ts';

/** The build files the report routes read: the asset manifest, the sitemap, the catalogue facts, 2017's page. */
function fixtureBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'ad-report-'));
  mkdirSync(join(dist, '.vite'));
  mkdirSync(join(dist, 'reports', '2017'), { recursive: true });
  writeFileSync(
    join(dist, '.vite', 'manifest.json'),
    JSON.stringify({ 'src/main.tsx': { file: 'assets/main.js', isEntry: true }, 'style.css': { file: 'assets/style.css' } }),
  );
  writeFileSync(join(dist, 'reports', '2017', 'index.html'), '<!doctype html><title>2017</title>');
  writeFileSync(
    join(dist, 'sitemap.xml'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://example.test/</loc></url>\n  <url><loc>https://example.test/reports/2017/</loc></url>\n</urlset>\n',
  );
  writeFileSync(join(dist, 'reports', 'catalogue.json'), JSON.stringify([{ slug: 'rules', documentKind: 'normative', date: '2025-04-01' }]));
  return dist;
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

const texts = {
  overview: '2025年，市残联按照条例做好政府信息公开工作。\n\n- 按月更新网站',
  problems: '宣传还不够。',
  otherMatters: '无。',
};

describe.each(testDatabases())('the annual report, on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let staffId: number;
  let clock = new Date('2026-02-10T02:00:00Z');

  beforeAll(async () => {
    db = await open();
    dist = fixtureBuild();
    staffId = await insertStaff(db);
  }, 60_000);
  afterAll(async () => {
    await db.close();
    rmSync(dist, { recursive: true, force: true });
  });
  beforeEach(async () => {
    clock = new Date('2026-02-10T02:00:00Z');
    // CASCADE: every table that refers to a request (letters, files, mail, deliveries…) is emptied with it.
    await db.exec('TRUNCATE audit_log, report_drafts, published_reports, requests CASCADE');
  });

  const app = () => {
    const server = new Hono<StaffEnv>();
    server.route(
      '/',
      reportStaffRoutes({
        db,
        now: () => clock,
        distDir: dist,
        requireStaff: async (c, next) => {
          c.set('staff', { id: staffId, name: '王办事员' });
          await next();
        },
      }),
    );
    server.route('/', reportPublicRoutes({ distDir: dist, db }));
    server.route('/', sitemapRoutes({ distDir: dist, db }));
    return server;
  };

  const publish = (year: number, fields = texts) => app().request(`/staff/reports/${year}/`, form({ ...fields, action: 'publish' }));

  it('shows staff the live figures of a year and an empty form for its three texts', async () => {
    await insertTwoYears(db);
    const response = await app().request('/staff/reports/2025/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<h3 class="report-table__heading">三、收到和处理政府信息公开申请情况</h3>');
    expect(html).toContain('<caption id="live-requests-caption" class="visually-hidden">三、收到和处理政府信息公开申请情况</caption>');
    // 一、本年新收, 总计: nine requests received in 2025.
    expect(html).toMatch(/headers="live-requests-row-0-0 live-requests-applicants live-requests-total">9</);
    expect(html).toContain('<textarea class="textarea" id="overview" name="overview"');
    expect(html).not.toContain('<script');
  });

  it('refuses to publish without the texts: 422, "错误：" in the title, what was typed kept, nothing stored', async () => {
    const response = await publish(2025, { overview: '<b>只写了一段</b>', problems: '', otherMatters: ' ' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<title>错误：2025年度报告');
    expect(html).toContain('<a href="#problems">请填写“存在的主要问题及改进情况”；没有内容时写“无”</a>');
    expect(html).toContain('<a href="#otherMatters">');
    expect(html).toContain('&lt;b>只写了一段&lt;/b></textarea>');
    expect(await db.query('SELECT 1 FROM published_reports')).toEqual([]);
    expect(await db.query('SELECT 1 FROM audit_log')).toEqual([]);
  });

  it('refuses a text over the limit, saying by how much, and keeps it for correcting', async () => {
    const long = '残'.repeat(20_003);
    const response = await app().request('/staff/reports/2025/', form({ ...texts, problems: long, action: 'save' }));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('“存在的主要问题及改进情况”超出 3 个字，最多 20000 个字');
    expect(html).toContain(`${long}</textarea>`);
    expect(await db.query('SELECT 1 FROM report_drafts')).toEqual([]);
  });

  it('refuses a year that has not ended, and the historical 2017 report', async () => {
    const current = await publish(2026);
    expect(current.status).toBe(422);
    expect(await current.text()).toContain('2026年还没有结束');
    const historical = await publish(2017);
    expect(historical.status).toBe(422);
    expect(await historical.text()).toContain('2017年的报告是历史页面');
    expect(await db.query('SELECT 1 FROM published_reports')).toEqual([]);
  });

  it('previews the texts rendered, and saves a draft that the page shows again', async () => {
    const preview = await app().request('/staff/reports/2025/', form({ ...texts, overview: '**重点**', action: 'preview' }));
    expect(preview.status).toBe(200);
    expect(await preview.text()).toContain('<strong>重点</strong>');
    expect(await db.query('SELECT 1 FROM report_drafts')).toEqual([]);

    const saved = await app().request('/staff/reports/2025/', form({ ...texts, action: 'save' }));
    expect(await saved.text()).toContain('草稿已保存');
    expect(await (await app().request('/staff/reports/2025/')).text()).toContain('宣传还不够。</textarea>');
  });

  it('publishes a snapshot: the public page, CSV and JSON keep their numbers when late data arrives', async () => {
    await insertTwoYears(db);
    const response = await publish(2025);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/staff/reports/2025/?published');

    // A request received in 2025 is entered late, after publication.
    await insertRequest(db, { kind: 'person', receivedAt: '2025-08-01T02:00:00Z' });

    const page = await app().request('/reports/2025/');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>2025年牡丹江市残疾人联合会政府信息公开工作年度报告 - 残联信息公开</title>');
    expect(html).toContain('<link rel="canonical" href="https://example.test/reports/2025/"/>');
    expect(html).toContain('<link rel="stylesheet" crossorigin="anonymous" href="/assets/style.css" fetchpriority="low"/>');
    // Not hydrated by an app that does not know the year; the display settings still apply before the first paint.
    expect(html).not.toContain('type="module"');
    expect(html).toMatch(/<head><meta charset="utf-8"\/><script>[^<]+<\/script>/);
    // Published in simplified Chinese only: no other language is offered to search engines.
    expect(html).not.toContain('rel="alternate"');
    expect(html).toMatch(/headers="report-requests-row-0-0 report-requests-applicants report-requests-total">9</);
    expect(html).toContain('<li>按月更新网站</li>');
    expect(html).toContain('href="/reports/2025/report.csv"');
    // Part 二 from the build's catalogue facts: one normative document issued in 2025.
    expect(html).toMatch(/headers="report-proactive-normative report-proactive-issued">1</);

    // Its QR code, for printing in the service hall, made for the year's address.
    expect(html).toContain('<img src="/qr/reports/2025.svg"');
    const qr = await app().request('/qr/reports/2025.svg');
    expect(qr.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(await qr.text()).toMatch(/^<svg/);
    expect((await app().request('/qr/reports/2024.svg')).status).toBe(404);

    const json = await (await app().request('/reports/2025/report.json')).json();
    expect(json.figures.requests.received.total).toBe(9);
    expect(json.narrative.problems).toBe('宣传还不够。');

    // The staff page's live figures do see the late request.
    expect(await (await app().request('/staff/reports/2025/')).text()).toMatch(/headers="live-requests-row-0-0 live-requests-applicants live-requests-total">10</);

    // Publishing again replaces the snapshot.
    await publish(2025, { ...texts, problems: '宣传还要加强。' });
    const again = await (await app().request('/reports/2025/report.json')).json();
    expect(again.figures.requests.received.total).toBe(10);
    expect(again.narrative.problems).toBe('宣传还要加强。');
  });

  it('writes who published, when, and the report before and after to the audit trail', async () => {
    await publish(2025);
    clock = new Date('2026-02-11T03:00:00Z');
    await publish(2025, { ...texts, otherMatters: '本年度没有收取费用。' });
    const entries = await db.query<{ staff_id: number; at: Date; action: string; before: Record<string, unknown> | null; after: Record<string, unknown> }>(
      'SELECT staff_id, at, action, before, after FROM audit_log ORDER BY id',
    );
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ staff_id: staffId, at: new Date('2026-02-10T02:00:00Z'), action: 'publish-report', before: null });
    expect(entries[0]!.after).toMatchObject({ year: 2025, otherMatters: '无。' });
    expect(entries[1]).toMatchObject({ at: new Date('2026-02-11T03:00:00Z') });
    expect(entries[1]!.before).toMatchObject({ otherMatters: '无。' });
    expect(entries[1]!.after).toMatchObject({ otherMatters: '本年度没有收取费用。' });
  });

  it('exports CSV with a byte-order mark and each row’s full header path', async () => {
    await insertTwoYears(db);
    await publish(2025);
    const response = await app().request('/reports/2025/report.csv');
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines).toContain('三、收到和处理政府信息公开申请情况');
    expect(lines).toContain(',申请人情况 / 自然人,申请人情况 / 法人或其他组织 / 商业企业,申请人情况 / 法人或其他组织 / 科研机构,申请人情况 / 法人或其他组织 / 社会公益组织,申请人情况 / 法人或其他组织 / 法律服务机构,申请人情况 / 法人或其他组织 / 其他,申请人情况 / 总计');
    expect(lines).toContain('一、本年新收政府信息公开申请数量,4,1,1,1,1,1,9');
    expect(lines).toContain('三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密,0,0,1,0,0,0,1');
    expect(lines).toContain('四、结转下年度继续办理,2,1,0,0,0,0,3');
    expect(lines).toContain('行政规范性文件,1,0,1');
    expect(lines.find((line) => line.startsWith('政府信息公开行政复议、行政诉讼情况,'))).toBe('政府信息公开行政复议、行政诉讼情况,1,1,1,2,5,0,1,0,1,2,1,0,1,0,2');
  });

  it('lets no one past the staff check: every staff address answers as requireStaff says, and nothing is stored', async () => {
    const server = new Hono<StaffEnv>();
    server.route(
      '/',
      reportStaffRoutes({
        db,
        now: () => clock,
        distDir: dist,
        requireStaff: (c) => Promise.resolve(c.text('Unauthorized', 401)),
      }),
    );
    for (const path of ['/staff/reports/', '/staff/reports/2025/']) expect((await server.request(path)).status, path).toBe(401);
    expect((await server.request('/staff/reports/2025/', form({ ...texts, action: 'publish' }))).status).toBe(401);
    expect((await server.request('/staff/reports/2025/', form({ ...texts, action: 'save' }))).status).toBe(401);
    expect(await db.query('SELECT 1 FROM published_reports UNION ALL SELECT 1 FROM report_drafts')).toEqual([]);
  });

  it('answers 404 for a year not published, and lists published years in the sitemap', async () => {
    expect((await app().request('/reports/2024/')).status).toBe(404);
    expect((await app().request('/reports/2024/report.json')).status).toBe(404);
    // 07:30 on 10 February in China: dated the 10th, not the 9th (UTC).
    clock = new Date('2026-02-09T23:30:00Z');
    await publish(2025);
    expect(await (await app().request('/reports/2025/')).text()).toContain('<time datetime="2026-02-10">2026-02-10</time>');
    const sitemap = await (await app().request('/sitemap.xml')).text();
    expect(sitemap).toContain('<loc>https://example.test/reports/2017/</loc>');
    expect(sitemap).toContain('<loc>https://example.test/reports/2025/</loc>');
    expect(sitemap.match(/reports\/2025/g)).toHaveLength(1);
  });
});

describe('the narrative Markdown', () => {
  it('keeps formatting and shows raw HTML as text, never as markup', () => {
    const html = renderNarrative('**重点**\n\n<script>alert(1)</script>\n\n段落里的 <img src=x onerror=alert(1)> 图片');
    expect(html).toContain('<strong>重点</strong>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<img/);
  });

  it('keeps safe links and drops javascript: and other sites’ images', () => {
    const html = renderNarrative('[目录](/disclosure/) [网站](https://www.gov.cn/) [坏](javascript:alert(1)) [协议](//evil.example/) ![图](https://evil.example/x.png)');
    expect(html).toContain('<a href="/disclosure/">目录</a>');
    expect(html).toContain('<a href="https://www.gov.cn/">网站</a>');
    expect(html).not.toMatch(/javascript:|evil\.example/);
    expect(html).toContain('坏');
  });

  it('turns headings into h3 so they sit under the report’s sections', () => {
    expect(renderNarrative('# 一级')).toBe('<h3>一级</h3>');
  });
});
