import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { waitForOfflineReady } from './site.ts';

const require = createRequire(import.meta.url);
const virtualScreenReader = require.resolve('@guidepup/virtual-screen-reader/browser.js');

test('a screen reader meets the landmarks in order and the h1 first among headings', async ({ page }) => {
  // Served from the page's own origin, so the Content-Security-Policy lets the module load.
  await page.route('**/__virtual-screen-reader.js', (route) =>
    route.fulfill({ path: virtualScreenReader, contentType: 'text/javascript' }));
  await page.goto('/guides/bus-pass/');

  const spoken = await page.evaluate(async () => {
    const { virtual } = await import('/__virtual-screen-reader.js' as string);
    await virtual.start({ container: document.body });
    // Read the whole page the way a person swiping right would.
    for (let i = 0; i < 400 && !(await virtual.lastSpokenPhrase()).startsWith('end of document'); i++) await virtual.next();
    const log: string[] = await virtual.spokenPhraseLog();
    await virtual.stop();
    return log;
  });

  const landmarks = spoken.filter((phrase) => /^(banner|navigation|main|contentinfo)\b/.test(phrase));
  const order = landmarks.map((phrase) => phrase.split(/[ ,]/)[0]);
  expect(order.indexOf('banner')).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('banner')).toBeLessThan(order.indexOf('navigation'));
  expect(order.indexOf('navigation')).toBeLessThan(order.indexOf('main'));
  expect(order.indexOf('main')).toBeLessThan(order.indexOf('contentinfo'));

  const headings = spoken.filter((phrase) => /^heading\b/.test(phrase) || /heading, level \d/.test(phrase));
  expect(headings[0]).toMatch(/level 1/);
  expect(headings[0]).toContain('残疾人乘车证');
});

test('a screen reader hears the error summary when a step is sent empty, and the queued status when offline', async ({ page, context }) => {
  await page.route('**/__virtual-screen-reader.js', (route) =>
    route.fulfill({ path: virtualScreenReader, contentType: 'text/javascript' }));
  await page.goto('/request/applicant/');
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    const { virtual } = await import('/__virtual-screen-reader.js' as string);
    (window as unknown as Record<string, unknown>).sr = virtual;
    await virtual.start({ container: document.body });
  });
  const heard = () =>
    page.evaluate(async () => ((window as unknown as { sr: { spokenPhraseLog(): Promise<string[]> } }).sr.spokenPhraseLog()));

  await page.getByRole('button', { name: '继续' }).click();
  await expect.poll(async () => (await heard()).join('\n')).toContain('出现了问题');
  // Swiping on from the summary, the first error is a link to its field.
  await page.evaluate(async () => {
    const sr = (window as unknown as { sr: { next(): Promise<void> } }).sr;
    for (let i = 0; i < 6; i++) await sr.next();
  });
  expect(await heard()).toContain('link, 选择您是以个人还是以法人或其他组织的名义申请');

  await page.getByRole('radio', { name: '法人或其他组织' }).check();
  await page.getByRole('radio', { name: '社会公益组织' }).check();
  await page.getByLabel('组织名称').fill('牡丹江市某某助残服务中心');
  await page.getByLabel('统一社会信用代码').fill('91350100M000100Y43');
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByLabel('您想获取哪些政府信息？').fill('2017年残疾人事业统计的汇总数字。');
  await page.getByRole('radio', { name: '到办公地点领取' }).check();
  await page.getByRole('radio', { name: '纸质' }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByLabel('联系电话').fill('13912345678');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByRole('button', { name: '提交申请' })).toBeVisible();
  // The signal drops only once the service worker has kept the app, as on a phone that has opened it before.
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect.poll(async () => (await heard()).join('\n')).toContain('已保存，联网后自动发送');
});
