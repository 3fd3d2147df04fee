import { existsSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { localeOf, localePath, locales, withoutLocale } from '../src/i18n/locales.ts';
import { toTraditional } from '../build/i18n/traditional.ts';
import { expectNoAxeViolations, sitemapPaths, waitForApp } from './site.ts';

/**
 * Simplified Chinese at `/`, traditional Chinese at `/zh-Hant/`, English at `/en/`: each page in each language,
 * the switch between them, and links that stay in the language of the page they are on.
 */
const paths = sitemapPaths();
const HAN = /\p{Script=Han}/u;

/** One page of each kind a person reads or fills in. */
const pageKinds = ['/', '/guides/bus-pass/', '/disclosure/suggestion-87-reply/', '/request/applicant/', '/requests/'];

/** The page's words outside the language switch, which names every language in its own script. */
const textOutsideSwitch = (page: Page) =>
  page.locator('body').evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    copy.querySelector('.language-switch')?.remove();
    return copy.innerText;
  });

async function open(page: Page, path: string) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await waitForApp(page);
  expect(errors, path).toEqual([]);
}

for (const locale of locales) {
  for (const kind of pageKinds) {
    const path = localePath(kind, locale);
    test(`${path} is in ${locale}, before and after the app starts, and accessible`, async ({ page }) => {
      await open(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).not.toBeEmpty();
      const navigation = await page.locator('.site-nav').innerText();
      if (locale === 'en') expect(navigation).not.toMatch(HAN);
      if (locale === 'zh-Hant') {
        // The known pair: 残疾 is written 殘疾 in traditional characters.
        const text = await textOutsideSwitch(page);
        expect(text).toContain('殘疾');
        expect(text).not.toContain('残疾');
      }
      await expectNoAxeViolations(page);
    });
  }
}

test('traditional Chinese pages are the simplified pages converted, heading for heading', async ({ page }) => {
  for (const kind of pageKinds) {
    await open(page, kind);
    const simplified = await page.locator('h1').innerText();
    await open(page, localePath(kind, 'zh-Hant'));
    await expect(page.locator('h1'), kind).toHaveText(toTraditional(simplified));
  }
});

test('the language switch leads to the same page in each language, each named in its own language, with a page load', async ({ page }) => {
  await open(page, '/en/guides/bus-pass/');
  const switcher = page.locator('.language-switch');
  await expect(switcher.locator('[aria-current]')).toHaveText('English');
  await expect(switcher.locator('[aria-current]')).toHaveAttribute('lang', 'en');
  const traditional = switcher.getByRole('link', { name: '繁體中文' });
  await expect(traditional).toHaveAttribute('lang', 'zh-Hant');
  await expect(traditional).toHaveAttribute('hreflang', 'zh-Hant');
  await expect(switcher.getByRole('link', { name: '简体中文' })).toHaveAttribute('href', '/guides/bus-pass/');

  // A mark the app leaves on the page: gone after a page load, kept by a client-side navigation.
  await page.evaluate(() => Object.assign(window, { samePageLoad: true }));
  await traditional.click();
  await expect(page).toHaveURL(/\/zh-Hant\/guides\/bus-pass\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('h1')).toHaveText('殘疾人乘車證');
  expect(await page.evaluate(() => 'samePageLoad' in window)).toBe(false);
  await waitForApp(page);

  await page.locator('.language-switch').getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/guides\/bus-pass\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('h1')).toHaveText('残疾人乘车证');
});

