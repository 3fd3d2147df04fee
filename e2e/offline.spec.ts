import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, sitemapPaths, waitForApp } from './site.ts';

const guidePaths = sitemapPaths().filter((path) => /^\/guides\/[^/]+\/$/.test(path));

/** As a QR scan would: one page, then the service worker installs and keeps what it precaches. */
async function visitOnce(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
}

test('after one visit, the guides, the home page, the guide list and the request form open with no signal', async ({ page, context }) => {
  await visitOnce(page, '/guides/bus-pass/');
  await goOffline(context);
  for (const path of ['/', '/guides/', ...guidePaths, '/request/']) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toBeVisible();
    await expect(page.locator('h1'), path).not.toHaveText('没有网络连接');
  }
});

test('when the signal drops, the page says so in words, once, and when it was saved', async ({ page, context }) => {
  await visitOnce(page, '/guides/bus-pass/');
  await expect(page.locator('.offline-status')).toHaveCount(0);
  await goOffline(context);
  const status = page.locator('.offline-status');
  await expect(status).toContainText('已离线：没有网络连接');
  await expect(status).toContainText(/此页面保存于 \d{4}年\d{1,2}月\d{1,2}日/);
  await expect(page.locator('#announcer')).toContainText('已离线');

  // Reading on, from page to page: the status stays, with each page's own saved time.
  await page.getByRole('link', { name: '办事指南', exact: true }).first().click();
  await expect(page.locator('h1')).toHaveText('办事指南');
  await expect(status).toContainText('此页面保存于');
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  await expect(status).toHaveCount(0);
  await expect(page.locator('#announcer')).toContainText('已重新联网。');
});

test('a page never read shows the app’s offline page, which leads to what is kept', async ({ page, context }) => {
  await visitOnce(page, '/guides/bus-pass/');
  await page.goto('/disclosure/organisation-nature/');
  await goOffline(context);
  // Read once, kept: it opens offline, and so do addresses typed without their trailing slash.
  await page.goto('/disclosure/organisation-nature/');
  await expect(page.locator('h1')).toHaveText('性质和宗旨');
  await page.goto('/guides/bus-pass');
  await expect(page.locator('h1')).toHaveText('残疾人乘车证');
  await page.goto('/disclosure/organisation-nature');
  await expect(page).toHaveURL(/\/disclosure\/organisation-nature\/$/);
  await expect(page.locator('h1')).toHaveText('性质和宗旨');
  await page.goto('/disclosure/suggestion-87-reply/');
  await expect(page.locator('h1')).toHaveText('没有网络连接');
  const kept = page.locator('#offline-pages');
  await expect(kept.getByRole('link', { name: '残疾人乘车证' })).toBeVisible();
  await expect(kept.getByRole('link', { name: '性质和宗旨' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the API is never answered from the cache: offline, it fails plainly', async ({ page, context }) => {
  await visitOnce(page, '/');
  expect(await page.evaluate(async () => (await fetch('/api/health')).status)).toBe(200);
  await goOffline(context);
  const offline = await page.evaluate(() => fetch('/api/health').then((response) => `answered ${response.status}`, () => 'failed'));
  expect(offline).toBe('failed');
});

test('search works offline: 残疾人证 finds the certificate guide, 乘车 the bus pass, and the count is spoken', async ({ page, context }) => {
  await visitOnce(page, '/guides/bus-pass/');
  await goOffline(context);
  await page.goto('/');
  await waitForApp(page);
  const box = page.getByRole('searchbox', { name: '搜索办事指南和公开信息' });
  await box.fill('残疾人证');
  await box.press('Enter');
  await expect(page.locator('h1')).toHaveText('搜索');
  const results = page.locator('.search-results');
  await expect(results.getByRole('heading', { level: 2 })).toHaveText(/^找到 \d+ 条结果$/);
  await expect(results.getByRole('link').first()).toHaveText('残疾人证新办');
  await expect(page.locator('#announcer')).toContainText(/找到 \d+ 条结果/);
  await expectNoAxeViolations(page);

  // A search typed on the search page itself, and one opened as an address.
  const again = page.getByRole('searchbox', { name: '搜索办事指南和公开信息' });
  await again.fill('乘车');
  await again.press('Enter');
  await expect(results.getByRole('link').first()).toHaveText('残疾人乘车证');
  await page.goto('/search/?q=%E4%B9%98%E8%BD%A6');
  await expect(page.locator('.search-results').getByRole('link').first()).toHaveText('残疾人乘车证');
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/search/?q=%E7%81%AB%E7%AE%AD');
  await expect(page.locator('.search-results h2')).toHaveText('没有找到结果，换个词试试');
  await expectNoAxeViolations(page);
});

test('"save all" keeps every page of the sitemap, with a progress bar, and says when it is done', async ({ page, context }) => {
  // Every page in three languages: saving them all, then opening each, takes a while on a busy machine.
  test.setTimeout(180_000);
  const paths = sitemapPaths();
  await visitOnce(page, '/');
  await waitForApp(page);
  await page.getByRole('button', { name: '保存全部页面' }).click();
  // The bar stays at its end value once done, so this holds however fast the saving was.
  const progress = page.getByRole('progressbar', { name: '保存进度' });
  await expect(progress).toHaveAttribute('max', String(paths.length));
  await expect(page.locator('.save-offline__result')).toContainText(`已保存全部 ${paths.length} 个页面`, { timeout: 90_000 });
  await expect(page.locator('.save-offline__result')).toContainText(/本应用在手机上占用约 [\d.]+/);
  await expect(progress).toHaveAttribute('value', String(paths.length));
  await expect(page.getByText(`${paths.length} / ${paths.length}`)).toBeVisible();
  await expect(page.locator('#announcer')).toContainText(`已保存全部 ${paths.length} 个页面，没有网络也能看。`);
  await expectNoAxeViolations(page);

  await goOffline(context);
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toBeVisible();
    await expect(page.locator('h1'), path).not.toHaveText('没有网络连接');
  }
});
