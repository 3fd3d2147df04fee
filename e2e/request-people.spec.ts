import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, scrollsSideways, waitForApp, waitForOfflineReady } from './site.ts';

/** A resident ID with a valid checksum (GB 11643), made up for tests. */
const RESIDENT_ID = '11010519491231002X';
const sentStatus = /^已发送，受理编号 MDJCL-\d{4}-\d{6}$/;

async function startForm(page: Page) {
  await page.goto('/request/applicant/');
  await waitForApp(page);
}

async function fillApplicant(page: Page, idType = '居民身份证', idNumber = RESIDENT_ID) {
  await page.getByRole('radio', { name: '个人' }).check();
  await page.getByLabel('姓名').fill('陈大文');
  await page.getByRole('radio', { name: idType }).check();
  await page.getByLabel('证件号码').fill(idNumber);
  await page.getByRole('button', { name: '继续' }).click();
}

async function fillDetailsAndContact(page: Page, phone = '13912345678') {
  await expect(page.locator('h1')).toHaveText('您想获取的信息');
  await page.getByLabel('您想获取哪些政府信息？').fill('本市残疾人辅助器具补贴的发放标准。');
  await page.getByRole('radio', { name: '到办公地点领取' }).check();
  await page.getByRole('radio', { name: '纸质' }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.locator('h1')).toHaveText('联系方式');
  await page.getByLabel('联系电话').fill(phone);
  await page.getByRole('button', { name: '继续' }).click();
}

async function submit(page: Page) {
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}\/$/);
}

/** The texts of the phone's own history list, under "这部手机上的记录". */
const phoneHistory = (page: Page) => page.locator('h2:text-is("这部手机上的记录") + ol > li').allTextContents();

test.describe('applicants from outside the mainland', () => {
  test('a Hong Kong resident with a travel permit and a +852 number sends a request, offline first; the phone rule arrives from the cache', async ({ page, context }) => {
    await startForm(page);
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await fillApplicant(page, '港澳居民来往内地通行证', 'H1234567');
    // A permit number of the wrong form is caught, in words that name the document, and nothing typed is lost.
    await expect(page.locator('.error-summary')).toContainText('港澳居民来往内地通行证号码以 H 或 M 开头');
    await expect(page.getByLabel('证件号码')).toHaveValue('H1234567');
    await expectNoAxeViolations(page);
    await page.getByLabel('证件号码').fill('H12345678');
    await page.getByRole('button', { name: '继续' }).click();

    await fillDetailsAndContact(page, '+852 5123');
    await expect(page.locator('.error-summary')).toContainText('境外电话以 + 和国家或地区代码开头');
    await page.getByLabel('联系电话').fill('+852 5123 4567');
    await page.getByRole('button', { name: '继续' }).click();
    await expect(page.locator('h1')).toHaveText('核对您的申请');
    // Shown as typed, with the document's name.
    await expect(page.locator('.summary-list')).toContainText(['港澳居民来往内地通行证']);
    await expect(page.getByText('+852 5123 4567', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await submit(page);
    await expect(page.locator('.status-tag')).toHaveText('已保存，联网后自动发送');
    await context.setOffline(false);
    await expect(page.locator('.status-tag')).toHaveText(sentStatus, { timeout: 30_000 });
  });

  for (const [phone, label] of [['(0453)6912345', 'a landline with its area code in brackets'], ['0453-6912345转801', 'a landline with an extension']] as const) {
    test(`${label} is accepted`, async ({ page }) => {
      await startForm(page);
      await fillApplicant(page);
      await fillDetailsAndContact(page, phone);
      await expect(page.locator('h1')).toHaveText('核对您的申请');
      await expect(page.getByText(phone, { exact: true })).toBeVisible();
    });
  }
});

test.describe('China dates, in a browser in New York at 00:30 China time', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('"我的申请" shows the China date the request was saved and received', async ({ page }) => {
    // 00:30 on 5 March 2026 in Beijing: 11:30 on 4 March in New York, 16:30 on 4 March in UTC.
    await page.clock.setFixedTime(new Date('2026-03-04T16:30:00Z'));
    await startForm(page);
    await fillApplicant(page);
    await fillDetailsAndContact(page);
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/requests') && response.status() === 201);
    await submit(page);
    const receipt = (await (await answer).json()) as { receivedAt: string };
    await expect(page.locator('.status-tag')).toHaveText(sentStatus);

    const row = (label: string) => page.locator('.summary-list > div').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd');
    await expect(row('保存时间')).toHaveText('2026-03-05');
    // The server's clock is its own: its receipt is shown as the date in China at that instant.
    const receivedInChina = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(receipt.receivedAt));
    await expect(row('收到日期')).toHaveText(receivedInChina);
    expect(await phoneHistory(page)).toEqual([expect.stringMatching(/^2026年3月5日 00:30/), expect.stringMatching(/^2026年3月5日 00:30/)]);

    await page.goto('/requests/');
    await expect(page.locator('.item-list__meta')).toHaveText(/· 2026-03-05$/);
  });
});

