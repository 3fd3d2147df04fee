import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, refuseWhile, waitForApp, waitForOfflineReady } from './site.ts';

/** A resident ID with a valid checksum (GB 11643), made up for tests. */
const RESIDENT_ID = '11010519491231002X';

async function fillApplicant(page: Page) {
  await page.getByRole('radio', { name: '个人' }).check();
  await page.getByLabel('姓名').fill('张明');
  await page.getByRole('radio', { name: '居民身份证' }).check();
  await page.getByLabel('证件号码').fill(RESIDENT_ID);
  await page.getByRole('button', { name: '继续' }).click();
}

async function fillDetailsAndContact(page: Page) {
  await expect(page.locator('h1')).toHaveText('您想获取的信息');
  await page.getByLabel('您想获取哪些政府信息？').fill('2017年残疾人就业保障金的征收和使用情况。');
  await page.getByRole('radio', { name: '电子邮件' }).check();
  await page.getByRole('radio', { name: '电子文件' }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.locator('h1')).toHaveText('联系方式');
  await page.getByLabel('联系电话').fill('13912345678');
  await page.getByLabel('电子邮件地址').fill('zhangming@example.com');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.locator('h1')).toHaveText('核对您的申请');
}

async function startForm(page: Page) {
  await page.goto('/request/applicant/');
  await waitForApp(page);
}

async function submit(page: Page) {
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}\/$/);
}

const sentStatus = /^已发送，受理编号 MDJCL-\d{4}-\d{6}$/;

test('a step sent empty shows an error summary that takes focus, with "错误：" in the title and links to each field', async ({ page }) => {
  await startForm(page);
  await page.getByRole('button', { name: '继续' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^错误：申请人信息/);
  await summary.getByRole('link', { name: '输入姓名' }).click();
  await expect(page.getByLabel('姓名')).toBeFocused();
  await expectNoAxeViolations(page);

  // The other steps' error states, each checked by axe too.
  for (const [path, title] of [['/request/details/', '您想获取的信息'], ['/request/contact/', '联系方式']]) {
    await page.goto(path!);
    await waitForApp(page);
    await page.getByRole('button', { name: '继续' }).click();
    await expect(page).toHaveTitle(new RegExp(`^错误：${title}`));
    await expect(summary).toBeFocused();
    await expectNoAxeViolations(page);
  }
});

test('a resident ID with a wrong last digit is caught before sending, and nothing typed is lost', async ({ page }) => {
  await startForm(page);
  await page.getByRole('radio', { name: '个人' }).check();
  await page.getByLabel('姓名').fill('张明');
  await page.getByRole('radio', { name: '居民身份证' }).check();
  await page.getByLabel('证件号码').fill('110105194912310021');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.locator('.error-summary')).toContainText('身份证号码的最后一位不对，请核对');
  await expect(page.getByLabel('证件号码')).toHaveValue('110105194912310021');
  await expect(page.getByLabel('姓名')).toHaveValue('张明');
});

test('online, the request is sent once with a reference, and the check page has "修改" links that say what they change', async ({ page }) => {
  await startForm(page);
  await fillApplicant(page);
  await fillDetailsAndContact(page);
  await expect(page.getByRole('link', { name: '修改 姓名或名称' })).toHaveAttribute('href', '/request/applicant/#name');
  await expectNoAxeViolations(page);
  await submit(page);
  await expect(page.locator('.status-tag')).toHaveText(sentStatus);
  await expect(page.locator('#announcer')).toContainText('已发送，受理编号');
  await expectNoAxeViolations(page);
  await page.goto('/requests/');
  await expect(page.getByRole('link', { name: /2017年残疾人就业保障金/ })).toBeVisible();
});

