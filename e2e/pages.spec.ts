import { expect, test } from '@playwright/test';
import { localeOf, withoutLocale } from '../src/i18n/locales.ts';
import { expectNoAxeViolations, scrollsSideways, sitemapPaths, waitForApp } from './site.ts';

const paths = sitemapPaths();

/**
 * Every simplified-Chinese page, and one page of each kind in the other languages: their pages are made by
 * the same components from the same content, and the sweep must stay quick enough to run on every change.
 */
const kinds = new Set(['/', '/guides/', '/guides/bus-pass/', '/disclosure/', '/disclosure/suggestion-87-reply/', '/reports/2017/',
  '/request/', '/request/applicant/', '/request/check/', '/requests/', '/search/', '/accessibility/', '/contacts/', '/privacy/']);
const swept = paths.filter((path) => localeOf(path) === 'zh-Hans' || kinds.has(withoutLocale(path)));

test('the sitemap lists every kind of public page', () => {
  for (const path of ['/', '/guides/', '/guides/bus-pass/', '/disclosure/', '/reports/2017/', '/contacts/', '/accessibility/', '/privacy/']) {
    expect(paths).toContain(path);
  }
});

for (const path of swept) {
  test(`${path} is accessible and reflows at 320 px`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await waitForApp(page);

    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).not.toBeEmpty();
    expect(await page.title()).toMatch(/\S/);
    await expect(page.locator('html')).toHaveAttribute('lang', localeOf(path));
    await expectNoAxeViolations(page);

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await scrollsSideways(page), 'horizontal scroll at 320 px').toBe(false);

    // Every link to another page of the site points at a page that exists.
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    for (const href of hrefs) expect(paths, `broken link ${href} on ${path}`).toContain(href);

    // Hydration went through without errors (a CSP refusal or a mismatch shows up here).
    expect(errors).toEqual([]);
  });
}

test('the sitemap gives absolute addresses on BASE_URL, and robots.txt and the manifest point the right way', async ({ request, baseURL }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
  expect(locs.length).toBe(paths.length);
  for (const loc of locs) expect(loc.startsWith(`${baseURL}/`), loc).toBe(true);

  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.headers()['content-type']).toBe('application/manifest+json; charset=utf-8');
  expect(await manifest.json()).toMatchObject({ lang: 'zh-Hans', start_url: '/?source=home-screen' });
});

test('an unknown address answers 404 with an accessible page that leads back', async ({ page }) => {
  const response = await page.goto('/guides/no-such-guide/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
  await expect(page.getByRole('link', { name: '回到首页' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an address without its trailing slash redirects to the page', async ({ page }) => {
  const response = await page.goto('/guides/bus-pass');
  expect(new URL(page.url()).pathname).toBe('/guides/bus-pass/');
  expect(response?.status()).toBe(200);
});
