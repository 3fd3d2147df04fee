import { expect, test } from '@playwright/test';

test('Chromium finds the app installable: manifest, icons and service worker pass its checks', async ({ page, context }) => {
  await page.goto('/guides/bus-pass/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito ones, where Chromium never installs anything: that one is not the app's.
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
  const { errors } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);
});

test('opened from the home-screen icon, the app returns to the page the person was reading', async ({ page }) => {
  await page.goto('/guides/bus-pass/');
  await expect(page.locator('h1')).toHaveText('残疾人乘车证');
  // The page is prerendered: its heading shows before the app has run and noted it as the page being read.
  await page.waitForFunction(() => localStorage.getItem('lastPage') === '/guides/bus-pass/');
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  await page.goto(manifest.start_url);
  await expect(page).toHaveURL(/\/guides\/bus-pass\/$/);
  await expect(page.locator('h1')).toHaveText('残疾人乘车证');
});

test('opened from the home-screen icon on a new phone, the app starts at the home page', async ({ page }) => {
  await page.goto('/?source=home-screen');
  await expect(page.locator('h1')).toHaveText('残联信息公开');
});
