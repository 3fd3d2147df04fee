import { createRequire, register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect, test, type BrowserContext } from '@playwright/test';
import { expectNoAxeViolations, scrollsSideways, waitForApp } from './site.ts';

/**
 * The annual report in a browser: the public page of a published year, and the staff pages that prepare it.
 * The report's routes run in this process over a database with known figures (annual-report-app.ts) and answer
 * the browser's requests for them, and for the catalogue and the published overlay that list the year; everything else (styles, scripts, the other pages) comes from the real server.
 */
const require = createRequire(import.meta.url);
const virtualScreenReader = require.resolve('@guidepup/virtual-screen-reader/browser.js');
const dist = fileURLToPath(new URL('../dist', import.meta.url));

type ReportApp = { app: { request(input: string, init?: RequestInit): Promise<Response> }; close(): Promise<void> };
let fixture: ReportApp;

test.beforeAll(async () => {
  // The module hooks `npm run serve` starts with: the app's components the server renders import their stylesheets.
  register('../server/traditional-hooks.js', import.meta.url);
  const { tsImport } = await import('tsx/esm/api');
  const { reportApp } = await tsImport('./annual-report-app.ts', import.meta.url);
  fixture = await reportApp(dist);
});
test.afterAll(() => fixture?.close());

/** A routed answer is made in this process, so it would arrive with the phone offline: refuse it then, as a network would. */
let offline = false;

/** On the context, so that the service worker's own fetches reach these routes too. */
async function serveReports(context: BrowserContext) {
  offline = false;
  await context.route(/\/(reports\/2025\/|staff\/reports\/|disclosure\/$|published\.json$|qr\/reports\/2025\.svg$)/, async (route) => {
    if (offline) return route.abort('internetdisconnected');
    const request = route.request();
    const url = new URL(request.url());
    const response = await fixture.app.request(url.pathname + url.search, {
      method: request.method(),
      headers: request.headers(),
      body: request.postData() ?? undefined,
    });
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
}

test.beforeEach(async ({ context }) => serveReports(context));

test('the published report reads without sideways scrolling at 320 px, its tables scrolling in their own regions', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/reports/2025/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2025年牡丹江市残疾人联合会政府信息公开工作年度报告');
  await expectNoAxeViolations(page);
  expect(await scrollsSideways(page)).toBe(false);
  // The State Council's six parts, in order, each a heading to jump to.
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
    '下载数据',
  ]);

  const region = page.getByRole('region', { name: '三、收到和处理政府信息公开申请情况' });
  const table = region.getByRole('table', { name: '三、收到和处理政府信息公开申请情况' });
  await expect(table).toBeVisible();
  // Wider than the phone: the region scrolls, and the keyboard can reach it to scroll it.
  expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);

  await expect(page.getByRole('table', { name: '二、主动公开政府信息情况' })).toBeVisible();
  await expect(page.getByRole('table', { name: '四、政府信息公开行政复议、行政诉讼情况' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '按月更新网站' })).toBeVisible();
  await expect(page.getByRole('link', { name: '2025年报告数据（CSV，可用 Excel 打开）' })).toHaveAttribute('href', '/reports/2025/report.csv');
});

