import { readFileSync } from 'node:fs';
import { devices, expect, type Locator, type Page, test } from '@playwright/test';
import { E2E_STAFF } from '../playwright.config.ts';
import { expectNoAxeViolations, fileRequestWithTheForm, scrollsSideways } from './site.ts';

/** Presses Tab until `target` has focus, as someone on a keyboard would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** A PDF of 1.2 MB: its header, then filler, so the link says "1.2 MB". */
function budgetPdf(): Buffer {
  const size = Math.round(1.2 * 1024 * 1024);
  const pdf = Buffer.alloc(size, 0x20);
  pdf.write('%PDF-1.4\n');
  pdf.write('\n%%EOF\n', size - 7);
  return pdf;
}

test('a staff member replies by keyboard with a PDF attached, and the applicant’s phone shows the file, says its kind and size, and downloads it', async ({ page, browser }) => {
  // The citizen files a request with the form, on their own phone, choosing to collect the reply.
  const reference = await fileRequestWithTheForm(page, { description: '2017 年部门预算说明。', format: '电子文件', offlineReady: true });
  const citizenPath = new URL(page.url()).pathname;

  // Staff, on another phone, with the keyboard only: sign in, open the request, reply with the PDF.
  const staffContext = await browser.newContext({ ...devices['Pixel 5'], baseURL: new URL(page.url()).origin, locale: 'zh-CN' });
  const staff = await staffContext.newPage();
  await staff.goto(`/staff/requests/${reference}/reply/`);
  await tabTo(staff, staff.getByLabel('用户名'));
  await staff.keyboard.type(E2E_STAFF.name);
  await staff.keyboard.press('Tab');
  await staff.keyboard.type(E2E_STAFF.password);
  await staff.keyboard.press('Enter');
  await expect(staff.locator('h1')).toHaveText(`答复申请：${reference}`);

  await tabTo(staff, staff.locator('#outcome'));
  await staff.keyboard.press('Space');
  await expect(staff.getByRole('radio', { name: '予以公开' })).toBeChecked();
  await tabTo(staff, staff.getByLabel('答复内容'));
  await staff.keyboard.type('您申请的 2017 年部门预算说明见附件。');
  const fileInput = staff.getByLabel('随答复发送的文件（可选）');
  await tabTo(staff, fileInput);
  // The browser's file chooser opens from the keyboard; the test answers it as a person would pick the file.
  const chooser = staff.waitForEvent('filechooser');
  await staff.keyboard.press('Enter');
  await (await chooser).setFiles({ name: '2017 年部门预算说明.pdf', mimeType: 'application/pdf', buffer: budgetPdf() });
  await tabTo(staff, staff.getByRole('button', { name: '记录答复' }));
  await staff.keyboard.press('Enter');
  await expect(staff.getByRole('status')).toHaveText('已记录答复。申请人在“我的申请”里可以看到。');
  await expect(staff.getByText('2017 年部门预算说明.pdf（PDF，1.2 MB）')).toBeVisible();
  await expectNoAxeViolations(staff);
  await staffContext.close();

  // The applicant's phone: the file's link names it, its kind and its size, in each language.
  const links = {
    '': '2017 年部门预算说明（PDF，1.2 MB）',
    '/zh-Hant': '2017 年部门预算说明（PDF，1.2 MB）',
    '/en': '2017 年部门预算说明 (PDF, 1.2 MB)',
  };
  for (const [prefix, text] of Object.entries(links)) {
    await page.goto(`${prefix}${citizenPath}`);
    const link = page.getByRole('link', { name: text });
    await expect(link).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await scrollsSideways(page)).toBe(false);
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
  }

  await page.goto(citizenPath);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: links[''] }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('2017 年部门预算说明.pdf');
  expect(readFileSync((await download.path())!).equals(budgetPdf())).toBe(true);

  // Nothing of the file is kept by the service worker: no cache holds its address.
  const kept = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.filter((url) => url.includes('/files/'))).toEqual([]);
});
