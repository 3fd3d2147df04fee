import { expect, type Route, test } from '@playwright/test';
import { storePrefs } from './prefs-support.ts';

// Issue 16, point 4: one round trip to first paint. The boot script and the critical CSS are inline, allowed by
// their hashes in the Content-Security-Policy; the rest of the CSS loads after the content.

// A first visit: no worker yet, so every request reaches page.route().
test.use({ serviceWorkers: 'block' });

/** Prerendered pages and pages the server renders, in each language. */
const pages = [
  { kind: 'a prerendered guide', path: '/guides/bus-pass/' },
  { kind: 'a prerendered guide in traditional Chinese', path: '/zh-Hant/guides/bus-pass/' },
  { kind: 'the prerendered English home page', path: '/en/' },
  { kind: 'a server-rendered search page', path: '/search/?q=%E4%B9%98%E8%BD%A6' },
  { kind: 'a server-rendered English not-found page', path: '/en/no-such-page/' },
];

for (const { kind, path } of pages) {
  test(`${kind} paints in its saved display mode while every script and stylesheet is still on its way`, async ({ page, context }) => {
    await storePrefs(context, { contrast: 'high', textSize: 200 });
    const held: Route[] = [];
    // Held, never answered: a render-blocking script or stylesheet would keep the page from painting at all.
    await page.route('**/*', (route) => {
      const type = route.request().resourceType();
      if (type === 'script' || type === 'stylesheet') held.push(route);
      else void route.continue();
    });
    await page.goto(path, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);

    // The page's own stylesheet was asked for and has not arrived: what shows came with the HTML.
    expect(held.map((route) => route.request().resourceType())).toContain('stylesheet');
    expect(await page.evaluate(() => [...document.styleSheets].filter((sheet) => sheet.href).length)).toBe(0);
    // Yellow on black, at twice the size, from the first paint.
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '200');
    const look = await page.locator('h1').evaluate((h1) => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      color: getComputedStyle(h1).color,
      rootSize: getComputedStyle(document.documentElement).fontSize,
    }));
    expect(look).toEqual({ background: 'rgb(0, 0, 0)', color: 'rgb(255, 255, 0)', rootSize: '32px' });
    for (const route of held) await route.abort();
  });

  test(`${kind} runs its inline script and style under the Content-Security-Policy, with no violation`, async ({ page, context }) => {
    await storePrefs(context, { contrast: 'dark' });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(path);
    const policy = (await response!.allHeaders())['content-security-policy']!;
    expect(policy).toMatch(/script-src 'self' 'sha256-[^']+';/);
    expect(policy).not.toContain('unsafe-inline');
    await page.waitForLoadState('load');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'dark');
    // The whole stylesheet arrived after the content and changes nothing the critical CSS had drawn.
    expect(await page.evaluate(() => [...document.styleSheets].filter((sheet) => sheet.href).length)).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(17, 18, 19)');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
}
