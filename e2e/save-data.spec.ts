import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, waitForApp, waitForOfflineReady } from './site.ts';

/**
 * Issue 16, point 5: with `Save-Data: on` the service worker keeps only what the person opens until they press
 * "保存全部页面", and the page says how much that will download.
 */
test.use({ extraHTTPHeaders: { 'Save-Data': 'on' } });

/** The addresses of every page (`…/index.html` or `…/`) the phone holds, in any cache, each once, sorted. */
async function keptPages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths = new Set<string>();
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const { pathname } = new URL(request.url);
        if (pathname.endsWith('/') || pathname.endsWith('.html')) paths.add(pathname);
      }
    }
    return [...paths].sort();
  });
}

/** The figure the page gives, as the build wrote it for simplified Chinese (src/offline/save-all.ts, `saveAllSize`). */
function inWords(bytes: number): string {
  const [value, unit] = bytes < 1_000_000 ? [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat('zh-Hans', { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

test('with Save-Data the phone keeps only the pages opened, until "保存全部页面" is pressed, and is told what that downloads', async ({ page, context }) => {
  // Saving every page of the sitemap in three languages takes a while on a busy machine.
  test.setTimeout(240_000);
  await page.goto('/');
  await waitForApp(page);
  await waitForOfflineReady(page);
  await page.goto('/guides/bus-pass/');
  await expect(page.locator('h1')).toHaveText('残疾人乘车证');

  // The two pages opened, and nothing the worker would otherwise have downloaded ahead: no other guide, no form.
  expect(await keptPages(page)).toEqual(['/', '/guides/bus-pass/']);
  expect(await page.evaluate(() => caches.has('precache-zh-Hans'))).toBe(false);

  await page.goto('/');
  await waitForApp(page);
  const sizes = (await (await page.request.get('/save-all.json')).json()) as Record<string, number>;
  expect(sizes['zh-Hans']).toBeGreaterThan(50_000);
  await expect(page.locator('.save-offline__size')).toHaveText(
    `你的手机开了省流量模式，所以只保存了你打开过的页面。保存全部页面约需下载 ${inWords(sizes['zh-Hans']!)}，只在你按下按钮时才下载。`,
  );
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: '保存全部页面' }).click();
  await expect(page.locator('.save-offline__result')).toContainText('已保存全部', { timeout: 180_000 });
  const kept = await keptPages(page);
  expect(kept).toContain('/guides/certificate-new/index.html');
  expect(kept).toContain('/request/index.html');

  // The offline promise, now that the person has asked for it: pages and the code that runs them.
  await context.setOffline(true);
  for (const path of ['/guides/certificate-new/', '/request/', '/requests/']) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toBeVisible();
    await expect(page.locator('h1'), path).not.toHaveText('没有网络连接');
  }
  await page.goto('/request/');
  await waitForApp(page);
});
