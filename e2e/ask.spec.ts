import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, refuseWhile, waitForApp, waitForOfflineReady } from './site.ts';

/**
 * The online mailbox's form, `/ask/` (issue 17 point 1): sent offline and delivered once when the signal returns,
 * sent without JavaScript once however often it is posted, named from the page it was asked from, and axe-clean
 * empty, with errors and sent, in every language. The fields are found by name, the same in every language.
 */
const locales = [
  { prefix: '', sent: /MDJCLZX-\d{4}-\d{6}/ },
  { prefix: '/zh-Hant', sent: /MDJCLZX-\d{4}-\d{6}/ },
  { prefix: '/en', sent: /MDJCLZX-\d{4}-\d{6}/ },
];

/** A suggestion about the site's accessibility, answered on this phone: the radios by value, in any language. */
async function fillSuggestion(page: Page, text: string) {
  await page.locator('input[name="topic"][value="accessibility"]').check();
  await page.locator('input[name="kind"][value="suggestion"]').check();
  await page.locator('textarea[name="text"]').fill(text);
  await page.locator('input[name="answerBy"][value="phone"]').check();
}

/** Routed requests are fetched by Playwright, past the browser's offline emulation: they are cut here too. */
let networkDown = false;
test.beforeEach(() => {
  networkDown = false;
});

async function offline(context: BrowserContext, down: boolean) {
  networkDown = down;
  await context.setOffline(down);
}

