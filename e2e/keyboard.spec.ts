import { expect, test } from '@playwright/test';
import { waitForApp } from './site.ts';

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto('/guides/bus-pass/');
  await waitForApp(page);
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: '跳到正文' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues inside main, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  // Focusable only while it had focus, as GOV.UK's skip link does: else Orca goes on calling `main` "clickable".
  await expect(page.locator('main')).not.toHaveAttribute('tabindex');
});

test('the h1 a client-side navigation focuses, and the error summary, stop being focusable once focus leaves them', async ({ page }) => {
  await page.goto('/request/applicant/');
  await waitForApp(page);
  await page.getByRole('button', { name: '继续' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(summary).not.toHaveAttribute('tabindex');
  await page.getByRole('link', { name: '首页' }).first().click();
  await expect(page.locator('h1')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('h1')).not.toHaveAttribute('tabindex');
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
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/guides\/$/);
  await expect(page.locator('#announcer')).toContainText('已打开：办事指南');
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
  for (const path of ['/', '/guides/bus-pass/', '/disclosure/', '/reports/2017/', '/ask/']) {
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

test('tabbing through a whole page, every focused element shows its focus and is not covered', async ({ page }) => {
  await page.goto('/guides/certificate-new/');
  const seen: string[] = [];
  for (let step = 0; step < 60; step++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      // A link that wraps has one box per line: look at the middle of its first line.
      const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const centre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {
        name: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 20) ?? ''}`,
        indicated: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' || style.boxShadow !== 'none',
        inView: box.bottom > 0 && box.top < innerHeight,
        uncovered: !!centre && (el === centre || el.contains(centre)),
      };
    });
    if (!focus) break;
    seen.push(focus.name);
    expect(focus, `focus on ${focus.name}`).toMatchObject({ indicated: true, inView: true, uncovered: true });
  }
  // The walk reached the footer: nothing traps the keyboard on the way.
  expect(seen.some((name) => name.includes('隐私说明'))).toBe(true);
});