test('a reload in the middle of the form keeps what was typed', async ({ page }) => {
  await startForm(page);
  await page.getByRole('radio', { name: '个人' }).check();
  await page.getByLabel('姓名').fill('李华');
  // Reload once the draft holds the name: it is saved on every keystroke, a moment after.
  await page.waitForFunction(() => new Promise<boolean>((resolve) => {
    const open = indexedDB.open('accessible-disclosure');
    // Never create the app's database before the app does.
    open.onupgradeneeded = () => open.transaction!.abort();
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('drafts')) return db.close(), resolve(false);
      const all = db.transaction('drafts').objectStore('drafts').getAll();
      all.onsuccess = () => resolve(all.result.some((draft: { input?: { name?: string } }) => draft.input?.name === '李华'));
      all.onerror = () => resolve(false);
      all.transaction!.oncomplete = () => db.close();
    };
  }));
  await page.reload();
  await waitForApp(page);
  await expect(page.getByLabel('姓名')).toHaveValue('李华');
  await expect(page.getByRole('radio', { name: '个人' })).toBeChecked();
});

/** Routed requests are fetched by Playwright, past the browser's offline emulation: they are cut here too. */
let networkDown = false;
test.beforeEach(() => {
  networkDown = false;
});

async function offline(context: BrowserContext, down: boolean) {
  networkDown = down;
  await context.setOffline(down);
}

