import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

test("a page's QR code, read from a screenshot, is that page's address", async ({ page, baseURL }) => {
  await page.goto('/guides/bus-pass/');
  const qr = page.getByRole('img', { name: /本页二维码/ });
  await qr.scrollIntoViewIfNeeded();
  await expect(qr).toHaveJSProperty('complete', true);
  const png = PNG.sync.read(await qr.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code?.data).toBe(`${baseURL}/guides/bus-pass/`);
  await expect(qr).toHaveAttribute('alt', `本页二维码，地址：${baseURL}/guides/bus-pass/`);
});

test('printed, a guide keeps its QR code and address and drops the navigation', async ({ page, baseURL }) => {
  await page.goto('/guides/bus-pass/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('img', { name: /本页二维码/ })).toBeVisible();
  await expect(page.getByText(`${baseURL}/guides/bus-pass/`, { exact: true })).toBeVisible();
  // Large type for the service hall: at least 14 pt body text.
  const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(bodySize).toBeGreaterThanOrEqual(18.6);
});

test('the request form’s start page carries its QR code, and its question pages none, with or without JavaScript', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/request/');
    await expect(page.getByRole('img', { name: /本页二维码/ })).toHaveCount(1);
    for (const path of ['/request/applicant/', '/request/check/']) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.getByRole('img', { name: /本页二维码/ }), path).toHaveCount(0);
    }
    await context.close();
  }
});
