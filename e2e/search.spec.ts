import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, waitForApp } from './site.ts';

/** Search in either script and width (issue 12, point 4), and without JavaScript (point 5). */

const q = (query: string) => encodeURIComponent(query);

/** The result links' addresses, once the results are shown. */
async function results(page: Page): Promise<string[]> {
  const heading = page.locator('#search-results-count');
  await expect(heading).toHaveText(/\d|没有|沒有|No /);
  return page.locator('.search-results li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

const languages = [
  { prefix: '', lang: 'zh-Hans', certificate: '/guides/certificate-new/' },
  { prefix: '/zh-Hant', lang: 'zh-Hant', certificate: '/zh-Hant/guides/certificate-new/' },
  { prefix: '/en', lang: 'en', certificate: '/en/guides/certificate-new/' },
];

test('with the app, a query in either script and either width finds the same pages, in every language', async ({ page }) => {
  for (const { prefix, certificate } of languages) {
    await page.goto(`${prefix}/`);
    await waitForApp(page);
    const found: Record<string, string[]> = {};
    for (const query of ['残疾人证', '殘疾人證', '2017', '２０１７', '残疾人证 乘车', '残疾人证　乘车']) {
      await page.goto(`${prefix}/search/?q=${q(query)}`);
      await waitForApp(page);
      found[query] = await results(page);
    }
    expect(found['残疾人证'], prefix).toContain(certificate);
    expect(found['殘疾人證'], prefix).toEqual(found['残疾人证']);
    expect(found['２０１７'], prefix).toEqual(found['2017']);
    expect(found['2017']!.length, prefix).toBeGreaterThan(0);
    expect(found['残疾人证　乘车'], prefix).toEqual(found['残疾人证 乘车']);
  }
});

test('typed into the box on a traditional-Chinese page, the simplified query finds the guides', async ({ page }) => {
  await page.goto('/zh-Hant/search/');
  await waitForApp(page);
  const box = page.getByRole('searchbox');
  await box.fill('残疾人证');
  await box.press('Enter');
  await expect(page.locator('.search-results li > a').first()).toHaveAttribute('href', '/zh-Hant/guides/certificate-new/');
  await expect(page.locator('#announcer')).toContainText(/\d/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the server answers the search page with its results, in every language, and a new search from its box', async ({ page }) => {
    for (const { prefix, lang, certificate } of languages) {
      await page.goto(`${prefix}/search/?q=${q('殘疾人證')}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      expect(await results(page), prefix).toContain(certificate);
      await expect(page.getByRole('searchbox')).toHaveValue('殘疾人證');

      // The box is a plain form: the next search comes back from the server.
      await page.getByRole('searchbox').fill('残疾人证');
      await page.getByRole('searchbox').press('Enter');
      await expect(page).toHaveURL(new RegExp(`${prefix}/search/\\?q=`));
      expect(await results(page), prefix).toContain(certificate);
    }
  });

  test('a search with no match says so', async ({ page }) => {
    await page.goto(`/search/?q=${q('火箭发射')}`);
    await expect(page.locator('#search-results-count')).toHaveText('没有找到结果，换个词试试');
    await expect(page.locator('.search-results li')).toHaveCount(0);
  });
});

test('the results pages the server renders pass axe in every language, found and not found', async ({ page }) => {
  for (const { prefix } of languages) {
    for (const [name, query] of [['found', '殘疾人證'], ['none', '火箭发射']] as const) {
      const response = await page.request.get(`${prefix}/search/?q=${q(query)}`);
      expect(response.status()).toBe(200);
      // Axe needs script in the page: the server's page is shown as it is, without the app's, in a browser that runs it.
      const html = (await response.text()).replace(/<script type="module"[^>]*><\/script>/g, '');
      const at = `${prefix}/search/rendered-${name}/`;
      await page.route(`**${at}`, (route) => route.fulfill({ response, body: html }));
      await page.goto(at);
      await expect(page.locator('#search-results-count')).toBeVisible();
      await expectNoAxeViolations(page);
    }
  }
});

test('with the app, the server’s results page is taken over as it is: the same results, and the next search works', async ({ page }) => {
  const response = await page.goto(`/search/?q=${q('乘车')}`);
  expect(response?.status()).toBe(200);
  const before = await results(page);
  await waitForApp(page);
  expect(await results(page)).toEqual(before);
  const box = page.getByRole('searchbox');
  await box.fill('残疾人证');
  await box.press('Enter');
  await expect(page.locator('.search-results li > a').first()).toHaveAttribute('href', '/guides/certificate-new/');
  await expect(page.locator('#announcer')).toContainText(/找到 \d+ 条结果/);
  await expectNoAxeViolations(page);
});
