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

test('without JavaScript the request form posts step by step, shows errors the same way, and sends once', async ({ page }) => {
  await page.goto('/request/applicant/');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page).toHaveTitle(/^错误：申请人信息/);
  await expect(page.locator('.error-summary')).toContainText('输入姓名');
  await expect(page.getByRole('link', { name: '输入姓名' })).toHaveAttribute('href', '#name');

  await page.getByRole('radio', { name: '个人' }).check();
  await page.getByLabel('姓名或组织名称').fill('王芳');
  await page.getByRole('radio', { name: '居民身份证' }).check();
  await page.getByLabel('证件号码').fill('11010519491231002X');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.locator('h1')).toHaveText('您想获取的信息');
  await page.getByLabel('您想获取哪些政府信息？').fill('2017年部门预算说明的全文。');
  await page.getByRole('radio', { name: '邮寄' }).check();
  await page.getByRole('radio', { name: '纸质' }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.locator('h1')).toHaveText('联系方式');
  await page.getByLabel('联系电话').fill('0453-6123456');
  await page.getByRole('button', { name: '继续' }).click();
  // Post was chosen a step earlier, so the address is needed: the error says why, and the phone number stays.
  await expect(page).toHaveTitle(/^错误：联系方式/);
  await expect(page.locator('.error-summary')).toContainText('输入邮寄地址：您选择了通过邮寄获取信息');
  await expect(page.getByLabel('联系电话')).toHaveValue('0453-6123456');
  await page.getByLabel('邮寄地址').fill('黑龙江省牡丹江市某某路 1 号，157000');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.locator('h1')).toHaveText('核对您的申请');
  await expect(page.getByText('王芳')).toBeVisible();

  // "修改" goes back to the step with its answers, and on to the check page again.
  await page.getByRole('button', { name: '修改 联系电话' }).click();
  await expect(page.locator('h1')).toHaveText('联系方式');
  await expect(page.getByLabel('联系电话')).toHaveValue('0453-6123456');
  await page.getByLabel('联系电话').fill('0453-6123457');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByText('0453-6123457')).toBeVisible();

  const posted = Object.fromEntries(
    await page.locator('form[action="/request/check/"] input[type=hidden]').evaluateAll((inputs) =>
      inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value]),
    ),
  );
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.locator('h1')).toHaveText('申请已提交');
  const reference = await page.locator('.panel strong').textContent();
  expect(reference).toMatch(/^MDJCL-\d{4}-\d{6}$/);
  // The same form sent again (a double press, a resend after a lost answer): the same request, not a second one.
  const again = await page.request.post('/request/check/', { form: posted });
  expect(again.status()).toBe(201);
  expect(await again.text()).toContain(reference!);
});
