import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, waitForOfflineReady } from './site.ts';

/** Offline, a page never read answers with the offline page in the language of its address (issue 12, point 8). */

const offlinePages = [
  { path: '/disclosure/suggestion-87-reply/', lang: 'zh-Hans', h1: '没有网络连接' },
  { path: '/zh-Hant/disclosure/suggestion-87-reply/', lang: 'zh-Hant', h1: '沒有網絡連接' },
  { path: '/en/disclosure/suggestion-87-reply/', lang: 'en', h1: 'No internet connection' },
  // Typed without its slash, or in another form: redirected first, then answered in its language.
  { path: '/en/disclosure/suggestion-87-reply', lang: 'en', h1: 'No internet connection' },
  { path: '/ZH-HANT/disclosure/suggestion-87-reply/?from=singlemessage&isappinstalled=0', lang: 'zh-Hant', h1: '沒有網絡連接' },
];

test('a page never read, offline, answers with the offline page of its address’s language, never having read that language', async ({ page, context }) => {
  // One visit in simplified Chinese only: the worker keeps what it precaches, no page of the other languages.
  await page.goto('/guides/bus-pass/');
  await waitForOfflineReady(page);
  await context.setOffline(true);
  for (const { path, lang, h1 } of offlinePages) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
    await expect(page.locator('h1'), path).toHaveText(h1);
    await expectNoAxeViolations(page);
  }
});
