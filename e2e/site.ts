import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { AXE_TAGS } from '../server/content/checks/axe-tags.ts';

/** Every public page, as the built sitemap lists them (paths only; the host is BASE_URL's). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../dist/sitemap.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
}

export { AXE_TAGS };

/**
 * axe over a page, run in the page itself. Its default opens a blank page for every check to gather the frames'
 * results, which cross-origin frames need and ours have none of: that made each check two to three times slower,
 * about ten minutes of CI's over the display modes alone.
 */
export const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true);

export async function expectNoAxeViolations(page: Page) {
  // A heading can be in the DOM before the stylesheets have applied: colours checked then are the browser's defaults
  // under the site's text colour (a white sign-out button on grey), which no one ever sees.
  await page.waitForLoadState('load');
  const { violations } = await axe(page).withTags(AXE_TAGS).analyze();
  const readable = violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(readable, `axe violations on ${page.url()}`).toEqual([]);
}

/** True when the page scrolls sideways: content wider than the viewport. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Waits until the app has hydrated and its route chunks have arrived, so clicks are handled by the router. */
export async function waitForApp(page: Page) {
  await page.waitForFunction(() => {
    const app = document.getElementById('app') as (HTMLElement & Record<string, unknown>) | null;
    return !!app && Object.keys(app).some((key) => key.startsWith('__'));
  });
  await page.waitForLoadState('networkidle');
}

/** The service worker has kept the app and controls the page: from here the page works with no signal. */
export async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/**
 * Files a request with the form, as a citizen does on their own phone: a person with a resident ID card who will
 * collect the reply, in the given format and, if given, accessible format (which the check page must then show).
 * Waits for the reference the federation gives and returns it.
 */
export async function fileRequestWithTheForm(
  page: Page,
  { name = '张明', description, format = '纸质', accessibleFormat, offlineReady = false }:
    { name?: string; description: string; format?: '纸质' | '电子文件'; accessibleFormat?: string; offlineReady?: boolean },
): Promise<string> {
  await page.goto('/request/applicant/');
  await waitForApp(page);
  if (offlineReady) await waitForOfflineReady(page);
  await page.getByRole('radio', { name: '个人' }).check();
  await page.getByLabel('姓名').fill(name);
  await page.getByRole('radio', { name: '居民身份证' }).check();
  await page.getByLabel('证件号码').fill('11010519491231002X');
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByLabel('您想获取哪些政府信息？').fill(description);
  await page.getByRole('radio', { name: '到办公地点领取' }).check();
  await page.getByRole('radio', { name: format }).check();
  if (accessibleFormat) await page.getByRole('radio', { name: accessibleFormat }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByLabel('联系电话').fill('13912345678');
  await page.getByRole('button', { name: '继续' }).click();
  if (accessibleFormat) await expect(page.getByText(accessibleFormat)).toBeVisible();
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.locator('.status-tag')).toHaveText(/^已发送，受理编号 MDJCL-\d{4}-\d{6}$/, { timeout: 30_000 });
  return (await page.locator('.status-tag').textContent())!.replace('已发送，受理编号 ', '');
}

/**
 * Answers posts to `url` as the server answers one its rules refuse (422, problem+json with `errors` by field) while
 * `refusing()` is true, and passes them to the server after: a rule changed since the form was loaded, then fixed.
 */
export async function refuseWhile(context: BrowserContext, url: string, errors: { field: string; message: string }[], refusing: () => boolean) {
  await context.route(url, (route) =>
    refusing()
      ? route.fulfill({ status: 422, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Unprocessable Content', status: 422, errors }) })
      : route.continue(),
  );
}
