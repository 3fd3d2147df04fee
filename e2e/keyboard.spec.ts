import { expect, test } from '@playwright/test';
import { waitForApp } from './site.ts';

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto('/guides/bus-pass/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: '跳到正文' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues inside main, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('client-side navigation gives the new page its title, focuses its h1 and announces it', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  // A marker on window survives a client-side navigation and is lost on a page load.
  await page.evaluate(() => ((window as unknown as { spa: boolean }).spa = true));
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '办事指南' }).click();
  await expect(page).toHaveURL(/\/guides\/$/);
  const heading = page.locator('h1');
  await expect(heading).toHaveText('办事指南');
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(/^办事指南/);
  await expect(page.locator('#announcer')).toHaveText('已打开：办事指南');
  expect(await page.evaluate(() => (window as unknown as { spa?: boolean }).spa)).toBe(true);

  await page.getByRole('link', { name: '残疾人乘车证' }).first().click();
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '办事指南' })).toHaveAttribute('aria-current', 'true');
});

test('focus is always visible: the focused link gets the focus style', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});

test('every link and button is at least 44 by 44 CSS pixels, or inline in a sentence', async ({ page }) => {
  for (const path of ['/', '/guides/bus-pass/', '/disclosure/', '/reports/2017/']) {
    await page.goto(path);
    const small = await page.locator('a:visible, button:visible').evaluateAll((targets) =>
      targets
        .filter((el) => !(el.parentElement?.tagName === 'P' && el.parentElement.textContent!.trim() !== el.textContent!.trim()))
        .filter((el) => { const r = el.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(small, `small targets on ${path}`).toEqual([]);
  }
});
