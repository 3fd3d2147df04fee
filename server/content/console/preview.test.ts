import { beforeEach, describe, expect, it } from 'vitest';
import { toTraditional } from '../../../build/i18n/traditional.ts';
import type { Database } from '../../db/database.ts';
import { testDatabases } from '../../db/test-databases.ts';
import { useTestDatabase } from '../../test/database.ts';
import { expectValidHtml } from '../../test/valid-html.ts';
import { CONTENT_START, CONTENT_TABLES, contentTestApp, contentTestFile, notice, shippedFolder, staffMember } from '../test-content.ts';

contentTestFile();
const ITEM = `/staff/content/disclosure/${notice.slug}/`;
const english = { title: 'Notice on the 2026 employment security fund', category: 'policy', issuer: 'Test City Federation', date: '2026-03-02', summary: 'Returns are due by 30 June.', body: '## Rate\n\nLevied on last year’s wages.\n' };

describe.each(testDatabases())('a draft’s preview in the publishing console on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  useTestDatabase(open, CONTENT_TABLES, (opened) => ({ db, dist } = opened));

  let t: ReturnType<typeof contentTestApp>;
  beforeEach(() => {
    t = contentTestApp(db, dist, { start: CONTENT_START, shippedDir: shippedFolder() });
  });
  const get = (path: string, cookie?: string | Record<string, string>) =>
    t.app.request(path, { headers: typeof cookie === 'string' ? { Cookie: cookie } : (cookie ?? {}) });

  it('shows the unpublished draft in each language in the published page’s frame, never indexed, framable only by the site', async () => {
    const writer = await staffMember(db, t.app, '王撰稿', ['writer']);
    expect((await writer.saveDraft({ ...notice, english })).status).toBe(201);

    const pages: [string, string][] = [];
    for (const [locale, title, lang] of [['zh-Hans', notice.title, 'zh-Hans'], ['zh-Hant', toTraditional(notice.title), 'zh-Hant'], ['en', english.title, 'en']] as const) {
      const response = await get(`${ITEM}preview/${locale}/`, writer.cookie);
      expect(response.status, locale).toBe(200);
      const html = await response.text();
      pages.push([locale, html]);
      expect(html, locale).toContain(`<html lang="${lang}">`);
      expect(html, locale).toMatch(new RegExp(`<h1 class="page-title"[^>]*>${title}</h1>`));
      // The page's frame: the site's navigation, breadcrumbs to the catalogue, the issuer.
      expect(html, locale).toContain('class="site-header');
      expect(html, locale).toContain(locale === 'en' ? english.issuer : locale === 'zh-Hant' ? toTraditional(notice.issuer) : notice.issuer);
      // Kept out of search engines, with no canonical address or QR code of its own.
      expect(html, locale).toContain('<meta name="robots" content="noindex, nofollow"/>');
      expect(html, locale).not.toContain('rel="canonical"');
      expect(html, locale).not.toContain('/qr/');
      expect(response.headers.get('X-Robots-Tag')).toBe('noindex, nofollow');
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(response.headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
      expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'self'");
      expect(response.headers.get('Content-Security-Policy')).not.toContain('unsafe');
    }
    await expectValidHtml(pages);
    // Still a draft: nothing public.
    expect((await get(`/disclosure/${notice.slug}/`)).status).toBe(404);
  });

  it('shows the new draft of a published item while the public page keeps the live version', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    expect((await admin.saveDraft(notice)).status).toBe(201);
    expect((await admin.publish('disclosure', notice.slug)).status).toBe(200);
    expect((await admin.saveDraft({ ...notice, body: '## 新的申报时间\n\n4月1日至7月31日。\n' })).status).toBe(200);

    const preview = await (await get(`${ITEM}preview/zh-Hans/`, admin.cookie)).text();
    expect(preview).toContain('4月1日至7月31日。');
    expect(preview).not.toContain('3月1日至6月30日。');
    const live = await (await get(`/disclosure/${notice.slug}/`)).text();
    expect(live).toContain('3月1日至6月30日。');
    expect(live).not.toContain('4月1日至7月31日。');
  });

  it('drops a script, an event handler and a javascript: link from the body, in the preview and on the published page', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    const body = '## 申报时间\n\n3月1日起<script>alert(document.cookie)</script>申报，[表格](javascript:alert(1))。\n\n<img src="x" onerror="alert(2)" alt="流程图">\n\n<span lang="en">Disabled Persons’ Federation</span>\n';
    expect((await admin.saveDraft({ ...notice, body })).status).toBe(201);
    const preview = await (await get(`${ITEM}preview/zh-Hans/`, admin.cookie)).text();
    expect((await admin.publish('disclosure', notice.slug)).status).toBe(200);
    const live = await (await get(`/disclosure/${notice.slug}/`)).text();
    for (const [name, html] of [['preview', preview], ['published', live]] as const) {
      expect(html, name).toContain('3月1日起申报');
      expect(html, name).not.toContain('alert(');
      expect(html, name).not.toContain('onerror');
      expect(html, name).toContain('<img src="x" alt="流程图" />');
      expect(html, name).toContain('<span lang="en">Disabled Persons’ Federation</span>');
    }
  });

  it('shows no draft to anyone not signed in, and 404 for an item or language there is not', async () => {
    const writer = await staffMember(db, t.app, '王撰稿', ['writer']);
    expect((await writer.saveDraft(notice)).status).toBe(201);
    for (const path of [`${ITEM}preview/zh-Hans/`, '/staff/content/preview-check.js']) {
      const anonymous = await get(path);
      expect(anonymous.status, path).toBe(303);
      expect(anonymous.headers.get('Location'), path).toBe(`/staff/sign-in?next=${encodeURIComponent(path)}`);
      expect(await anonymous.text(), path).not.toContain(notice.title);
    }
    expect((await get('/staff/content/disclosure/no-such-item/preview/zh-Hans/', writer.cookie)).status).toBe(404);
    expect((await get(`${ITEM}preview/fr/`, writer.cookie)).status).toBe(404);
    expect((await get(`/staff/content/guides/${notice.slug}/preview/zh-Hans/`, writer.cookie)).status).toBe(404);
  });

  it('says what an unfinished draft still lacks instead of a page', async () => {
    const writer = await staffMember(db, t.app, '王撰稿', ['writer']);
    expect((await writer.saveDraft({ collection: 'disclosure', slug: notice.slug, title: notice.title })).status).toBe(201);
    const response = await get(`${ITEM}preview/en/`, writer.cookie);
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain('草稿还没写完，不能预览');
    expect(html).toContain('发布机构');
    expect(response.headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
  });

  it('frames each language’s preview on the item’s page with the axe check, and says there is no check without JavaScript', async () => {
    const writer = await staffMember(db, t.app, '王撰稿', ['writer']);
    expect((await writer.saveDraft(notice)).status).toBe(201);
    const response = await get(ITEM, writer.cookie);
    const html = await response.text();
    for (const locale of ['zh-Hans', 'zh-Hant', 'en']) {
      expect(html).toMatch(new RegExp(`<iframe class="preview-frame" src="${ITEM}preview/${locale}/" title="[^"]+预览" aria-hidden="true" tabindex="-1" data-axe-result="preview-result-${locale}">`));
      expect(html).toContain(`<a href="${ITEM}preview/${locale}/">`);
      expect(html).toMatch(new RegExp(`id="preview-result-${locale}" role="status" aria-live="polite"><p>没有 JavaScript：预览照常显示，但不做 axe 检查`));
    }
    // The tests' tags, from the one list.
    expect(html).toContain('data-tags="wcag2a wcag2aa wcag21a wcag21aa wcag22aa best-practice"');
    expect(html).toContain('<script src="/staff/content/preview-check.js"');
    // The console's own page is still not framable; its script and axe come from the site's origin.
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('Content-Security-Policy')).toMatch(/script-src 'self'[^;]*;/);
    await expectValidHtml([['item', html]]);

    // axe-core, the same as the end-to-end tests' (package.json's one version): a library, kept and revalidated,
    // not downloaded again by each frame.
    const axe = await get('/staff/content/axe.js');
    expect(axe.status).toBe(200);
    expect(axe.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(axe.headers.get('Cache-Control')).toBe('no-cache');
    expect(await axe.text()).toContain('4.13.0');
    const kept = await get('/staff/content/axe.js', { 'If-None-Match': axe.headers.get('ETag')! });
    expect(kept.status).toBe(304);
    const check = await get('/staff/content/preview-check.js', writer.cookie);
    expect(check.status).toBe(200);
    expect(await check.text()).toContain('axe.run(');
  });
});
