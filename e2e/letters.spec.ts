import { createRequire } from 'node:module';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { E2E_LETTER_BODIES, E2E_STAFF } from '../playwright.config.ts';
import { expectNoAxeViolations, fileRequestWithTheForm, scrollsSideways, waitForApp, waitForOfflineReady } from './site.ts';

const require = createRequire(import.meta.url);
const virtualScreenReader = require.resolve('@guidepup/virtual-screen-reader/browser.js');

/** Signs staff in through the API on `request`'s own cookie jar; posts carry the site's Origin, as a page's would. */
async function staffSignIn(request: APIRequestContext, origin: string) {
  const response = await request.post('/api/staff/session', { headers: { Origin: origin }, data: E2E_STAFF });
  expect(response.status()).toBe(200);
}

async function staffAct(request: APIRequestContext, origin: string, reference: string, action: string, data: Record<string, string>) {
  const response = await request.post(`/api/staff/requests/${reference}/${action}`, { headers: { Origin: origin }, data });
  expect(response.status(), await response.text()).toBe(200);
}

const refusal = {
  outcome: 'withheld/third-party',
  replyText: '名单里有其他申请人的姓名和住址。',
  refusalReason: '公开会泄露他人的个人信息。',
  legalBasis: '《中华人民共和国政府信息公开条例》第十五条',
};

/** Files a request with the form on this phone, asking for large print; the request page's address and its reference. */
async function fileWithTheForm(page: Page) {
  const reference = await fileRequestWithTheForm(page, { name: '李明', description: '2017年盲人按摩机构扶持资金的名单。', accessibleFormat: '大字版' });
  return { url: page.url(), reference };
}

test('the applicant’s phone shows the new letter first, hears the change, and reads the letter again offline', async ({ page, context, playwright, baseURL }) => {
  await page.route('**/__virtual-screen-reader.js', (route) => route.fulfill({ path: virtualScreenReader, contentType: 'text/javascript' }));
  const { url, reference } = await fileWithTheForm(page);
  // The phone has read the status once: received, no letters yet.
  await page.goto(url);
  await expect(page.getByText('市残联已收到申请，正在办理')).toBeVisible();
  await expect(page.locator('.letter')).toHaveCount(0);

  const staff = await playwright.request.newContext({ baseURL });
  await staffSignIn(staff, baseURL!);
  await staffAct(staff, baseURL!, reference, 'extension', { reason: '需要到档案室调取 2017 年的资料' });
  await staffAct(staff, baseURL!, reference, 'reply', refusal);
  await staff.dispose();

  // Opened again, online: the change is announced politely, and the reply comes before the earlier notice.
  await page.goto(url);
  await expect(page.locator('#announcer')).toContainText('收到新的来函：政府信息公开申请答复书');
  const letters = page.locator('.letter');
  await expect(letters).toHaveCount(2);
  await expect(letters.first().getByRole('heading', { level: 3 })).toHaveText('政府信息公开申请答复书');
  await expect(letters.first()).toContainText('理由：公开会泄露他人的个人信息。');
  await expect(letters.first()).toContainText(`可以自收到本答复书之日起六十日内向${E2E_LETTER_BODIES.reviewBody}申请行政复议`);
  await expect(letters.first()).toContainText(E2E_LETTER_BODIES.court);
  await expect(letters.nth(1)).toContainText('答复期限延长');
  // The phone keeps no ID number, and the letter shows no name.
  await expect(page.locator('main')).not.toContainText('11010519491231002X');
  await expect(letters.first()).toContainText('申请人：');

  const spoken = await page.evaluate(async () => {
    const { virtual } = await import('/__virtual-screen-reader.js' as string);
    await virtual.start({ container: document.querySelector('.letter')! });
    for (let i = 0; i < 5; i++) await virtual.next();
    const log: string[] = await virtual.spokenPhraseLog();
    await virtual.stop();
    return log;
  });
  expect(spoken.some((phrase) => /heading, 政府信息公开申请答复书, level 3/.test(phrase))).toBe(true);

  // No signal: the letters are read from the phone.
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.letter').first().getByRole('heading', { level: 3 })).toHaveText('政府信息公开申请答复书');
  await expect(page.locator('.letter').first()).toContainText('理由：公开会泄露他人的个人信息。');
  await context.setOffline(false);
});

/** A sent request put on this phone as the outbox leaves one: the receipt and the summary, no ID number. */
async function putSentRecord(page: Page, receipt: { reference: string; statusToken: string; receivedAt: string; dueDate: string }, locale: string) {
  const id = crypto.randomUUID();
  await page.evaluate(
    ({ id, receipt, locale }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('accessible-disclosure');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('outbox', 'readwrite');
          const now = Date.now();
          tx.objectStore('outbox').put({
            id, status: 'sent', body: { description: 'Budget 2017', locale }, attempts: 1, nextAttemptAt: 0, leaseUntil: 0, lastError: null,
            fieldErrors: [], receipt: { ...receipt, dueDateProvisional: false }, summary: { description: 'Budget 2017', truncated: false, date: now },
            history: [{ at: now, status: 'sent' }], step: 'check', createdAt: now, queuedAt: now, updatedAt: now, sentAt: now,
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { id, receipt, locale },
  );
  return id;
}

for (const [locale, prefix] of [['zh-Hans', ''], ['zh-Hant', '/zh-Hant'], ['en', '/en']] as const) {
  test(`the letters pass axe on the phone and in print, in ${locale}, and print the federation’s letter on the staff side`, async ({ page, playwright, baseURL }) => {
    const filed = await page.request.post('/api/requests', {
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      data: { applicantType: 'person', name: '周兰', idType: 'passport', idNumber: 'E12345678', phone: '13912345678', description: 'Budget 2017', delivery: 'collect', format: 'paper', locale, accessibleFormat: 'braille' },
    });
    expect(filed.status()).toBe(201);
    const receipt = await filed.json();
    const staff = await playwright.request.newContext({ baseURL });
    await staffSignIn(staff, baseURL!);
    await staffAct(staff, baseURL!, receipt.reference, 'completion-request', { note: '请写明是哪个部门的预算。' });
    await staff.dispose();

    await page.goto(`${prefix}/requests/`);
    await waitForApp(page);
    const id = await putSentRecord(page, receipt, locale);
    await page.goto(`${prefix}/requests/${id}/`);
    const letter = page.locator('.letter');
    await expect(letter).toHaveAttribute('lang', locale);
    await expect(letter.getByRole('heading', { level: 3 })).toHaveText(
      { 'zh-Hans': '政府信息公开申请补正告知书', 'zh-Hant': '政府信息公開申請補正告知書', en: 'Notice to complete your request for government information' }[locale],
    );
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'screen' });

    // The staff side: the letter to print, with the checklist that says braille.
    await page.goto('/staff/sign-in');
    await page.getByLabel('用户名').fill(E2E_STAFF.name);
    await page.getByLabel('密码').fill(E2E_STAFF.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.goto(`/staff/requests/${receipt.reference}/`);
    await expect(page.getByText('盲文').first()).toBeVisible();
    await page.getByRole('link', { name: /^打印 / }).click();
    await expect(page.locator('.letter')).toContainText('周兰');
    await expect(page.getByText('盲文')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.letter h2')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
