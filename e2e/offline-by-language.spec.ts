import { expect, type Page, test } from '@playwright/test';
import { waitForOfflineReady } from './site.ts';

/**
 * Issue 16, point 1: a phone keeps the pages of the language it arrived in, not 20 pages in a language its owner
 * does not read; another language's page is kept once read.
 */

/** The addresses of every page (`…/index.html` or `…/`) the phone holds, in any cache. */
async function keptPages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const { pathname } = new URL(request.url);
        if (pathname.endsWith('/') || pathname.endsWith('.html')) paths.push(pathname);
      }
    }
    return paths;
  });
}

const isEnglish = (path: string) => path.startsWith('/en/');
const isTraditional = (path: string) => path.startsWith('/zh-Hant/');
/** Offline pages of every language are kept on purpose: a page never read answers in its own language. */
const isOfflinePage = (path: string) => /^\/(?:(?:en|zh-Hant)\/)?offline\//.test(path);

test('an English arrival keeps the English guides and request form, and no Chinese page', async ({ page, context }) => {
  await page.goto('/en/guides/bus-pass/');
  await waitForOfflineReady(page);
  const kept = (await keptPages(page)).filter((path) => !isOfflinePage(path));
  expect(kept).toContain('/en/guides/certificate-new/index.html');
  expect(kept).toContain('/en/request/index.html');
  expect(kept.filter((path) => !isEnglish(path))).toEqual([]);

  await context.setOffline(true);
  for (const path of ['/en/', '/en/guides/', '/en/guides/certificate-new/', '/en/request/']) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1'), path).not.toHaveText('No internet connection');
  }
});

test('a Chinese arrival keeps no English or traditional-Chinese page', async ({ page }) => {
  await page.goto('/guides/bus-pass/');
  await waitForOfflineReady(page);
  const kept = (await keptPages(page)).filter((path) => !isOfflinePage(path));
  expect(kept).toContain('/guides/certificate-new/index.html');
  expect(kept.filter((path) => isEnglish(path) || isTraditional(path))).toEqual([]);
});

test('another language’s page is kept once read, and opens offline; one never read does not', async ({ page, context }) => {
  await page.goto('/guides/bus-pass/');
  await waitForOfflineReady(page);
  await page.goto('/en/guides/bus-pass/');
  await expect(page.locator('h1')).toHaveText('Disability bus pass');
  await context.setOffline(true);
  await page.goto('/en/guides/bus-pass/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Disability bus pass');
  await page.goto('/en/guides/certificate-new/');
  await expect(page.locator('h1')).toHaveText('No internet connection');
});

/** The QR code images the phone holds, in any cache. */
async function keptQrCodes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const { pathname } = new URL(request.url);
        if (pathname.startsWith('/qr/')) paths.push(pathname);
      }
    }
    return paths;
  });
}

test('QR codes are not downloaded ahead of time; a page’s QR code is kept once shown', async ({ page }) => {
  await page.goto('/guides/bus-pass/');
  await waitForOfflineReady(page);
  expect(await keptQrCodes(page)).toEqual([]);
  await page.goto('/guides/certificate-new/');
  await page.locator('.qr-code img').scrollIntoViewIfNeeded();
  await expect.poll(() => keptQrCodes(page)).toEqual(['/qr/guides/certificate-new.svg']);
});