test.describe('with JavaScript', () => {
  test('offline, the question is saved and said to be; back online it is delivered exactly once, and the server has it', async ({ page, context }) => {
    await page.goto('/ask/');
    await waitForApp(page);
    await waitForOfflineReady(page);
    // The server's first answer never reaches the phone: the outbox must resend the same key, not make a second question.
    const answers: { status: number; reference?: string; replayed: boolean }[] = [];
    await context.route('**/api/questions', async (route) => {
      if (networkDown) return route.abort('internetdisconnected');
      const response = await route.fetch();
      const body = await response.json();
      answers.push({ status: response.status(), reference: body.reference, replayed: response.headers()['idempotent-replayed'] === 'true' });
      if (answers.length === 1) return route.abort('connectionreset');
      return route.fulfill({ response });
    });

    await fillSuggestion(page, '二维码太小，弱视的人很难扫。');
    await offline(context, true);
    await page.getByRole('button', { name: '发送' }).click();
    await expect(page.locator('h1')).toHaveText('您的留言已保存');
    await expect(page.locator('.panel')).toHaveText('已保存，联网后自动发送。');
    await expectNoAxeViolations(page);

    await offline(context, false);
    await expect(page.locator('h1')).toHaveText('您的留言已收到', { timeout: 30_000 });
    expect(answers.filter((answer) => answer.status === 201 && !answer.replayed)).toHaveLength(1);
    const reference = answers[0]!.reference!;
    await expect(page.locator('.panel strong')).toHaveText(reference);
    await expect(page.getByRole('link', { name: '在“我的申请”里查看答复' })).toHaveAttribute('href', '/requests/');

    // The server holds it, readable with the token the phone keeps: one question, under the one reference.
    const token = await page.evaluate(async (ref) => {
      const open = indexedDB.open('accessible-disclosure');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const all: { receipt: { reference: string; statusToken: string } | null }[] = await new Promise((resolve) => {
        const request = db.transaction('outbox').objectStore('outbox').getAll();
        request.onsuccess = () => resolve(request.result);
      });
      return all.find((record) => record.receipt?.reference === ref)?.receipt?.statusToken;
    }, reference);
    const status = await page.request.get(`/api/questions/${reference}?token=${encodeURIComponent(token!)}`);
    expect(status.status()).toBe(200);
    expect(await status.json()).toMatchObject({ reference, status: 'received' });

    // On the phone, "我的申请" lists it as a suggestion, and its page says where the mailbox is with it: both axe-clean.
    await page.getByRole('link', { name: '在“我的申请”里查看答复' }).click();
    await expect(page.locator('h1')).toHaveText('我的申请');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /二维码太小/ }).click();
    await expect(page.locator('h1')).toHaveText('建议：二维码太小，弱视的人很难扫。');
    await expect(page.locator('.summary-list')).toContainText(reference);
    await expect(page.locator('.status-tag')).toHaveText('已收到，正在答复');
    await expectNoAxeViolations(page);
  });

  test('a question the server refuses says so on its page in 我的申请; “修改并重新发送” brings back the form with the reason and what was typed, and then it is sent', async ({ page, context }) => {
    const reason = '写清楚是哪一个页面或哪一个地方';
    // The server refuses it (as it would after a rule changed since the form was loaded), then accepts it.
    let refuse = true;
    await refuseWhile(context, '**/api/questions', [{ field: 'text', message: reason }], () => refuse);
    await page.goto('/ask/');
    await waitForApp(page);
    await fillSuggestion(page, '盲道被自行车占了。');
    await page.getByRole('button', { name: '发送' }).click();
    await expect(page.locator('h1')).toHaveText('您的留言已保存');

    await page.getByRole('link', { name: '在“我的申请”里查看答复' }).click();
    await page.getByRole('link', { name: /盲道被自行车占了/ }).click();
    await expect(page.locator('.status-tag')).toHaveText('没有受理：需要修改后重新发送');
    await expect(page.getByText(reason)).toBeVisible();
    await expectNoAxeViolations(page);

    refuse = false;
    await page.getByRole('button', { name: '修改并重新发送' }).click();
    await expect(page.locator('h1')).toHaveText('咨询和建议');
    await expect(page.locator('.error-summary')).toContainText(reason);
    await expect(page.locator('textarea[name="text"]')).toHaveValue('盲道被自行车占了。');
    await expect(page.locator('input[name="kind"][value="suggestion"]')).toBeChecked();
    await expectNoAxeViolations(page);
    await page.locator('textarea[name="text"]').fill('市残联门口的盲道被自行车占了。');
    await page.getByRole('button', { name: '发送' }).click();
    await expect(page.locator('h1')).toHaveText('您的留言已收到');
    await expect(page.locator('.panel strong')).toHaveText(locales[0]!.sent);
  });

  test('the link at the end of a guide names the guide on the form, and chooses its topic', async ({ page }) => {
    for (const [prefix, title, about] of [['', '残疾人证新办', '关于：《残疾人证新办》'], ['/en', 'Getting a disability certificate for the first time', 'About: Getting a disability certificate for the first time']]) {
      await page.goto(`${prefix}/guides/certificate-new/`);
      await waitForApp(page);
      await expect(page.locator('h1')).toHaveText(title!);
      await page.locator('main').getByRole('link', { name: prefix ? 'A question or suggestion about this page?' : '对这一页有疑问或建议？' }).click();
      await expect(page).toHaveURL(`${prefix}/ask/?page=%2Fguides%2Fcertificate-new%2F`);
      await expect(page.locator('main .lead')).toHaveText(about!);
      await expect(page.locator('input[name="topic"][value="guide"]')).toBeChecked();
      await expect(page.locator('input[name="page"]')).toHaveValue('/guides/certificate-new/');
    }
    // Opened at that address (a link shared, a page reloaded): the server names the guide, and the app takes the page
    // over as it is, once, and keeps what is typed.
    await page.goto('/ask/?page=%2Fguides%2Fcertificate-new%2F');
    await waitForApp(page);
    await expect(page.locator('main .lead')).toHaveText('关于：《残疾人证新办》');
    await expect(page.locator('main form')).toHaveCount(1);
    await page.locator('textarea[name="text"]').fill('要带几张照片？');
    await page.reload();
    await waitForApp(page);
    await expect(page.locator('textarea[name="text"]')).toHaveValue('要带几张照片？');
  });

  test('the form passes axe empty, with errors and sent, in every language; the errors take focus and keep what was typed', async ({ page }) => {
    for (const { prefix, sent } of locales) {
      await page.goto(`${prefix}/ask/`);
      await waitForApp(page);
      await expectNoAxeViolations(page);
      await page.locator('textarea[name="text"]').fill('网站的字可以再大一点吗？');
      await page.locator('input[name="answerBy"][value="email"]').check();
      // GOV.UK's conditional reveal: the e-mail address under its choice, required.
      await expect(page.locator('.radios__conditional input[name="contact"][type="email"]')).toBeVisible();
      await page.locator('main').getByRole('button').last().click();
      await expect(page.locator('.error-summary')).toBeFocused();
      await expect(page.locator('.error-summary a')).toHaveCount(3);
      await expect(page).toHaveTitle(/^(错误|錯誤|Error)/);
      await expect(page.locator('textarea[name="text"]')).toHaveValue('网站的字可以再大一点吗？');
      await expectNoAxeViolations(page);
      await page.locator('input[name="topic"][value="other"]').check();
      await page.locator('input[name="kind"][value="question"]').check();
      await page.locator('input[name="contact"]').fill('reader@example.com');
      await page.locator('main').getByRole('button').last().click();
      await expect(page.locator('.panel')).toContainText(sent, { timeout: 30_000 });
      await expectNoAxeViolations(page);
    }
  });

  test('the pages the server renders without JavaScript pass axe in every language: errors, and sent with the status page', async ({ page }) => {
    for (const { prefix } of locales) {
      const errors = await page.request.post(`${prefix}/ask/`, { form: { text: '字太小', answerBy: 'email' } });
      expect(errors.status()).toBe(422);
      const sent = await page.request.post(`${prefix}/ask/`, { form: { topic: 'accessibility', kind: 'suggestion', text: '字太小', answerBy: 'phone' } });
      expect(sent.status()).toBe(201);
      const statusHref = /href="([^"]*\/ask\/status\/[^"]+)"/.exec(await sent.text())![1]!.replaceAll('&amp;', '&');
      // Axe needs script in the page, so the server's answers are shown in a browser that runs it (they hold none).
      for (const [name, response] of [['errors', errors], ['sent', sent]] as const) {
        await page.route(`**/rendered-${name}/`, (route) => route.fulfill({ response }));
        await page.goto(`${prefix}/ask/rendered-${name}/`);
        await expect(page.locator('h1')).toBeVisible();
        await expectNoAxeViolations(page);
      }
      await page.goto(statusHref);
      await expect(page.locator('h1')).toContainText('MDJCLZX-');
      await expectNoAxeViolations(page);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an error is shown with what was typed; corrected and sent, it makes one question however often it is posted', async ({ page }) => {
    await page.goto('/ask/');
    await page.getByRole('radio', { name: '本网站的无障碍，比如看不清、读不出、无法操作' }).check();
    await page.getByLabel('您的问题或建议').fill('关闭 JavaScript 时能不能留言？');
    await page.getByRole('radio', { name: '电子邮件' }).check();
    await page.getByRole('button', { name: '发送' }).click();

    await expect(page).toHaveTitle(/^错误：咨询和建议/);
    await expect(page.locator('.error-summary')).toContainText('选择您是要提问还是提建议');
    await expect(page.locator('.error-summary')).toContainText('输入电子邮件地址：您选择了通过电子邮件收到答复');
    await expect(page.getByLabel('您的问题或建议')).toHaveValue('关闭 JavaScript 时能不能留言？');
    await expect(page.getByRole('radio', { name: '电子邮件' })).toBeChecked();
    const key = await page.locator('input[name="idempotencyKey"]').inputValue();
    expect(key).toMatch(/^[0-9a-f-]{36}$/);

    await page.getByRole('radio', { name: '提问（咨询）' }).check();
    await page.getByLabel('电子邮件地址或电话号码').fill('reader@example.com');
    await page.getByRole('button', { name: '发送' }).click();
    await expect(page.locator('h1')).toHaveText('您的留言已收到');
    const reference = (await page.locator('.panel strong').textContent())!;
    expect(reference).toMatch(/^MDJCLZX-\d{4}-\d{6}$/);

    // The same form posted again (a second press, a refresh) under the key the page carried: the same question.
    const again = await page.request.post('/ask/', {
      form: { topic: 'accessibility', kind: 'question', text: '关闭 JavaScript 时能不能留言？', answerBy: 'email', contact: 'reader@example.com', idempotencyKey: key },
    });
    expect(again.status()).toBe(201);
    expect(await again.text()).toContain(reference);
  });
});
