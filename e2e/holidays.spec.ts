import { expect, type Locator, type Page, test } from '@playwright/test';
import { E2E_STAFF } from '../playwright.config.ts';
import { expectNoAxeViolations, scrollsSideways } from './site.ts';

/**
 * TEST DATA, invented: not the State Council's schedule for any year. The server keeps it in this run's own database.
 */
const testSchedule = (year: number) => ({
  holidays: [`${year}-01-01 测试假期甲`, `${year}-02-08 至 ${year}-02-12 测试假期乙`],
  workdays: [`${year}-02-06 测试假期乙`],
});

/** Presses Tab until `target` has focus, as someone on a keyboard would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Axe clean, no sideways scrolling at the phone's width and at 320 px. */
async function expectAccessible(page: Page) {
  await expectNoAxeViolations(page);
  expect(await scrollsSideways(page), `sideways scrolling on ${page.url()}`).toBe(false);
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: size.height });
  expect(await scrollsSideways(page), `sideways scrolling at 320 px on ${page.url()}`).toBe(false);
  await page.setViewportSize(size);
}

test('a staff member adds next year’s holidays with the keyboard and sees the request whose due date changed', async ({ page, baseURL }) => {
  // A request whose due date reaches a year the holiday package does not cover: filed, then extended.
  const filed = await page.request.post('/api/requests', {
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    data: {
      applicantType: 'person', name: '王芳', idType: 'resident-id', idNumber: '11010519491231002X', phone: '13912345678',
      description: '节假日测试：无障碍设施改造清单。', delivery: 'collect', format: 'paper', locale: 'zh-Hans',
    },
  });
  expect(filed.status()).toBe(201);
  const { reference } = await filed.json();

  await page.goto('/staff/sign-in');
  await page.getByLabel('用户名').fill(E2E_STAFF.name);
  await page.getByLabel('密码').fill(E2E_STAFF.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.locator('h1')).toHaveText('信息公开申请');
  const staffApi = { headers: { Origin: baseURL! } };
  expect((await page.request.post(`/api/staff/requests/${reference}/extension`, { ...staffApi, data: { reason: '需要较长时间检索' } })).status()).toBe(200);
  const before = (await (await page.request.get(`/api/staff/requests/${reference}`)).json()).request;
  // This test runs in the last weeks of the package's final year: the extended period reaches the next one.
  expect(before.dueDateProvisional, `the extended due date ${before.dueDate} should reach a year without a schedule`).toBe(true);
  const year = Number(before.dueDate.slice(0, 4));

  // From here on, the keyboard only.
  await tabTo(page, page.getByRole('link', { name: '节假日安排' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('节假日安排');
  await expectAccessible(page);
  await tabTo(page, page.getByRole('link', { name: `录入或修改${year}年的安排` }));
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(`${year}年节假日安排`);
  await expectAccessible(page);

  // A day both off and working is refused, with the error summary and the form as typed.
  const schedule = testSchedule(year);
  await tabTo(page, page.getByLabel('放假日期'));
  await page.keyboard.type(schedule.holidays.join('\n'));
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('调休上班日期')).toBeFocused();
  await page.keyboard.type(`${year}-01-01 测试假期甲`);
  await tabTo(page, page.getByRole('button', { name: '保存并重新计算期限' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(/^错误：/);
  const summary = page.getByRole('alert');
  await expect(summary).toContainText(`第 1 行：${year}-01-01 也写在放假日期的第 1 行；一天不能既放假又上班`);
  await expect(page.getByLabel('放假日期')).toHaveValue(schedule.holidays.join('\n'));
  await expectAccessible(page);
  await tabTo(page, summary.getByRole('link'));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('调休上班日期')).toBeFocused();

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(schedule.workdays.join('\n'));
  await tabTo(page, page.getByRole('button', { name: '保存并重新计算期限' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(`${year}年节假日安排已保存`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: reference }) });
  const cells = row.getByRole('cell');
  await expect(cells.nth(0)).toContainText('（暂定）');
  await expect(cells.nth(1)).not.toContainText('暂定');
  await expectAccessible(page);

  const after = (await (await page.request.get(`/api/staff/requests/${reference}`)).json()).request;
  expect(after.dueDateProvisional).toBe(false);
  expect(after.dueDate > before.dueDate).toBe(true);
  const shown = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
  await expect(cells.nth(0)).toHaveText(`${shown(before.dueDate)}（暂定）`);
  await expect(cells.nth(1)).toHaveText(shown(after.dueDate));

  // The request's page opens from the confirmation by keyboard.
  await tabTo(page, row.getByRole('link', { name: reference }));
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(`申请 ${reference}`);
});
