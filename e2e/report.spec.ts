import { expect, test } from '@playwright/test';

test('the 2017 report gives its figures as tables with captions and header cells', async ({ page }) => {
  await page.goto('/reports/2017/');
  const proactive = page.getByRole('table', { name: '主动公开政府信息情况' });
  await expect(proactive.getByRole('columnheader')).toHaveText(['项目', '数量']);
  await expect(proactive.getByRole('row', { name: /主动公开政府信息/ }).getByRole('cell')).toHaveText('46 条');
  await expect(proactive.getByRole('row', { name: /公开本机关文件/ }).getByRole('cell')).toHaveText('19 件');
  await expect(proactive.getByRole('row', { name: /制发规范性文件/ }).getByRole('cell')).toHaveText('0 件');
  const onRequest = page.getByRole('table', { name: '依申请公开政府信息情况' });
  await expect(onRequest.getByRole('row', { name: /收到公开申请/ }).getByRole('cell')).toHaveText('0 件');
  await expect(onRequest.getByRole('row', { name: /答复期限/ }).getByRole('cell')).toHaveText('15 个工作日');
  const reviews = page.getByRole('table', { name: '行政复议和行政诉讼情况' });
  await expect(reviews.getByRole('rowheader')).toHaveText(['行政复议', '行政诉讼']);
  await expect(page.getByRole('table', { name: '收费情况' }).getByRole('cell')).toHaveText('0 元');
});
