import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { E2E_PORT, E2E_STAFF } from '../playwright.config.ts';
import { useContentServer } from './second-server.ts';
import { openHeaderPanel } from './prefs-support.ts';
import { waitForApp } from './site.ts';

/**
 * Issue 14 point 4: a notice staff publish is in the catalogue and on the home page at once, in every language, with
 * and without JavaScript; its server-rendered page is hydrated like any other; and a withdrawn one leaves the lists.
 */

/** Staff, signed in through the API on their own cookie jar; posts carry the site's Origin, as a page's would. */
async function staffApi(request: APIRequestContext, origin: string) {
  expect((await request.post('/api/staff/session', { headers: { Origin: origin }, data: E2E_STAFF })).status()).toBe(200);
  return async (method: string, path: string, data?: unknown) => {
    const response = await request.fetch(`/api/staff/content${path}`, { method, headers: { Origin: origin }, data });
    expect(response.status(), await response.text()).toBeLessThan(300);
  };
}

/** A page that records every error its scripts log or throw. */
async function watchedPage(browser: Browser, baseURL: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors, close: () => context.close() };
}

const languages = ['', '/zh-Hant', '/en'];

/** The page's `<main>`, without comments. */
const mainHtml = async (page: Page) => (await page.locator('main').innerHTML()).replace(/<!--[\s\S]*?-->/g, '');


useContentServer(E2E_PORT + 17);

test('a published notice is listed in the catalogue and on the home page with and without JavaScript, its page hydrates, and withdrawn it leaves the lists', async ({ browser, baseURL, playwright }) => {
  const slug = `e2e-listed-${Date.now().toString(36)}`;
  const title = `无障碍改造补贴通知${slug.slice(-6)}`;
  const staff = await playwright.request.newContext({ baseURL });
  const act = await staffApi(staff, baseURL!);
  await act('POST', '', {
    collection: 'disclosure',
    slug,
    title,
    category: 'policy',
    issuer: '测试市残疾人联合会',
    date: '2026-12-01',
    summary: '家庭无障碍改造补贴的申请办法。',
    body: '## 申请办法\n\n到所在社区申请。\n',
  });
  await act('POST', `/disclosure/${slug}/publish`);
  const link = (page: Page, prefix: string) => page.locator(`main a[href="${prefix}/disclosure/${slug}/"]`);

  // Without JavaScript: the server's lists, in every language.
  const still = await watchedPage(browser, baseURL!, false);
  for (const prefix of languages) {
    for (const path of [`${prefix}/disclosure/`, `${prefix}/`]) {
      await still.page.goto(path);
      await expect(link(still.page, prefix), path).toHaveCount(1);
    }
  }
  await expect(link(still.page, '/en')).toHaveText(title);
  await expect(link(still.page, '/en')).toHaveAttribute('lang', 'zh-Hans');

  // With JavaScript: the same lists once the app has hydrated them, word for word, and no error on the way.
  const live = await watchedPage(browser, baseURL!);
  for (const prefix of languages) {
    for (const path of [`${prefix}/disclosure/`, `${prefix}/`, `${prefix}/disclosure/${slug}/`]) {
      await live.page.goto(path);
      await waitForApp(live.page);
      await still.page.goto(path);
      // Preact drops the server's suspension markers (comments) once it has hydrated; nothing else may differ.
      expect(await mainHtml(live.page), path).toBe(await mainHtml(still.page));
      if (!path.endsWith(`${slug}/`)) await expect(link(live.page, prefix), path).toHaveCount(1);
    }
  }
  expect(live.errors).toEqual([]);

  // A client-side navigation from a page the build made (no overlay in it) to the catalogue asks for the overlay…
  await live.page.goto('/guides/');
  await waitForApp(live.page);
  await live.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '信息公开' }).click();
  await expect(live.page.locator('h1')).toHaveText('信息公开');
  await expect(link(live.page, '')).toHaveText(title);
  // …and from the catalogue to the notice, which the server renders.
  await link(live.page, '').click();
  await expect(live.page).toHaveURL(`${baseURL}/disclosure/${slug}/`);
  await expect(live.page.locator('h1')).toHaveText(title);
  await waitForApp(live.page);
  await expect(live.page.getByRole('heading', { level: 2, name: '申请办法' })).toBeVisible();

  // The notice's page is the app's: its display settings work, and the worker registers from it.
  await openHeaderPanel(live.page);
  await live.page.locator('#header-display-settings').getByRole('radio', { name: '200%' }).check();
  await expect(live.page.locator('html')).toHaveAttribute('data-text-size', '200');
  expect(await live.page.evaluate(async () => (await navigator.serviceWorker.ready).active !== null)).toBe(true);
  expect(live.errors).toEqual([]);

  // Withdrawn: no list names it any more, with or without JavaScript.
  await act('DELETE', `/disclosure/${slug}`, { reason: '文件有误' });
  for (const prefix of languages) {
    await still.page.goto(`${prefix}/disclosure/`);
    await expect(link(still.page, prefix)).toHaveCount(0);
    await live.page.goto(`${prefix}/`);
    await waitForApp(live.page);
    await expect(link(live.page, prefix)).toHaveCount(0);
  }
  expect(live.errors).toEqual([]);
  await still.close();
  await live.close();
  await staff.dispose();
});
