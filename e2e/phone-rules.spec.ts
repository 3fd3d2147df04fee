import { expect, type Page, test } from '@playwright/test';
import { waitForApp, waitForOfflineReady } from './site.ts';

/**
 * Issue 16, point 6: the phone rule's library (libphonenumber-js, ~29 KB gzip) is no part of a first visit; the
 * worker keeps it when the request form opens, so that a form opened online once checks numbers with no signal.
 */

/** Whether any cache holds the phone rule's chunk (`assets/phone-…`). */
function holdsPhoneRules(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        if (/^\/assets\/phone-[^/]+\.js$/.test(new URL(request.url).pathname)) return true;
      }
    }
    return false;
  });
}

test('a first visit leaves the phone rules out; the form keeps them when opened, and then checks a number offline', async ({ page, context }) => {
  await page.goto('/guides/bus-pass/');
  await waitForOfflineReady(page);
  expect(await holdsPhoneRules(page)).toBe(false);

  await page.goto('/request/contact/');
  await waitForApp(page);
  await expect.poll(() => holdsPhoneRules(page)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await page.getByLabel('联系电话').fill('12345');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.locator('.error-summary')).toContainText('输入正确的电话号码');
  await expect(page.getByLabel('联系电话')).toHaveValue('12345');
});

test('the mailbox form does not download the phone rules on arrival; the worker keeps them, and a phone number given as the contact is checked offline', async ({ page, context }) => {
  const downloaded: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/phone-[^/]+\.js$/.test(request.url())) downloaded.push(request.url());
  });
  await page.goto('/ask/');
  await waitForApp(page);
  await waitForOfflineReady(page);
  await expect.poll(() => holdsPhoneRules(page)).toBe(true);
  expect(downloaded, 'the page itself fetched the phone rules').toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await page.locator('input[name="topic"][value="other"]').check();
  await page.locator('input[name="kind"][value="question"]').check();
  await page.locator('textarea[name="text"]').fill('盲人按摩培训什么时候报名？');
  await page.locator('input[name="answerBy"][value="phone"]').check();
  await page.getByLabel('联系方式').fill('12345');
  await page.getByRole('button', { name: '发送' }).click();
  await expect(page.locator('.error-summary')).toContainText('输入电子邮件地址或电话号码，如 name@example.com 或 13912345678');
  await expect(page.getByLabel('联系方式')).toHaveValue('12345');
});
