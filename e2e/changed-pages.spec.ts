import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_PORT } from '../playwright.config.ts';
import { startSecondServer, type SecondServer } from './second-server.ts';
import { waitForOfflineReady } from './site.ts';

/**
 * Issue 14, point 5: staff change and withdraw pages without a new build or a new worker, so a phone that kept a
 * page must see the server's version on its next online visit, keep that version for offline, and drop a page the
 * server no longer has. A server of its own, whose files the test changes as a publish would change the answers.
 */
let server: SecondServer;
test.beforeAll(async () => {
  server = await startSecondServer(E2E_PORT + 11);
});
test.afterAll(async () => {
  await server.stop();
});

test('a kept page is replaced by the server’s newer version when next read online, and a page gone from the server is dropped', async ({ page, context }) => {
  await page.goto(`${server.url}/guides/bus-pass/`);
  await waitForOfflineReady(page);
  const changed = `${server.url}/guides/certificate-new/`;
  const marker = page.locator('meta[name="edition"]');

  // Changed on the server after the phone kept it: read online, the new answer; then offline, still the new one.
  const file = join(server.dist, 'guides/certificate-new/index.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace('<head>', '<head><meta name="edition" content="2">'));
  await page.goto(changed);
  await expect(marker).toHaveAttribute('content', '2');
  await context.setOffline(true);
  await page.goto(changed);
  await expect(page.locator('h1')).toHaveText('残疾人证新办');
  await expect(marker).toHaveAttribute('content', '2');

  // Gone from the server (a withdrawn page answers 410, a removed one 404): online, the server's answer; offline,
  // the offline page, never the copy the phone kept before.
  await context.setOffline(false);
  rmSync(file);
  const gone = await page.goto(changed);
  expect(gone!.status()).toBe(404);
  await context.setOffline(true);
  await page.goto(changed);
  await expect(page.locator('h1')).toHaveText('没有网络连接');
  await context.setOffline(false);
});