test('the server-rendered report and staff pages are valid HTML, as the build’s pages are checked', async () => {
  const { HtmlValidate, FileSystemConfigLoader } = await import('html-validate');
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const post = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  const pages: [string, RequestInit?][] = [
    ['/reports/2025/'],
    ['/staff/reports/'],
    ['/staff/reports/2025/'],
    ['/staff/reports/2025/', post({ overview: '**总体**', problems: '无', otherMatters: '无', action: 'preview' })],
    ['/staff/reports/2025/', post({ overview: '', problems: '', otherMatters: '', action: 'publish' })],
  ];
  for (const [path, init] of pages) {
    const html = await (await fixture.app.request(path, init)).text();
    // The project's rules, except that Preact's server renderer closes void elements (`<meta/>`), which HTML allows.
    const report = await validator.validateString(html, fileURLToPath(new URL('../dist/report.html', import.meta.url)), { rules: { 'void-style': 'off' } });
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`)), path).toEqual([]);
  }
});

test('every number in the report names header cells that exist, and the right ones', async ({ page }) => {
  await page.goto('/reports/2025/');
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    for (const cell of document.querySelectorAll('table.report-table td[headers]')) {
      for (const id of cell.getAttribute('headers')!.split(' ')) {
        const header = document.getElementById(id);
        if (!header || header.tagName !== 'TH') found.push(`${id} is not a header cell`);
      }
    }
    if (document.querySelectorAll('table.report-table tbody td:not([headers])').length) found.push('a number without headers');
    return found;
  });
  expect(problems).toEqual([]);
});

test('a screen reader reading a report cell hears its row and column headers', async ({ page }) => {
  await page.route('**/__virtual-screen-reader.js', (route) => route.fulfill({ path: virtualScreenReader, contentType: 'text/javascript' }));
  await page.goto('/reports/2025/');
  // Swipe through part 三 to the number of requests from research institutions withheld as state secrets.
  // Screen readers (NVDA, JAWS, VoiceOver) announce a cell's headers from its `headers` attribute; the virtual
  // screen reader speaks the cell itself ("cell, 1") and the row headers as it passes them, but does not yet work
  // out table headers, so the cell's headers are read from the ids it names, as those screen readers do.
  const { spoken, headers } = await page.evaluate(async () => {
    const { virtual } = await import('/__virtual-screen-reader.js' as string);
    await virtual.start({ container: document.querySelector('#report-requests')! });
    let headers: string[] = [];
    for (let i = 0; i < 400 && !headers.length; i++) {
      await virtual.next();
      const item = virtual.activeNode as Node | null;
      const cell = (item instanceof Element ? item : item?.parentElement)?.closest('td');
      const ids = cell?.getAttribute('headers')?.split(' ') ?? [];
      if (ids.includes('report-requests-row-4-2') && ids.at(-1) === 'report-requests-research') {
        headers = ids.map((id) => document.getElementById(id)!.textContent!);
      }
    }
    const spoken: string[] = await virtual.spokenPhraseLog();
    await virtual.stop();
    return { spoken, headers };
  });
  expect(spoken.at(-1)).toBe('cell, 1');
  const header = (phrase: string) => phrase.replace(/, (row|column) span \d+$/, '');
  // The column headers at the top of the table, then each level of row header as the swipe reaches it.
  for (const column of ['申请人情况', '法人或其他组织', '科研机构']) expect(spoken.map(header)).toContain(`columnheader, ${column}`);
  expect(spoken.map(header)).toContain('rowheader, 三、本年度办理结果');
  expect(spoken.slice(-6, -3).map(header)).toEqual(['row, （三）不予公开 1.属于国家秘密 0 0 1 0 0 0 1', 'rowheader, （三）不予公开', 'rowheader, 1.属于国家秘密']);
  expect(headers).toEqual(['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '申请人情况', '法人或其他组织', '科研机构']);
});

test('a published year reached from the catalogue by a client-side link loads from the server', async ({ page }) => {
  await page.goto('/disclosure/');
  await waitForApp(page);
  const link = page.getByRole('link', { name: '2025年牡丹江市残疾人联合会政府信息公开工作年度报告' });
  await link.click();
  await expect(page).toHaveURL(/\/reports\/2025\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2025年牡丹江市残疾人联合会政府信息公开工作年度报告');
  await expect(page.getByRole('table', { name: '三、收到和处理政府信息公开申请情况' })).toBeVisible();
});

test('a published report read once opens offline, as a disclosure does', async ({ page, context }) => {
  await page.goto('/guides/bus-pass/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.goto('/reports/2025/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2025年牡丹江市残疾人联合会政府信息公开工作年度报告');
  await context.setOffline(true);
  offline = true;
  await page.goto('/reports/2025/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2025年牡丹江市残疾人联合会政府信息公开工作年度报告');
  await expect(page.getByRole('table', { name: '四、政府信息公开行政复议、行政诉讼情况' })).toBeVisible();
});

test('the report prints on A4: no table wider than the page', async ({ page }) => {
  // A4 is 210 mm wide; with 15 mm margins, 180 mm of content, 680 CSS px.
  await page.setViewportSize({ width: 680, height: 960 });
  await page.goto('/reports/2025/');
  await page.emulateMedia({ media: 'print' });
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('table.report-table')].filter((table) => table.getBoundingClientRect().width > 680).map((table) => table.id),
  );
  expect(overflowing).toEqual([]);
  expect(await scrollsSideways(page)).toBe(false);
});

test('the staff report pages pass axe: the list, a year, its preview and its errors', async ({ page }) => {
  await page.goto('/staff/reports/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('年度报告');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: '2025年度报告' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2025年度报告');
  await expect(page.getByRole('textbox', { name: '总体情况' })).toHaveValue(/按月更新网站/);
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: '其他需要报告的事项' }).fill('**没有**其他事项。');
  await page.getByRole('button', { name: '预览' }).click();
  await expect(page.getByRole('region', { name: /预览/ }).locator('strong')).toHaveText('没有');
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: '存在的主要问题及改进情况' }).fill('');
  await page.getByRole('button', { name: /发布/ }).click();
  await expect(page).toHaveTitle(/^错误：/);
  await expect(page.getByRole('link', { name: '请填写“存在的主要问题及改进情况”；没有内容时写“无”' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '其他需要报告的事项' })).toHaveValue('**没有**其他事项。');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await scrollsSideways(page)).toBe(false);
});
