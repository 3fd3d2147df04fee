import { type APIRequestContext, devices, expect, type Locator, type Page, test } from '@playwright/test';
import { E2E_STAFF } from '../playwright.config.ts';
import { expectNoAxeViolations, fileRequestWithTheForm, scrollsSideways, waitForApp } from './site.ts';

/** Presses Tab until `target` has focus, as someone on a keyboard would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Signs in with the keyboard alone: the skip link first, then the two fields, then Enter. */
async function signInWithKeyboard(page: Page) {
  await tabTo(page, page.getByLabel('用户名'));
  await page.keyboard.type(E2E_STAFF.name);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('密码')).toBeFocused();
  await page.keyboard.type(E2E_STAFF.password);
  await page.keyboard.press('Enter');
}

async function signIn(page: Page) {
  await page.goto('/staff/sign-in');
  await page.getByLabel('用户名').fill(E2E_STAFF.name);
  await page.getByLabel('密码').fill(E2E_STAFF.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.locator('h1')).toHaveText('信息公开申请');
}

/** Files a request through the citizens' API, as the app's outbox does. */
async function fileRequest(request: APIRequestContext, description: string): Promise<string> {
  const response = await request.post('/api/requests', {
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    data: {
      applicantType: 'person', name: '王芳', idType: 'resident-id', idNumber: '11010519491231002X', phone: '13912345678',
      description, delivery: 'collect', format: 'paper', locale: 'zh-Hans',
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).reference;
}

/** Posts a question to the online mailbox, as the /ask/ form's outbox does; its receipt. */
async function askQuestion(request: APIRequestContext, text: string): Promise<{ reference: string; statusToken: string }> {
  const response = await request.post('/api/questions', {
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    data: { topic: 'guide', kind: 'question', page: '/guides/', text, answerBy: 'phone', locale: 'zh-Hans' },
  });
  expect(response.status()).toBe(201);
  return response.json();
}

async function expectPhoneFriendly(page: Page) {
  await expectNoAxeViolations(page);
  expect(await scrollsSideways(page), `sideways scrolling on ${page.url()}`).toBe(false);
  const small = await page.locator('main a:visible, main button:visible, main input:visible, main select:visible, header a:visible, header button:visible').evaluateAll((targets) =>
    targets
      // A link inside a sentence may be smaller (WCAG 2.5.8's inline exception).
      .filter((el) => !(el.parentElement?.tagName === 'P' && el.parentElement.textContent!.trim() !== el.textContent!.trim()))
      // A radio button's target is its row, label included.
      .filter((el) => (el as HTMLInputElement).type !== 'radio')
      .filter((el) => { const r = el.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
      .map((el) => el.outerHTML.slice(0, 100)),
  );
  expect(small, `small targets on ${page.url()}`).toEqual([]);
}

test('a staff member signs in on a phone with the keyboard only, replies, and the citizen’s page shows the outcome', async ({ page, browser }) => {
  // The citizen files a request with the form, on their own phone.
  const reference = await fileRequestWithTheForm(page, { description: '2017年无障碍设施改造项目的清单。' });
  const citizenPage = page.url();

  // Staff, on another phone, keyboard only.
  const staffContext = await browser.newContext({ ...devices['Pixel 5'], baseURL: new URL(page.url()).origin, locale: 'zh-CN' });
  const staff = await staffContext.newPage();
  await staff.goto('/staff/');
  await expect(staff).toHaveURL(/\/staff\/sign-in\?next=%2Fstaff%2F$/);
  await expectPhoneFriendly(staff);
  await signInWithKeyboard(staff);
  await expect(staff.locator('h1')).toHaveText('信息公开申请');
  await expect(staff.getByText(`已登录：${E2E_STAFF.name}`)).toBeVisible();

  const link = staff.getByRole('link', { name: new RegExp(reference) });
  await tabTo(staff, link);
  await staff.keyboard.press('Enter');
  await expect(staff.locator('h1')).toHaveText(`申请 ${reference}`);
  await expect(staff.getByText('2017年无障碍设施改造项目的清单。')).toBeVisible();
  await expect(staff.getByText('11010519491231002X')).toBeVisible();

  await tabTo(staff, staff.getByRole('link', { name: '答复申请' }));
  await staff.keyboard.press('Enter');
  await expect(staff.locator('h1')).toHaveText(`答复申请：${reference}`);

  // Sent with a refusal but no reason: the errors are listed, what was chosen is kept.
  await tabTo(staff, staff.locator('#outcome'));
  // Arrow keys move through a radio group, choosing as they go.
  const thirdParty = staff.getByRole('radio', { name: '不予公开：保护第三方合法权益' });
  for (let i = 0; i < 30 && !(await thirdParty.isChecked()); i++) await staff.keyboard.press('ArrowDown');
  await expect(thirdParty).toBeChecked();
  await tabTo(staff, staff.getByLabel('答复内容'));
  await staff.keyboard.type('清单中有施工单位员工的个人信息，不予公开。');
  await tabTo(staff, staff.getByRole('button', { name: '记录答复' }));
  await staff.keyboard.press('Enter');
  await expect(staff).toHaveTitle(/^错误：答复申请/);
  await expect(staff.locator('.error-summary')).toContainText('写出法律依据');
  await expect(thirdParty).toBeChecked();
  await expect(staff.getByLabel('答复内容')).toHaveValue('清单中有施工单位员工的个人信息，不予公开。');

  // The error link takes the keyboard to the field.
  await tabTo(staff, staff.locator('.error-summary').getByRole('link', { name: /写出理由/ }));
  await staff.keyboard.press('Enter');
  await expect(staff.getByRole('textbox', { name: '理由', exact: true })).toBeFocused();
  await staff.keyboard.type('公开会泄露施工人员的身份证号码和住址。');
  await staff.keyboard.press('Tab');
  await expect(staff.getByRole('textbox', { name: '法律依据' })).toBeFocused();
  await staff.keyboard.type('《中华人民共和国政府信息公开条例》第十五条');
  await staff.keyboard.press('Enter');
  await expect(staff.locator('h1')).toHaveText(`申请 ${reference}`);
  await expect(staff.getByRole('status')).toHaveText('已记录答复。申请人在“我的申请”里可以看到。');
  await expect(staff.getByRole('table')).toContainText('答复');
  await expectPhoneFriendly(staff);
  await staffContext.close();

  // Back on the citizen's phone: the outcome in plain words, the reply, the reason and the basis (the reply's letter
  // comes first and says them too, so each is looked for where it first appears).
  await page.goto(citizenPage);
  await expect(page.getByText('不能公开：公开这些信息会损害其他人或者单位的合法权益。').first()).toBeVisible();
  await expect(page.getByText('清单中有施工单位员工的个人信息，不予公开。').first()).toBeVisible();
  await expect(page.getByText('公开会泄露施工人员的身份证号码和住址。').first()).toBeVisible();
  await expect(page.getByText('《中华人民共和国政府信息公开条例》第十五条').first()).toBeVisible();
  await expect(page.getByText('市残联已答复')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('every staff page and action form passes axe, with and without errors, and fits a 320 px screen', async ({ page }) => {
  const reference = await fileRequest(page.request, '残疾人托养服务机构名单。');
  await page.setViewportSize({ width: 320, height: 640 });

  await page.goto('/staff/sign-in');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveTitle(/^错误：工作人员登录/);
  await expectPhoneFriendly(page);

  await signIn(page);
  await expectPhoneFriendly(page);
  await page.getByLabel('显示').selectOption('all');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/status=all/);

  const base = `/staff/requests/${reference}`;
  await page.goto(`${base}/`);
  await expectPhoneFriendly(page);

  const forms: [string, string][] = [
    ['ask-completion', '记录补正通知'],
    ['extend', '延长期限'],
    ['reply', '记录答复'],
    ['consult', '记录并出具告知书'],
    ['add-appeal', '记录'],
    ['record-delivery', '记录送达'],
  ];
  for (const [action, button] of forms) {
    await page.goto(`${base}/${action}/`);
    await expectPhoneFriendly(page);
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page).toHaveTitle(/^错误：/);
    await expectPhoneFriendly(page);
  }

  // The completion form exists only while waiting for completion; the appeal's update only once there is an appeal.
  await page.goto(`${base}/ask-completion/`);
  await page.getByLabel('需要补充或更正的内容').fill('请写明机构所在的县区。');
  await page.getByRole('button', { name: '记录补正通知' }).click();
  await expect(page.getByRole('status')).toContainText('计时已暂停');
  await page.goto(`${base}/record-completion/`);
  await expectPhoneFriendly(page);
  await page.getByRole('button', { name: '记录并重新计算期限' }).click();
  await expect(page).toHaveTitle(/^错误：/);
  await expectPhoneFriendly(page);

  await page.goto(`${base}/add-appeal/`);
  await page.getByRole('radio', { name: '行政复议' }).check();
  const todayInChina = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  await page.getByLabel('申请复议或起诉的日期').fill(todayInChina);
  await page.getByRole('button', { name: '记录', exact: true }).click();
  await page.getByRole('link', { name: /^更新结果/ }).click();
  await expectPhoneFriendly(page);
  await page.getByRole('radio', { name: '维持' }).check();
  await page.getByRole('button', { name: '更新结果' }).click();
  await expect(page).toHaveTitle(/^错误：/);
  await expectPhoneFriendly(page);

  // A refused action (a second notice) explains itself, and passes axe too.
  await page.goto(`${base}/ask-completion/`);
  await page.getByLabel('需要补充或更正的内容').fill('再一次');
  await page.getByRole('button', { name: '记录补正通知' }).click();
  await expect(page.locator('.error-summary')).toContainText('只能一次性通知补正');
  await expectPhoneFriendly(page);

  // The online mailbox: the list, a question's page and its conversion form, with and without errors.
  const question = await askQuestion(page.request, '残疾人证丢了怎么补办？');
  await page.getByRole('link', { name: '网上信箱' }).click();
  await expect(page.locator('h1')).toHaveText('网上信箱');
  await expectPhoneFriendly(page);
  await page.getByRole('link', { name: new RegExp(question.reference) }).click();
  await expect(page.locator('h1')).toHaveText(`留言 ${question.reference}`);
  await expectPhoneFriendly(page);
  await page.getByRole('button', { name: '发出答复' }).click();
  await expect(page).toHaveTitle(/^错误：留言/);
  await expect(page.locator('.error-summary')).toContainText('输入答复');
  await expectPhoneFriendly(page);
  await page.getByRole('link', { name: '转为政府信息公开申请' }).click();
  await expect(page.getByText('答复期限从今天')).toBeVisible();
  await expectPhoneFriendly(page);
  await page.getByRole('button', { name: '确认转为申请' }).click();
  await expect(page).toHaveTitle(/^错误：转为政府信息公开申请/);
  await expectPhoneFriendly(page);

  // Signing out ends the session: the console sends you back to sign in.
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByText('您已退出登录。')).toBeVisible();
  await page.goto('/staff/');
  await expect(page).toHaveURL(/\/staff\/sign-in/);
});

test('a question sent to the mailbox is answered in the console by keyboard, and the answer is read back with its token', async ({ page, request }) => {
  const question = await askQuestion(request, '盲人按摩培训在哪里报名？');
  await page.goto('/staff/');
  await signInWithKeyboard(page);
  await expect(page.locator('h1')).toHaveText('信息公开申请');

  await tabTo(page, page.getByRole('link', { name: '网上信箱' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('网上信箱');
  await tabTo(page, page.getByRole('link', { name: new RegExp(question.reference) }));
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(`留言 ${question.reference}`);
  await expect(page.getByText('盲人按摩培训在哪里报名？')).toBeVisible();

  await tabTo(page, page.getByLabel('答复内容'));
  await page.keyboard.type('请到市残联就业服务中心报名，每年三月和九月开班。');
  await tabTo(page, page.getByRole('button', { name: '发出答复' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('已发出答复。');
  await expect(page.getByRole('table')).toContainText('答复');

  const status = await request.get(`/api/questions/${question.reference}?token=${encodeURIComponent(question.statusToken)}`);
  expect(status.status()).toBe(200);
  expect(await status.json()).toMatchObject({ status: 'answered', answer: { text: '请到市残联就业服务中心报名，每年三月和九月开班。' } });
});

test('the staff console is never kept by the service worker, and its answers are never cached', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await signIn(page);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls: string[] = [];
    for (const name of names) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls.filter((path) => path.startsWith('/staff') || path.startsWith('/api'));
  });
  expect(cached).toEqual([]);
  const response = await page.request.get('/staff/');
  expect(response.headers()['cache-control']).toBe('no-store');
});