test('a request that failed to send three times shows one "saved" step and one "sent" step in its history', async ({ page, context }) => {
  let failures = 0;
  await context.route('**/api/requests', (route) => {
    if (route.request().method() !== 'POST' || failures >= 3) return route.continue();
    failures++;
    return route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Service Unavailable', status: 503 }) });
  });
  await startForm(page);
  await fillApplicant(page);
  await fillDetailsAndContact(page);
  await submit(page);
  // Three failures wait 2, 4 and 8 seconds at most before trying again.
  await expect(page.locator('.status-tag')).toHaveText(sentStatus, { timeout: 45_000 });
  expect(failures).toBe(3);
  const reference = (await page.locator('.status-tag').textContent())!.replace('已发送，受理编号 ', '');
  const steps = await phoneHistory(page);
  expect(steps.map((step) => step.replace(/^.*?：/, ''))).toEqual(['已保存，联网后自动发送', `已发送，受理编号 ${reference}`]);
  await expectNoAxeViolations(page);
});

async function withoutIndexedDb(context: BrowserContext) {
  await context.addInitScript(() => {
    const problems: string[] = [];
    (window as unknown as { unhandled: string[] }).unhandled = problems;
    addEventListener('unhandledrejection', (event) => problems.push(String(event.reason)));
    // As in some private modes: no IndexedDB at all.
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
}

test('without IndexedDB, typing into the form raises no error and nothing visible breaks; the check page says the phone cannot keep it', async ({ page, context }) => {
  await withoutIndexedDb(context);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await startForm(page);
  await fillApplicant(page);
  await fillDetailsAndContact(page);
  await expect(page.locator('h1')).toHaveText('核对您的申请');
  // Every answer was kept in memory across the steps.
  await expect(page.getByText('陈大文', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '这个浏览器不能把申请保存在手机上' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { unhandled: string[] }).unhandled)).toEqual([]);
  expect(errors).toEqual([]);
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const [prefix, document, message] of [
    ['/zh-Hant', '臺灣居民來往大陸通行證', '臺灣居民來往大陸通行證號碼應為 8 位數字'],
    ['/en', 'Mainland Travel Permit for Taiwan Residents', 'Mainland travel permit number for Taiwan residents must be 8 digits'],
  ] as const) {
    test(`${prefix}: the new identity documents and their errors are in the page's language, accessible, and reflow`, async ({ page }) => {
      await page.goto(`${prefix}/request/applicant/`);
      await waitForApp(page);
      await page.locator('input[name="applicantType"][value="person"]').check();
      await page.locator('input[name="name"]').fill('Chen Tai-man');
      await page.getByRole('radio', { name: document }).check();
      await page.locator('input[name="idNumber"]').fill('1234');
      await page.locator('button[type="submit"]').click();
      await expect(page.locator('.error-summary')).toContainText(message);
      expect(await scrollsSideways(page)).toBe(false);
      await expectNoAxeViolations(page);
    });
  }
});
