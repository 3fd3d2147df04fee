import { expect, type Page, test } from '@playwright/test';
import { headerToggle, htmlPrefs, openHeaderPanel, openPage, storePrefs } from './prefs-support.ts';
import { expectNoAxeViolations } from './site.ts';

const defaults = {
  'data-text-size': '100', 'data-contrast': 'standard', 'data-elder': 'off', 'data-pinyin': 'off',
  'data-reduced-motion': 'off', 'data-line-spacing': 'standard', 'data-read-aloud': 'off',
};

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('prefs') ?? 'null'));

/** Tabs forward until `target` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached by Tab');
}

test.describe('the header panel', () => {
  test('opens, changes every kind of setting and closes with the keyboard alone', async ({ page }) => {
    await openPage(page, '/guides/');
    const toggle = headerToggle(page);
    await tabTo(page, toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toHaveAttribute('aria-controls', 'header-display-settings');
    await expect(page.locator('#header-display-settings')).toBeHidden();

    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = page.locator('#header-display-settings');
    await expect(panel.getByRole('radio', { name: '100%（标准）' })).toBeChecked();
    // Focus stays on the button; the controls come next in the tab order, the other languages first.
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('link', { name: '繁體中文' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('link', { name: 'English' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('radio', { name: '100%（标准）' })).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await expect(panel.getByRole('radio', { name: '125%' })).toBeChecked();
    expect(await htmlPrefs(page)).toMatchObject({ 'data-text-size': '125' });
    await expect(page.locator('#announcer')).toContainText('文字大小：125%');

    await page.keyboard.press('Tab');
    await expect(panel.getByRole('radio', { name: '标准', exact: true }).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(panel.getByRole('radio', { name: '高对比度（黑底黄字）' })).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect(panel.getByRole('radio', { name: '宽', exact: true })).toBeChecked();

    await page.keyboard.press('Tab');
    const elder = panel.getByRole('checkbox', { name: '长辈模式' });
    await expect(elder).toBeFocused();
    await expect(elder).toHaveAccessibleDescription('更大的文字和按钮，一栏显示，每屏内容更少。');
    await page.keyboard.press('Space');
    await expect(elder).toBeChecked();
    await expect(page.locator('#announcer')).toContainText('已打开长辈模式');
    for (const name of ['减少动画', '拼音', '朗读']) {
      await page.keyboard.press('Tab');
      await expect(panel.getByRole('checkbox', { name })).toBeFocused();
      await page.keyboard.press('Space');
    }

    expect(await htmlPrefs(page)).toEqual({
      'data-text-size': '125', 'data-contrast': 'high', 'data-elder': 'on', 'data-pinyin': 'on',
      'data-reduced-motion': 'on', 'data-line-spacing': 'wide', 'data-read-aloud': 'on',
    });
    expect(await stored(page)).toEqual({ textSize: 125, contrast: 'high', lineSpacing: 'wide', elder: true, reducedMotion: true, pinyin: true, readAloud: true });
    await expect(panel).toMatchAriaSnapshot(`
      - group "文字大小":
        - radio "100%（标准）"
        - radio "125%" [checked]
        - radio "150%"
        - radio "175%"
        - radio "200%"
      - group "颜色和对比度":
        - radio "标准"
        - radio "高对比度（黑底黄字）" [checked]
        - radio "深色"
      - group "行距":
        - radio "标准"
        - radio "宽" [checked]
        - radio "更宽"
      - group "其他设置":
        - checkbox "长辈模式" [checked]
        - checkbox "减少动画" [checked]
        - checkbox "拼音" [checked]
        - checkbox "朗读" [checked]
    `);

    // Escape from inside the panel closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
  });

  test('its own close button closes it and returns focus; reset goes back to the defaults', async ({ page }) => {
    await openPage(page, '/');
    await openHeaderPanel(page);
    const panel = page.locator('#header-display-settings');
    await panel.getByRole('radio', { name: '200%' }).check();
    await panel.getByRole('radio', { name: '深色' }).check();
    expect(await htmlPrefs(page)).toMatchObject({ 'data-text-size': '200', 'data-contrast': 'dark' });

    const reset = panel.getByRole('button', { name: '恢复默认设置' });
    await reset.focus();
    await page.keyboard.press('Enter');
    expect(await htmlPrefs(page)).toEqual(defaults);
    expect(await stored(page)).toBeNull();
    await expect(panel.getByRole('radio', { name: '100%（标准）' })).toBeChecked();
    await expect(page.locator('#announcer')).toContainText('已恢复默认显示设置。');

    await panel.getByRole('button', { name: '收起显示设置' }).click();
    await expect(panel).toBeHidden();
    await expect(headerToggle(page)).toBeFocused();
  });

  test('closes when another page is opened', async ({ page }) => {
    await openPage(page, '/');
    await openHeaderPanel(page);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '办事指南' }).click();
    await expect(page.locator('h1')).toHaveText('办事指南');
    await expect(page.locator('#header-display-settings')).toBeHidden();
    await expect(headerToggle(page)).toHaveAttribute('aria-expanded', 'false');
  });
});

test('the controls on /accessibility/ open and work by keyboard, and follow the header panel on the same page', async ({ page }) => {
  await openPage(page, '/accessibility/');
  const section = page.getByRole('region', { name: '显示设置' });
  const open = section.getByRole('button', { name: '更改显示设置' });
  await tabTo(page, open);
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(open).toHaveAttribute('aria-expanded', 'true');

  const largest = section.getByRole('radio', { name: '200%' });
  await tabTo(page, section.getByRole('radio', { name: '100%（标准）' }));
  for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowDown');
  await expect(largest).toBeChecked();
  expect(await htmlPrefs(page)).toMatchObject({ 'data-text-size': '200' });

  const elder = section.getByRole('checkbox', { name: '长辈模式' });
  await tabTo(page, elder);
  await page.keyboard.press('Space');
  await expect(elder).toBeChecked();

  // The header panel shows the same state, and a change there shows here.
  await openHeaderPanel(page);
  const panel = page.locator('#header-display-settings');
  await expect(panel.getByRole('radio', { name: '200%' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: '长辈模式' })).toBeChecked();
  await panel.getByRole('checkbox', { name: '长辈模式' }).uncheck();
  await expect(elder).not.toBeChecked();
  await expectNoAxeViolations(page);

  await tabTo(page, section.getByRole('button', { name: '恢复默认设置' }));
  await page.keyboard.press('Enter');
  await expect(section.getByRole('radio', { name: '100%（标准）' })).toBeChecked();
  expect(await htmlPrefs(page)).toEqual(defaults);

  // Escape closes these controls too, and focus goes back to their button.
  await page.keyboard.press('Escape');
  await expect(section.locator('#page-display-settings')).toBeHidden();
  await expect(open).toBeFocused();
});

test('each setting changes what the person sees', async ({ page }) => {
  await openPage(page, '/guides/bus-pass/');
  await openHeaderPanel(page);
  const panel = page.locator('#header-display-settings');
  const style = (selector: string, property: string) => page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

  expect(await style('html', 'font-size')).toBe('16px');
  await panel.getByRole('radio', { name: '200%' }).check();
  expect(await style('html', 'font-size')).toBe('32px');
  await panel.getByRole('radio', { name: '100%（标准）' }).check();

  await panel.getByRole('radio', { name: '高对比度（黑底黄字）' }).check();
  expect(await style('body', 'color')).toBe('rgb(255, 255, 0)');
  expect(await style('html', 'background-color')).toBe('rgb(0, 0, 0)');
  await panel.getByRole('radio', { name: '深色' }).check();
  expect(await style('html', 'color-scheme')).toBe('dark');
  await panel.getByRole('radio', { name: '标准', exact: true }).first().check();
  expect(await style('html', 'background-color')).toBe('rgb(255, 255, 255)');

  await panel.getByRole('radio', { name: '更宽' }).check();
  expect(parseFloat(await style('main p', 'line-height')) / parseFloat(await style('main p', 'font-size'))).toBeCloseTo(2.2);

  await panel.getByRole('checkbox', { name: '长辈模式' }).check();
  // 18 pt body text, and 60 px targets.
  expect(parseFloat(await style('main p', 'font-size'))).toBeGreaterThanOrEqual(24);
  const toggle = await headerToggle(page).boundingBox();
  expect(toggle!.height).toBeGreaterThanOrEqual(60);
});

test('reduced motion stops animations and smooth scrolling that a page asks for', async ({ page }) => {
  await openPage(page, '/');
  const probe = () => page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('@keyframes probe { to { opacity: 0.5; } } .probe { animation: probe 2s infinite; transition: opacity 1s; } html { scroll-behavior: smooth; }');
    document.adoptedStyleSheets = [sheet];
    const el = document.createElement('p');
    el.className = 'probe';
    document.body.append(el);
    const style = getComputedStyle(el);
    return { animation: style.animationDuration, transition: style.transitionDuration, scroll: getComputedStyle(document.documentElement).scrollBehavior };
  });
  expect(await probe()).toEqual({ animation: '2s', transition: '1s', scroll: 'smooth' });

  await page.evaluate(() => localStorage.setItem('prefs', '{"reducedMotion":true}'));
  await page.reload();
  expect(await probe()).toEqual({ animation: '0s', transition: '0s', scroll: 'auto' });
});

test('stored preferences are on <html> before the page body is parsed: no flash of the default look', async ({ page, context }) => {
  await storePrefs(context, { textSize: 150, contrast: 'dark', elder: true, readAloud: true });
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      const html = document.documentElement;
      (window as unknown as { atFirstBody: Record<string, string> }).atFirstBody = Object.fromEntries([...html.attributes].map((a) => [a.name, a.value]));
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/disclosure/');
  const atFirstBody = await page.evaluate(() => (window as unknown as { atFirstBody: Record<string, string> }).atFirstBody);
  expect(atFirstBody).toMatchObject({
    'data-text-size': '150', 'data-contrast': 'dark', 'data-elder': 'on', 'data-pinyin': 'off',
    'data-reduced-motion': 'off', 'data-line-spacing': 'standard', 'data-read-aloud': 'on',
  });
});

test('preferences survive a reload, and an open second tab follows a change without reloading', async ({ page, context }) => {
  const second = await context.newPage();
  await openPage(second, '/guides/');
  await second.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  await openPage(page, '/');
  await openHeaderPanel(page);
  await page.locator('#header-display-settings').getByRole('radio', { name: '175%' }).check();
  await page.locator('#header-display-settings').getByRole('checkbox', { name: '拼音' }).check();

  await expect.poll(() => htmlPrefs(second)).toMatchObject({ 'data-text-size': '175', 'data-pinyin': 'on' });
  expect(await second.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  await page.reload();
  expect(await htmlPrefs(page)).toMatchObject({ 'data-text-size': '175', 'data-pinyin': 'on' });

  // A reset in one tab resets the other too.
  await openHeaderPanel(page);
  await page.locator('#header-display-settings').getByRole('button', { name: '恢复默认设置' }).click();
  await expect.poll(() => htmlPrefs(second)).toEqual(defaults);
});

test.describe('the phone\'s settings are the defaults', () => {
  for (const [media, shows] of [
    [{ colorScheme: 'dark' }, { 'data-contrast': 'dark' }],
    [{ contrast: 'more' }, { 'data-contrast': 'high' }],
    [{ contrast: 'more', colorScheme: 'dark' }, { 'data-contrast': 'high' }],
    [{ reducedMotion: 'reduce' }, { 'data-reduced-motion': 'on' }],
  ] as const) {
    test(`${JSON.stringify(media)} gives ${JSON.stringify(shows)}, and a stored choice wins`, async ({ page }) => {
      await page.emulateMedia(media);
      await openPage(page, '/');
      expect(await htmlPrefs(page)).toMatchObject(shows);
      const choice = 'data-contrast' in shows ? { contrast: 'standard' } : { reducedMotion: false };
      await page.evaluate((value) => localStorage.setItem('prefs', value), JSON.stringify(choice));
      await page.reload();
      expect(await htmlPrefs(page)).toEqual(defaults);
    });
  }

  test('forced colours: edges and focus drawn in system colours, where backgrounds no longer show', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openPage(page, '/');
    const border = (selector: string) => page.locator(selector).first().evaluate((el) => {
      const style = getComputedStyle(el);
      return `${style.borderBottomStyle} ${style.borderBottomWidth}`;
    });
    expect(await border('.site-header')).toBe('solid 2px');
    expect(await border('.site-nav')).toBe('solid 2px');
    const link = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '办事指南' });
    await link.focus();
    expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await expectNoAxeViolations(page);
  });
});

test('without JavaScript the header leads to the settings on /accessibility/, which says how to use the phone\'s own', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/guides/');
  const link = page.getByRole('banner').getByRole('link', { name: '显示设置' });
  await expect(link).toHaveAttribute('href', '/accessibility/#display-settings');
  await link.click();
  await expect(page).toHaveURL(/\/accessibility\/#display-settings$/);
  const section = page.locator('#display-settings');
  await expect(section.getByRole('heading', { name: '显示设置' })).toBeVisible();
  await expect(section).toContainText('手机的系统设置');
  await expect(section.getByRole('radio')).toHaveCount(0);
  await context.close();
});
