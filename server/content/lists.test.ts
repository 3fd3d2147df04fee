import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BuildLists } from '../../build/content/plugin.ts';
import { BUILD_LISTS_FILE } from '../../build/content/plugin.ts';
import type { DisclosureSummary, GuideSummary } from '../../src/content/schema.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { useTestDatabase } from '../test/database.ts';
import { readShipped } from './shipped.ts';
import { CONTENT_START, CONTENT_TABLES, contentTestApp, contentTestFile, notice, shippedFolder, staffMember } from './test-content.ts';

contentTestFile();

/** The text of a page without its tags: what a reader without JavaScript gets. */
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '');

/** The build's lists, as build/content/plugin.ts writes them: a shipped notice and guide in each language, and many more. */
function buildLists(locale: string): BuildLists {
  const lang = locale as DisclosureSummary['lang'];
  const old: DisclosureSummary = { slug: 'old-notice', title: locale === 'en' ? 'Old notice' : '旧的通知', summary: '', category: 'policy', date: '2025-01-01', lang, href: '/disclosure/old-notice/' };
  const filler = Array.from({ length: 40 }, (_, i): DisclosureSummary => ({ ...old, slug: `n${i}`, title: `${old.title}${i}`, href: `/disclosure/n${i}/`, date: '2024-01-01' }));
  const guide: GuideSummary = { slug: 'test-pass', title: '测试乘车证', summary: '测试用的指南。', order: 2, lang };
  return { disclosure: [old, ...filler], guides: [guide], home: { guides: [guide], latest: [old, ...filler.slice(0, 3)] } };
}

describe.each(testDatabases())('the lists with what staff published, on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  useTestDatabase(open, CONTENT_TABLES, (opened) => ({ db, dist } = opened));

  let t: ReturnType<typeof contentTestApp>;
  let shippedDir: string;
  beforeEach(() => {
    const file = join(dist, BUILD_LISTS_FILE);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ 'zh-Hans': buildLists('zh-Hans'), 'zh-Hant': buildLists('zh-Hant'), en: buildLists('en') }));
    for (const path of ['disclosure/index.html', 'en/disclosure/index.html']) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), '<!doctype html><title>目录</title><h1>构建的目录</h1>');
    }
    shippedDir = shippedFolder();
    t = contentTestApp(db, dist, { start: CONTENT_START, shippedDir });
    return () => {
      rmSync(join(dist, BUILD_LISTS_FILE));
      rmSync(join(dist, 'disclosure'), { recursive: true });
      rmSync(join(dist, 'en', 'disclosure'), { recursive: true });
    };
  });
  const get = async (path: string) => {
    const response = await t.app.request(path);
    return { status: response.status, cache: response.headers.get('Cache-Control'), html: await response.text() };
  };
  const embeddedOverlay = (html: string) => JSON.parse(/<script type="application\/json" id="published-overlay">([^<]*)<\/script>/.exec(html)![1]!);

  it('serves the build’s catalogue while nothing is published', async () => {
    expect((await get('/disclosure/')).html).toContain('构建的目录');
  });

  it('lists a published notice in the catalogue and on the home page of each language without JavaScript, and embeds the overlay', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    await admin.saveDraft(notice);
    expect((await admin.publish('disclosure', notice.slug)).status).toBe(200);

    const catalogue = await get('/disclosure/');
    expect(catalogue.status).toBe(200);
    expect(catalogue.cache).toBe('no-cache');
    expect(catalogue.html).not.toContain('构建的目录');
    expect(catalogue.html).toContain(`<a href="/disclosure/${notice.slug}/">${notice.title}</a>`);
    // Newest first, the build's items after it.
    expect(text(catalogue.html).indexOf(notice.title)).toBeLessThan(text(catalogue.html).indexOf('旧的通知'));
    expect(catalogue.html).toMatch(/<script type="module"/);
    expect(embeddedOverlay(catalogue.html).disclosure[0].slug).toBe(notice.slug);
    // And the list as rendered, which the app hydrates without merging anything.
    const lists = JSON.parse(/<script type="application\/json" id="published-lists">([^<]*)<\/script>/.exec(catalogue.html)![1]!);
    expect(lists.items.map((item: { slug: string }) => item.slug).slice(0, 2)).toEqual([notice.slug, 'old-notice']);
    expect(lists.items).toHaveLength(42);

    const traditional = await get('/zh-Hant/disclosure/');
    expect(traditional.html).toContain(`<a href="/zh-Hant/disclosure/${notice.slug}/">關於2026年殘疾人就業保障金徵收的通知</a>`);
    const inEnglish = await get('/en/disclosure/');
    expect(inEnglish.html).toContain(`<a href="/en/disclosure/${notice.slug}/" lang="zh-Hans">${notice.title}</a>`);

    for (const path of ['/', '/zh-Hant/', '/en/']) {
      const home = await get(path);
      expect(home.status).toBe(200);
      expect(home.html).toContain(`disclosure/${notice.slug}/"`);
      // Four newest, as the build lists: the fourth of the build's is pushed off.
      expect(home.html.match(/class="item-list__meta"/g)).toHaveLength(4);
    }
  });

  it('lists an edited guide once, with its new title, and leaves a withdrawn notice or guide out of every list', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    const shipped = readShipped('guides', 'test-pass', shippedDir)!;
    await admin.saveDraft({ collection: 'guides', slug: 'test-pass', ...shipped.fields, title: '新的测试乘车证', body: shipped.body });
    expect((await admin.publish('guides', 'test-pass')).status).toBe(200);
    const guides = await get('/guides/');
    expect(guides.html).toContain('新的测试乘车证');
    expect(guides.html.match(/class="card__link"/g)).toHaveLength(1);

    await admin.saveDraft(notice);
    await admin.publish('disclosure', notice.slug);
    expect((await admin.withdraw('disclosure', notice.slug, { reason: '文件有误' })).status).toBe(200);
    for (const path of ['/disclosure/', '/en/disclosure/', '/']) {
      const { html } = await get(path);
      expect(html).not.toContain(notice.title);
      expect(html).toContain('/disclosure/old-notice/');
    }
    // A shipped item withdrawn leaves the build's lists too.
    expect((await admin.withdraw('guides', 'test-pass', { reason: '已停办' })).status).toBe(200);
    for (const path of ['/guides/', '/en/guides/', '/', '/zh-Hant/']) expect((await get(path)).html).not.toContain('/guides/test-pass/');
  });

  it('keeps the lists within 14 KB gzipped, with their critical CSS', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    await admin.saveDraft(notice);
    await admin.publish('disclosure', notice.slug);
    for (const path of ['/disclosure/', '/zh-Hant/disclosure/', '/en/disclosure/', '/', '/en/', '/guides/']) {
      const { html } = await get(path);
      expect(html).toMatch(/<style>[^<]{500,}<\/style>/);
      expect(gzipSync(html).length, path).toBeLessThanOrEqual(14 * 1024);
    }
  });
});

