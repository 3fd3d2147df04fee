import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('a guide reads in full without JavaScript, as a prerendered page', async ({ page }) => {
  await page.goto('/guides/certificate-new/');
  await expect(page.locator('h1')).toHaveText('残疾人证新办');
  await expect(page.getByRole('heading', { name: '办理步骤' })).toBeVisible();
  expect(await page.locator('ol.steps > li').count()).toBeGreaterThanOrEqual(2);
  await expect(page).toHaveTitle(/^残疾人证新办/);
});

test('navigation works without JavaScript: links are plain links to prerendered pages', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '信息公开' }).click();
  await expect(page).toHaveURL(/\/disclosure\/$/);
  await expect(page.locator('h1')).toHaveText('信息公开');
  await page.getByRole('link', { name: /2017年.*年度报告/ }).first().click();
  await expect(page.getByRole('table', { name: '主动公开政府信息情况' })).toBeVisible();
});
