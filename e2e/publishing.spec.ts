import { devices, expect, type Locator, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { E2E_PORT, E2E_STAFF } from '../playwright.config.ts';
import { useContentServer } from './second-server.ts';
import { makePdf } from '../server/content/checks/test-pdfs.ts';
import { expectNoAxeViolations, waitForApp } from './site.ts';

/**
 * Issue 14: a staff member publishes a notice themselves, on a phone, with the keyboard; it is public at once in
 * every language, without a build.
 */

/** Presses Tab until `target` has focus, as someone on a keyboard would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}


useContentServer(E2E_PORT + 15);

test('a staff member publishes a notice with a PDF by keyboard on a phone; it is public in every language, found without JavaScript, and its QR code is its address', async ({ browser, baseURL }) => {
  const slug = `e2e-notice-${Date.now().toString(36)}`;
  const title = '关于2026年残疾人就业保障金申报的通知';
  const staffContext = await browser.newContext({ ...devices['Pixel 5'], baseURL, locale: 'zh-CN' });
  const staff = await staffContext.newPage();

  await staff.goto('/staff/content/');
  await typeInto(staff, staff.getByLabel('用户名'), E2E_STAFF.name);
  await typeInto(staff, staff.getByLabel('密码'), E2E_STAFF.password);
  await staff.keyboard.press('Enter');
  await expect(staff.locator('h1')).toHaveText('信息发布');
  await expectNoAxeViolations(staff);

  const create = staff.getByRole('link', { name: '新建信息公开条目' });
  await tabTo(staff, create);
  await staff.keyboard.press('Enter');
  await expect(staff.locator('h1')).toHaveText('新建信息公开目录');
  await expectNoAxeViolations(staff);

  await typeInto(staff, staff.getByLabel('地址名', { exact: true }), slug);
  await typeInto(staff, staff.getByLabel('标题', { exact: true }), title);
  // The category's radios: Tab reaches the first, an arrow key moves to and chooses the next (政策文件).
  await tabTo(staff, staff.getByRole('radio').first());
  await staff.keyboard.press('ArrowDown');
  await expect(staff.getByRole('radio', { name: '政策文件' })).toBeChecked();
  await typeInto(staff, staff.getByLabel('发布机构', { exact: true }), '测试市残疾人联合会');
  await typeInto(staff, staff.getByLabel('成文日期', { exact: true }), '2026-03-02');
  await typeInto(staff, staff.getByLabel('摘要', { exact: true }), '2026年就业保障金的申报时间和办法。');
  await typeInto(staff, staff.getByLabel('正文', { exact: true }), '## 申报时间\n\n3月1日至6月30日。\n');
  await tabTo(staff, staff.getByRole('button', { name: '保存草稿' }));
  await staff.keyboard.press('Enter');
  await expect(staff.getByText('草稿已保存。')).toBeVisible();

  // The form: choosing the file is the phone's own picker; the upload and the publish are keys again.
  await staff.getByLabel('上传附件（可选）').setInputFiles({ name: '申报表.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makePdf(['text'])) });
  await tabTo(staff, staff.getByRole('button', { name: '上传', exact: true }));
  await staff.keyboard.press('Enter');
  await expect(staff.getByText('附件已上传。')).toBeVisible();
  await expectNoAxeViolations(staff);
  await tabTo(staff, staff.getByRole('button', { name: '直接发布（跳过审核）' }));
  await staff.keyboard.press('Enter');
  // Published, with the checks' reminder that there is no English version yet.
  await expect(staff.getByRole('definition').filter({ hasText: /^已发布$/ })).toBeVisible();
  await expect(staff.getByText('发布时的提醒：')).toBeVisible();
  await staffContext.close();

  // The citizen's side, in every language, at once.
  const citizen = await browser.newContext({ ...devices['Pixel 5'], baseURL });
  const page = await citizen.newPage();
  for (const [prefix, heading] of [['', title], ['/zh-Hant', '關於2026年殘疾人就業保障金申報的通知'], ['/en', title]] as const) {
    const response = await page.goto(`${prefix}/disclosure/${slug}/`);
    expect(response!.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(heading);
    await expectNoAxeViolations(page);
  }
  await page.goto(`/disclosure/${slug}/`);
  await expect(page.getByText('测试市残疾人联合会').first()).toBeVisible();
  const qr = page.getByRole('img', { name: /本页二维码/ });
  await qr.scrollIntoViewIfNeeded();
  await expect(qr).toHaveJSProperty('complete', true);
  const png = PNG.sync.read(await qr.screenshot());
  // The page's address as the site gives it (the build's BASE_URL; this test's server has its own port).
  const address = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(address).toMatch(new RegExp(`^https?://[^/]+/disclosure/${slug}/$`));
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(address);

  // Search finds it with JavaScript, in the app's own search over the index the server merged, in each language.
  for (const [prefix, words, heading] of [['', '就业保障金申报', title], ['/zh-Hant', '就業保障金申報', '關於2026年殘疾人就業保障金申報的通知']] as const) {
    await page.goto(`${prefix}/search/?q=${encodeURIComponent(words)}`);
    // Hydrated, the results are the app's, from the JSON index, no longer the server's page.
    await waitForApp(page);
    await expect(page.getByRole('link', { name: heading })).toHaveAttribute('href', `${prefix}/disclosure/${slug}/`);
  }
  await citizen.close();

  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const search = await noScript.newPage();
  await search.goto(`/search/?q=${encodeURIComponent('就业保障金申报')}`);
  await expect(search.getByRole('link', { name: title })).toHaveAttribute('href', `/disclosure/${slug}/`);
  await noScript.close();
});
