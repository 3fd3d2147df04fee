import { expect, type BrowserContext, type Page } from '@playwright/test';
import { waitForApp } from './site.ts';

/** The stored value of DESIGN.md's contract, as the app writes it. */
export type StoredPrefs = Partial<{
  textSize: number; contrast: string; elder: boolean; pinyin: boolean; reducedMotion: boolean; lineSpacing: string; readAloud: boolean;
}>;

/** Stores preferences before any page of the context runs, as a person's earlier visit would have. */
export async function storePrefs(context: BrowserContext, prefs: StoredPrefs) {
  await context.addInitScript((value) => localStorage.setItem('prefs', value), JSON.stringify(prefs));
}

/** `<html>`'s preference attributes. */
export function htmlPrefs(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries([...document.documentElement.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value])));
}

/**
 * Page addresses go through here so the same tests run for every language: the languages work adds its
 * prefixes (`/zh-Hant`, `/en`) to this list.
 */
export const localePrefixes = ['', '/zh-Hant', '/en'];
export const address = (prefix: string, path: string) =>
  // Search finds words of the page's language.
  `${prefix}${prefix === '/en' ? path.replace('?q=%E4%B9%98%E8%BD%A6', '?q=bus') : path}`;

/** One page of each type, and how to bring it to the state worth checking. */
export const pageTypes: { type: string; path: string; status?: number; prepare?: (page: Page) => Promise<void> }[] = [
  { type: 'home', path: '/' },
  { type: 'guide list', path: '/guides/' },
  { type: 'guide', path: '/guides/certificate-new/' },
  { type: 'catalogue', path: '/disclosure/' },
  { type: 'disclosure item', path: '/disclosure/suggestion-87-reply/' },
  { type: 'annual report', path: '/reports/2017/' },
  {
    type: 'request step with errors',
    path: '/request/applicant/',
    prepare: async (page) => {
      await page.locator('main').getByRole('button').last().click();
      await expect(page.locator('.error-summary')).toBeFocused();
    },
  },
  { type: 'check answers', path: '/request/check/' },
  {
    type: 'ask form with errors',
    path: '/ask/',
    prepare: async (page) => {
      await page.locator('main').getByRole('button').last().click();
      await expect(page.locator('.error-summary')).toBeFocused();
    },
  },
  { type: 'my requests', path: '/requests/' },
  { type: 'search', path: '/search/?q=%E4%B9%98%E8%BD%A6', prepare: (page) => expect(page.locator('.search-results')).toBeVisible() },
  {
    type: 'content page',
    path: '/accessibility/',
    prepare: async (page) => {
      await page.locator('#display-settings').getByRole('button').click();
      await expect(page.locator('#page-display-settings .prefs')).toBeVisible();
    },
  },
  { type: 'not found', path: '/no-such-page/', status: 404 },
];

export async function openPage(page: Page, path: string) {
  const response = await page.goto(path);
  await waitForApp(page);
  return response;
}

/** The header's "显示设置" button, in any language (the panel's "收起显示设置" also contains the words). */
export const headerToggle = (page: Page) => page.getByRole('banner').locator('button[aria-controls="header-display-settings"]');

/** The header's display settings, opened: the controls appear below the button. */
export async function openHeaderPanel(page: Page) {
  const toggle = headerToggle(page);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#header-display-settings .prefs')).toBeVisible();
}