test('offline, the request is kept and announced; back online it is sent, and an answer lost on the way still makes one record', async ({ page, context }) => {
  await startForm(page);
  await waitForOfflineReady(page);
  await fillApplicant(page);
  await fillDetailsAndContact(page);

  // The server's first answer never reaches the phone: the outbox must resend the same key, not make a second request.
  const answers: { status: number; reference?: string; replayed: boolean }[] = [];
  await context.route('**/api/requests', async (route) => {
    if (networkDown) return route.abort('internetdisconnected');
    const response = await route.fetch();
    const body = await response.json();
    answers.push({ status: response.status(), reference: body.reference, replayed: response.headers()['idempotent-replayed'] === 'true' });
    if (answers.length === 1) return route.abort('connectionreset');
    return route.fulfill({ response });
  });

  await offline(context, true);
  await submit(page);
  await expect(page.locator('.status-tag')).toHaveText('已保存，联网后自动发送');
  await expect(page.locator('#announcer')).toContainText('已保存，联网后自动发送');
  await expectNoAxeViolations(page);

  await offline(context, false);
  await expect(page.locator('.status-tag')).toHaveText(sentStatus, { timeout: 30_000 });
  expect(answers.filter((answer) => answer.status === 201 && !answer.replayed)).toHaveLength(1);
  const reference = answers[0]!.reference!;
  await expect(page.locator('.status-tag')).toHaveText(`已发送，受理编号 ${reference}`);
  // After delivery the phone no longer keeps the ID number.
  const stored = await page.evaluate(async () => {
    const open = indexedDB.open('accessible-disclosure');
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const all: { body: Record<string, string> }[] = await new Promise((resolve) => {
      const request = db.transaction('outbox').objectStore('outbox').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    return all.map((record) => record.body.idNumber ?? null);
  });
  expect(stored).toEqual([null]);
});

test('with two tabs open, a queued request is still sent once', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await startForm(first);
  await second.goto('/requests/');
  await waitForApp(second);
  const created: string[] = [];
  await context.route('**/api/requests', async (route) => {
    if (networkDown) return route.abort('internetdisconnected');
    const response = await route.fetch();
    if (response.status() === 201 && response.headers()['idempotent-replayed'] !== 'true') created.push((await response.json()).reference);
    return route.fulfill({ response });
  });
  await fillApplicant(first);
  await fillDetailsAndContact(first);
  await waitForOfflineReady(first);
  await offline(context, true);
  await submit(first);
  await expect(second.getByText('已保存，联网后自动发送')).toBeVisible();
  await offline(context, false);
  await expect(first.locator('.status-tag')).toHaveText(sentStatus, { timeout: 30_000 });
  // In the page itself: the second tab also announces the change, in its live region.
  await expect(second.locator('main').getByText(/已发送，受理编号 MDJCL-\d{4}-\d{6}/)).toBeVisible();
  expect(created).toHaveLength(1);
});

test('the pages the server renders for a browser without JavaScript pass axe: a step with errors, and check answers', async ({ page }) => {
  const stepWithErrors = await page.request.post('/request/applicant/', { form: { applicantType: 'person' } });
  expect(stepWithErrors.status()).toBe(422);
  const check = await page.request.post('/request/contact/', {
    form: { applicantType: 'person', name: '王芳', idType: 'passport', idNumber: 'E12345678', description: '预算说明', delivery: 'collect', format: 'paper', phone: '13912345678' },
  });
  expect(check.status()).toBe(200);
  // Axe needs script in the page, so the server's answers are shown in a browser that runs it (they hold none).
  for (const [name, response] of [['step', stepWithErrors], ['check', check]] as const) {
    await page.route(`**/rendered-${name}/`, (route) => route.fulfill({ response }));
    await page.goto(`/request/rendered-${name}/`);
    await expect(page.locator('h1')).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await expect(page.locator('h1')).toHaveText('核对您的申请');
});

test('the detail page shows the federation’s progress; a request the server refuses opens the form at the field to correct', async ({ page, context }) => {
  await startForm(page);
  await fillApplicant(page);
  await fillDetailsAndContact(page);
  // The server refuses this one (as it would after a rule changed since the form was loaded).
  let refuse = true;
  await refuseWhile(context, '**/api/requests', [{ field: 'phone', message: '输入正确的电话号码，如手机号 13912345678 或带区号的固定电话 0453-1234567' }], () => refuse);
  await submit(page);
  await expect(page.locator('.status-tag')).toHaveText('没有受理：需要修改后重新发送');
  await expect(page.getByText('输入正确的电话号码')).toBeVisible();
  await expectNoAxeViolations(page);

  refuse = false;
  await page.getByRole('button', { name: '修改并重新发送' }).click();
  await expect(page.locator('h1')).toHaveText('联系方式');
  await expect(page.locator('.error-summary')).toContainText('输入正确的电话号码');
  await expect(page.getByLabel('联系电话')).toHaveValue('13912345678');
  await page.getByRole('button', { name: '继续' }).click();
  await submit(page);
  await expect(page.locator('.status-tag')).toHaveText(sentStatus);
  await expect(page.getByRole('heading', { name: '办理进度' })).toBeVisible();
  await expect(page.getByText('市残联已收到申请，正在办理')).toBeVisible();
});

test('where the phone cannot keep requests (no IndexedDB), the form says so plainly and sends online at once', async ({ page }) => {
  await page.addInitScript(() => {
    indexedDB.open = () => {
      throw new DOMException('IndexedDB is disabled', 'InvalidStateError');
    };
  });
  await startForm(page);
  await fillApplicant(page);
  await fillDetailsAndContact(page);
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '这个浏览器不能把申请保存在手机上' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.locator('h1')).toHaveText('申请已提交');
  await expect(page.locator('.panel strong')).toHaveText(/^MDJCL-\d{4}-\d{6}$/);
});

test('the description counts the characters left, and says so politely once typing pauses, not on every keystroke', async ({ page }) => {
  await page.goto('/request/details/');
  await waitForApp(page);
  const description = page.getByLabel('您想获取哪些政府信息？');
  await description.pressSequentially('预算说明', { delay: 50 });
  await expect(page.locator('#description-count')).toHaveText('还可以输入 1996 个字');
  await expect(page.locator('#announcer')).not.toContainText('还可以输入');
  await expect(page.locator('#announcer')).toContainText('还可以输入 1996 个字', { timeout: 5000 });
  expect(await page.locator('#announcer p').filter({ hasText: '还可以输入' }).count()).toBe(1);
  await description.fill('字'.repeat(2001));
  await expect(page.locator('#description-count')).toHaveText('超出了 1 个字');
});
