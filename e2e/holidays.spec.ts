import { devices, expect, type Locator, type Page, test } from '@playwright/test';
import { E2E_STAFF } from '../playwright.config.ts';
import { expectNoAxeViolations, fileRequestWithTheForm, scrollsSideways } from './site.ts';

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

test('a staff member adds next year’s holidays with the keyboard and sees the request whose due date changed', async ({ page, browser, baseURL }) => {
  // The citizen files a request with the form, on their own phone.
  const reference = await fileRequestWithTheForm(page, { name: '王芳', description: '节假日测试：无障碍设施改造清单。' });
  const citizenPage = page.url();

  // Staff, on another phone. The request is extended, so that its due date reaches a year the package does not cover.
  const staffContext = await browser.newContext({ ...devices['Pixel 5'], baseURL, locale: 'zh-CN' });
  const staff = await staffContext.newPage();
  await staff.goto('/staff/sign-in');
  await staff.getByLabel('用户名').fill(E2E_STAFF.name);
  await staff.getByLabel('密码').fill(E2E_STAFF.password);
  await staff.getByRole('button', { name: '登录' }).click();
  await expect(staff.locator('h1')).toHaveText('信息公开申请');
  const staffApi = { headers: { Origin: baseURL! } };
  expect((await staff.request.post(`/api/staff/requests/${reference}/extension`, { ...staffApi, data: { reason: '需要较长时间检索' } })).status()).toBe(200);
  const before = (await (await staff.request.get(`/api/staff/requests/${reference}`)).json()).request;
  // This test runs in the last weeks of the package's final year: the extended period reaches the next one.
  expect(before.dueDateProvisional, `the extended due date ${before.dueDate} should reach a year without a schedule`).toBe(true);
  const year = Number(before.dueDate.slice(0, 4));

  // The citizen is told the date is provisional, and why.
  await page.goto(citizenPage);
  const due = page.getByRole('definition').filter({ hasText: before.dueDate });
  await expect(due).toHaveText(`${before.dueDate}（暂定：这一年的节假日安排还没有公布，日期可能推后）`);
  await expectNoAxeViolations(page);

  // From here on, the keyboard only.
  await tabTo(staff, staff.getByRole('link', { name: '节假日安排' }));
  await staff.keyboard.press('Enter');
  await expect(staff.locator('h1')).toHaveText('节假日安排');
  await expectAccessible(staff);
  await tabTo(staff, staff.getByRole('link', { name: `录入或修改${year}年的安排` }));
  await staff.keyboard.press('Enter');
  await expect(staff.locator('h1')).toHaveText(`${year}年节假日安排`);
  await expectAccessible(staff);

  // A day both off and working is refused, with the error summary and the form as typed.
  const schedule = testSchedule(year);
  await tabTo(staff, staff.getByLabel('放假日期'));
  await staff.keyboard.type(schedule.holidays.join('\n'));
  await staff.keyboard.press('Tab');
  await expect(staff.getByLabel('调休上班日期')).toBeFocused();
  await staff.keyboard.type(`${year}-01-01 测试假期甲`);
  await tabTo(staff, staff.getByRole('button', { name: '保存并重新计算期限' }));
  await staff.keyboard.press('Enter');
  await expect(staff).toHaveTitle(/^错误：/);
  const summary = staff.getByRole('group', { name: '出现了问题' });
  await expect(summary).toContainText(`第 1 行：${year}-01-01 也写在放假日期的第 1 行；一天不能既放假又上班`);
  await expect(staff.getByLabel('放假日期')).toHaveValue(schedule.holidays.join('\n'));
  await expectAccessible(staff);
  await tabTo(staff, summary.getByRole('link'));
  await staff.keyboard.press('Enter');
  await expect(staff.getByLabel('调休上班日期')).toBeFocused();

  await staff.keyboard.press('ControlOrMeta+a');
  await staff.keyboard.type(schedule.workdays.join('\n'));
  await tabTo(staff, staff.getByRole('button', { name: '保存并重新计算期限' }));
  await staff.keyboard.press('Enter');
  await expect(staff.locator('h1')).toHaveText(`${year}年节假日安排已保存`);
  const row = staff.getByRole('row').filter({ has: staff.getByRole('link', { name: reference }) });
  const cells = row.getByRole('cell');
  await expect(cells.nth(0)).toContainText('（暂定）');
  await expect(cells.nth(1)).not.toContainText('暂定');
  await expectAccessible(staff);

  const after = (await (await staff.request.get(`/api/staff/requests/${reference}`)).json()).request;
  expect(after.dueDateProvisional).toBe(false);
  expect(after.dueDate > before.dueDate).toBe(true);
  const shown = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
  await expect(cells.nth(0)).toHaveText(`${shown(before.dueDate)}（暂定）`);
  await expect(cells.nth(1)).toHaveText(shown(after.dueDate));

  // The request's page opens from the confirmation by keyboard.
  await tabTo(staff, row.getByRole('link', { name: reference }));
  await staff.keyboard.press('Enter');
  await expect(staff.locator('h1')).toHaveText(`申请 ${reference}`);
  await staffContext.close();

  // Back on the citizen's phone: the new date, no longer provisional.
  await page.goto(citizenPage);
  await expect(page.getByRole('definition').filter({ hasText: after.dueDate })).toHaveText(after.dueDate);
  await expect(page.getByText('暂定')).toHaveCount(0);
});
