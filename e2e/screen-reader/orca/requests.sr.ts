import { expect, fillRequestForm, open, pressUntilHeard, replyAsStaff, test } from './fixtures.ts';

// The second scenario reads, in "我的申请", the request the first one sent: they run in order on one browser.
test.describe.configure({ mode: 'serial' });
let reference = '';

test('sending with no signal: "已保存，联网后自动发送", then the reference once back online', async ({ sr }) => {
  const { reader, page } = sr;
  await open(sr, '/request/applicant/');
  // The app must be kept by the service worker before the signal goes.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
  await fillRequestForm(sr, '2017年无障碍设施改造项目的清单。');
  await page.context().setOffline(true);
  await pressUntilHeard(sr, '提交申请', { key: 'b' });
  const queued = await reader.step('Return: send with no signal', () => reader.press('Return'), { until: ['已保存，联网后自动发送'], quietMs: 2_500 });
  expect(queued).not.toContain('出现了问题');
  const sent = await reader.step('The signal comes back', () => page.context().setOffline(false), { until: [/受理编号 MDJCL-\d{4}-\d{6}/], timeoutMs: 90_000 });
  reference = /MDJCL-\d{4}-\d{6}/.exec(sent)![0];
});

test('"我的申请" says where the request is and reads the federation’s reply', async ({ sr }) => {
  const { reader } = sr;
  await replyAsStaff(sr, reference, '清单已经公开，请到办公地点领取纸质文件。');
  await open(sr, '/requests/');
  const heading = await reader.step('H: the page’s heading', () => reader.press('h'), { until: ['我的申请', 'heading level 1'] });
  expect(heading).not.toContain('clickable');
  const item = await pressUntilHeard(sr, '2017年无障碍设施改造项目的清单', { key: 'k' });
  expect(item).toContain('link');
  const status = await reader.step('Down: the line after the link', () => reader.press('Down'), { until: [reference] });
  expect(status).toContain('已发送');
  await reader.step('Up: back to the link', () => reader.press('Up'), { until: ['2017年无障碍设施改造项目的清单'] });
  await reader.step('Return: open the request', () => reader.press('Return'), { until: ['heading level 1'], quietMs: 2_500 });
  const detail = await reader.step('Say all', () => reader.press('KP_Add'), {
    until: ['市残联已答复', '清单已经公开，请到办公地点领取纸质文件。', '牡丹江市残疾人联合会'],
    quietMs: 3_000,
    timeoutMs: 120_000,
  });
  expect(detail).toContain(reference);
  // The outcome in plain words, in the language the form was filled in.
  expect(detail).toContain('我们公开了您申请的信息');
});
