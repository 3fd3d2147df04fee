import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every public page, as the built sitemap lists them (paths only; the host is BASE_URL's). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../dist/sitemap.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
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
