import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { waitForApp, waitForOfflineReady } from './site.ts';

/**
 * Every form of a page's address opens that page (issue 12, point 6): without JavaScript (the server), with the app
 * online, and offline through the service worker. A form either opens the page or is redirected to its canonical
 * address; never "not found" for a page that exists.
 */

const pages = {
  'zh-Hans': { path: '/guides/bus-pass/', h1: '残疾人乘车证' },
  'zh-Hant': { path: '/zh-Hant/guides/bus-pass/', h1: '殘疾人乘車證' },
  en: { path: '/en/guides/bus-pass/', h1: 'Disability bus pass' },
} as const;

/** [the address as shared, typed or printed; the page; where the browser must end (path and query)]. */
const forms: [form: string, page: keyof typeof pages, ends: string][] = [
  ['/guides/bus-pass/', 'zh-Hans', '/guides/bus-pass/'],
  ['/guides/bus-pass', 'zh-Hans', '/guides/bus-pass/'],
  ['/guides/bus-pass/index.html', 'zh-Hans', '/guides/bus-pass/'],
  ['/guides/bus-pass/?from=singlemessage&isappinstalled=0', 'zh-Hans', '/guides/bus-pass/?from=singlemessage&isappinstalled=0'],
  ['/guides/bus-pass?from=singlemessage&isappinstalled=0', 'zh-Hans', '/guides/bus-pass/?from=singlemessage&isappinstalled=0'],
  ['/guides/bus-pass/?utm_source=poster&ref', 'zh-Hans', '/guides/bus-pass/?utm_source=poster&ref'],
  ['/guides/bus-pass/#steps', 'zh-Hans', '/guides/bus-pass/'],
  ['/ZH-HANT/guides/bus-pass/', 'zh-Hant', '/zh-Hant/guides/bus-pass/'],
  ['/zh-hant/guides/bus-pass', 'zh-Hant', '/zh-Hant/guides/bus-pass/'],
  ['/ZH-HANT/guides/bus-pass/index.html?from=singlemessage&isappinstalled=0', 'zh-Hant', '/zh-Hant/guides/bus-pass/?from=singlemessage&isappinstalled=0'],
  ['/EN/guides/bus-pass/', 'en', '/en/guides/bus-pass/'],
  ['/En/guides/bus-pass/index.html#steps', 'en', '/en/guides/bus-pass/'],
];

/**
 * @param opensInPlace whether the page may open at the address as asked: the service worker answers `/x` with the
 *   kept `/x/` itself (src/service-worker/routes.ts `precacheCandidates`), where the server redirects.
 */
async function expectPage(page: Page, form: string, which: keyof typeof pages, ends: string, opensInPlace = false) {
  const url = new URL(page.url());
  const at = `${url.pathname}${url.search}`;
  if (!(opensInPlace && at === form.replace(/#.*$/, ''))) expect(at, form).toBe(ends);
  await expect(page.locator('html'), form).toHaveAttribute('lang', which);
  await expect(page.locator('h1'), form).toHaveText(pages[which].h1);
}

test.describe('without JavaScript, the server', () => {
  test.use({ javaScriptEnabled: false });

  test('opens the page from every form of its address', async ({ page }) => {
    for (const [form, which, ends] of forms) {
      await page.goto(form);
      await expectPage(page, form, which, ends);
    }
  });

  test('answers 404 for a page that does not exist, in whatever form', async ({ page }) => {
    for (const path of ['/guides/no-such-guide/', '/guides/no-such-guide/index.html', '/EN/no-such-page/', '/ZH-HANT/guides/no-such-guide']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });
});

test.describe('with the app, online, before its service worker holds the pages', () => {
  // A worker that has taken control answers some forms in place (the offline test below checks those): whether it
  // has by the fifth address depends on the machine's speed, so this test keeps it out and checks the server's way.
  test.use({ serviceWorkers: 'block' });

  test('every form opens the page, and the page stays once the app has started', async ({ page }) => {
    for (const [form, which, ends] of forms) {
      await page.goto(form);
      await waitForApp(page);
      await expectPage(page, form, which, ends);
    }
  });
});

async function readOnline(page: Page, context: BrowserContext) {
  await page.goto(pages['zh-Hans'].path);
  await waitForOfflineReady(page);
  // The other languages' pages are kept when read (the precache holds simplified Chinese only).
  for (const which of ['zh-Hant', 'en'] as const) {
    await page.goto(pages[which].path);
    await waitForApp(page);
  }
  await context.setOffline(true);
}

test('offline, through the service worker: every form opens the kept page, and the page stays once the app has started', async ({ page, context }) => {
  await readOnline(page, context);
  for (const [form, which, ends] of forms) {
    await page.goto(form);
    await waitForApp(page);
    await expectPage(page, form, which, ends, true);
  }
});
