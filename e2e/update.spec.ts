import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_PORT } from '../playwright.config.ts';
import { startSecondServer, type SecondServer } from './second-server.ts';
import { expectNoAxeViolations, waitForApp } from './site.ts';

let server: SecondServer;
test.beforeAll(async () => {
  server = await startSecondServer(E2E_PORT + 10);
});
test.afterAll(async () => {
  await server.stop();
});

test('a new version waits behind a polite banner until the person chooses to reload', async ({ page }) => {
  await page.goto(`${server.url}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitForApp(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // A new release: any change to sw.js is a new version of the worker.
  appendFileSync(join(server.dist, 'sw.js'), '\n// release 2\n');
  await page.evaluate(() => ((window as Window & { stillHere?: boolean }).stillHere = true));
  const box = page.getByRole('searchbox', { name: '搜索办事指南和公开信息' });
  await box.fill('乘车');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);

  // Not while a form holds what the person typed: the page has heard of the new version (the banner's code has
  // arrived), yet shows nothing.
  const bannerCode = `/${JSON.parse(readFileSync(join(server.dist, '.vite', 'manifest.json'), 'utf8'))['src/offline/UpdateBanner.tsx'].file}`;
  await page.waitForFunction((file) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname === file), bannerCode);
  const banner = page.getByRole('region', { name: '新版本' });
  await expect(banner).toHaveCount(0);
  await box.press('Enter');
  await expect(page.locator('h1')).toHaveText('搜索');

  await expect(banner).toBeVisible();
  await expect(banner).toContainText('有新版本可用。');
  await expect(page.locator('#announcer')).toContainText('有新版本可用，可以重新加载页面使用新版本。');
  // In the flow of the page, not over it: no dialog, and nothing focusable hides under it.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await banner.evaluate((element) => getComputedStyle(element).position)).toBe('static');
  await expectNoAxeViolations(page);

  // It never reloads by itself: the new version is still waiting, not in control, and this is the same page.
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
  expect(await page.evaluate(() => (window as Window & { stillHere?: boolean }).stillHere)).toBe(true);

  const reload = banner.getByRole('button', { name: '重新加载，使用新版本' });
  await reload.focus();
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  expect(await page.evaluate(() => (window as Window & { stillHere?: boolean }).stillHere)).toBeUndefined();
  await expect(banner).toHaveCount(0);
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
});