test('an English page not yet translated says so, and marks its Chinese text as Chinese', async ({ page }) => {
  // Whichever disclosure item has no English file yet.
  const slug = paths
    .filter((path) => /^\/disclosure\/[^/]+\/$/.test(path))
    .map((path) => path.split('/')[2]!)
    .find((candidate) => !existsSync(new URL(`../src/content/en/disclosure/${candidate}.md`, import.meta.url)));
  // When every item has its translation, this test has nothing left to check: it fails, so it is removed on purpose.
  expect(slug, 'a disclosure item with no English file yet').toBeDefined();
  await open(page, `/en/disclosure/${slug}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.notice').first()).not.toHaveText(HAN);
  await expect(page.locator('h1')).toHaveAttribute('lang', 'zh-Hans');
  // Every run of Chinese characters in the main content sits inside an element marked as Chinese.
  const unmarked = await page.locator('main').evaluate((main) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/\p{Script=Han}/u.test(node.textContent ?? '')) continue;
      if (!node.parentElement?.closest('[lang^="zh"]')) found.push(node.textContent!.trim());
    }
    return found;
  });
  expect(unmarked).toEqual([]);
  await expectNoAxeViolations(page);

  // A translated page says nothing of the kind.
  await open(page, '/en/guides/bus-pass/');
  await expect(page.locator('h1')).toHaveText('Disability bus pass');
  await expect(page.locator('h1')).not.toHaveAttribute('lang', /./);
  await expect(page.locator('main .notice')).toHaveCount(0);
});

test('the sitemap lists every page in all three languages', () => {
  const simplified = paths.filter((path) => localeOf(path) === 'zh-Hans');
  expect(simplified.length).toBeGreaterThan(30);
  for (const locale of ['zh-Hant', 'en'] as const) {
    expect(paths.filter((path) => localeOf(path) === locale).map(withoutLocale).sort(), locale).toEqual([...simplified].sort());
  }
});

test('every link on every page, in every language, stays in the language of its page', async ({ request }) => {
  const strays: string[] = [];
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    // The language switch is the one way out of a language: its links name the language they lead to.
    const links = [...html.matchAll(/<(a|form|button)\b([^>]*)>/g)]
      .filter(([, , attributes]) => !/\bhreflang=/.test(attributes!))
      .flatMap(([, , attributes]) => [...attributes!.matchAll(/\b(?:href|action|formaction)="(\/(?!\/)[^"]*)"/g)].map(([, link]) => link!));
    for (const link of links) {
      if (link.startsWith('/qr/') || link.startsWith('/icons/') || link.startsWith('/assets/')) continue;
      if (localeOf(link) !== localeOf(path)) strays.push(`${path} → ${link}`);
    }
  }
  expect(strays).toEqual([]);
});

test('links the app makes as it runs stay in the language too: search results and the form’s next step', async ({ page }) => {
  await open(page, `/zh-Hant/search/?q=${encodeURIComponent('殘疾人證')}`);
  const results = page.locator('.search-results a');
  await expect(results.first()).toBeVisible();
  for (const href of await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
    expect(localeOf(href), href).toBe('zh-Hant');
  }
  await results.first().click();
  await expect(page).toHaveURL(/\/zh-Hant\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');

  await open(page, '/en/request/applicant/');
  await page.locator('input[name="applicantType"][value="person"]').check();
  await page.locator('input[name="name"]').fill('Zhang San');
  await page.locator('input[name="idType"][value="passport"]').check();
  await page.locator('input[name="idNumber"]').fill('E12345678');
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/request\/details\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).not.toHaveText(HAN);
});

test('a traditional-Chinese guide read once opens with no signal, and its app still runs', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Read once each, online: the guide list and a guide.
  await open(page, '/zh-Hant/guides/');
  await open(page, '/zh-Hant/guides/certificate-new/');
  await context.setOffline(true);
  await open(page, '/zh-Hant/guides/certificate-new/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('h1')).toHaveText(toTraditional('残疾人证新办'));
  // Hydrated from the kept code: a link to a page read before is followed by the app, without a page load.
  await page.evaluate(() => Object.assign(window, { samePageLoad: true }));
  await page.locator('.site-nav').getByRole('link', { name: '辦事指南' }).click();
  await expect(page).toHaveURL(/\/zh-Hant\/guides\/$/);
  await expect(page.locator('h1')).toHaveText('辦事指南');
  expect(await page.evaluate(() => 'samePageLoad' in window)).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the request form answers in the language of its page, errors in traditional characters', async ({ page }) => {
    await page.goto('/zh-Hant/request/applicant/');
    await page.locator('main form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/zh-Hant\/request\/applicant\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page).toHaveTitle(/^錯誤：/);
    await expect(page.locator('.error-summary')).toContainText('輸入姓名');
    await expect(page.locator('.error-summary')).not.toContainText('输入姓名');
  });

  test('an unknown English address answers with the English not-found page', async ({ page }) => {
    const response = await page.goto('/en/guides/no-such-guide/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).not.toHaveText(HAN);
  });
});
