import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, sitemapPaths } from './site.ts';

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
  await expect(page.locator('#announcer')).toHaveText(/^已离线/);

  // Reading on, from page to page: the status stays, with each page's own saved time.
  await page.getByRole('link', { name: '办事指南', exact: true }).first().click();
  await expect(page.locator('h1')).toHaveText('办事指南');
  await expect(status).toContainText('此页面保存于');
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  await expect(status).toHaveCount(0);
  await expect(page.locator('#announcer')).toHaveText('已重新联网。');
});

test('a page never read shows the app’s offline page, which leads to what is kept', async ({ page, context }) => {
  await visitOnce(page, '/guides/bus-pass/');
  await page.goto('/disclosure/organisation-nature/');
  await goOffline(context);
  await page.goto('/disclosure/suggestion-87-reply/');
  await expect(page.locator('h1')).toHaveText('没有网络连接');
  const kept = page.locator('#offline-pages');
  await expect(kept.getByRole('link', { name: '残疾人乘车证' })).toBeVisible();
  await expect(kept.getByRole('link', { name: '性质和宗旨' })).toBeVisible();
  await expectNoAxeViolations(page);
});
