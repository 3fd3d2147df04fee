import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, devices, expect, type Page, test } from '@playwright/test';
import { catalogueHref, disclosureHref, publishedHref, searchIndexHref } from '../src/addresses/addresses.ts';
import { E2E_PORT, E2E_STAFF } from '../playwright.config.ts';
import { startSecondServer, type SecondServer, useContentServer } from './second-server.ts';
import { waitForOfflineReady } from './site.ts';

/**
 * Issue 14, point 5: what staff publish reaches a phone that kept the catalogue, on its next online visit, and stays
 * on it for reading offline, with no new build and no new worker (src/sw.ts: pages, each language's published
 * overlay and search index, network first).
 */

/**
 * What the worker answers the page for a file: through the page's own `fetch`, so through the worker; status 0 when
 * it fails, as offline with no copy held.
 */
const fetchText = (page: Page, path: string) => page.evaluate(async (address) => {
  try {
    const response = await fetch(address);
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}, path);

/** A phone that has read the catalogue once, its worker installed and holding it: as a QR code would leave it. */
async function phoneThatReadTheCatalogue(context: BrowserContext): Promise<Page> {
  const phone = await context.newPage();
  await phone.goto(catalogueHref());
  await waitForOfflineReady(phone);
  // The first page is not the worker's to keep (issue 16: a first visit downloads nothing twice); read again, it is.
  await phone.reload();
  await context.setOffline(true);
  await phone.goto(catalogueHref());
  await expect(phone.locator('h1')).toHaveText('信息公开');
  await context.setOffline(false);
  return phone;
}

test.describe('what staff publish', () => {
  useContentServer(E2E_PORT + 18);

  test('a citizen’s phone that read the catalogue offline before sees the new item on its next online visit, and reads it offline after', async ({ browser, baseURL, playwright }) => {
    const slug = `e2e-offline-notice-${Date.now().toString(36)}`;
    const title = '关于2026年助残日活动安排的通知';
    const context = await browser.newContext({ ...devices['Pixel 5'], baseURL, locale: 'zh-CN' });
    const phone = await phoneThatReadTheCatalogue(context);

    // Staff publish a notice through the integration API (issue 14, point 3).
    const origin = { Origin: baseURL! };
    const staff = await playwright.request.newContext({ baseURL });
    expect((await staff.post('/api/staff/session', { headers: origin, data: E2E_STAFF })).ok()).toBe(true);
    const draft = await staff.post('/api/staff/content', {
      headers: origin,
      data: {
        collection: 'disclosure', slug, title, category: 'policy', issuer: '测试市残疾人联合会', documentNumber: '测残联〔2026〕9号', date: '2026-05-10',
        summary: '2026年助残日活动的时间、地点和报名办法。', body: '## 活动时间\n\n5月17日上午。\n\n## 报名办法\n\n到各区残联报名。\n',
      },
    });
    expect(draft.ok(), await draft.text()).toBe(true);
    const published = await staff.post(`/api/staff/content/disclosure/${slug}/publish`, { headers: origin });
    expect(published.ok(), await published.text()).toBe(true);
    await staff.dispose();

    // Its next online visit: the catalogue is asked of the server first, and lists the new item.
    await phone.goto(catalogueHref());
    await expect(phone.getByRole('link', { name: title })).toBeVisible();
    // The item opens (the link's own address), and is kept.
    await phone.goto(disclosureHref(slug));
    await expect(phone.locator('h1')).toHaveText(title);
    // The overlay and the search index are the server's, with the new item, asked through the worker.
    const overlayOnline = await fetchText(phone, publishedHref());
    expect(overlayOnline.status).toBe(200);
    expect(overlayOnline.text).toContain(slug);
    const indexOnline = await fetchText(phone, searchIndexHref());
    expect(indexOnline.text).toContain(title);

    // Offline again: the new item's page, the catalogue listing it, and the overlay and search index as they came.
    await context.setOffline(true);
    await phone.goto(disclosureHref(slug));
    await expect(phone.locator('h1')).toHaveText(title);
    await phone.goto(catalogueHref());
    await expect(phone.locator('h1')).toHaveText('信息公开');
    await expect(phone.getByRole('link', { name: title })).toBeVisible();
    const overlayOffline = await fetchText(phone, publishedHref());
    expect(overlayOffline).toEqual(overlayOnline);
    expect(await fetchText(phone, searchIndexHref())).toEqual(indexOnline);
    await context.close();
  });
});

/**
 * The search index, precached by the first visit, is still asked of the server first, as staff change it without a
 * build: a server of its own, whose index file the test changes as a publish changes the server's answer.
 */
let server: SecondServer;
test.describe('the search index', () => {
  test.beforeAll(async () => {
    server = await startSecondServer(E2E_PORT + 14);
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test('is asked of the server first, and its newer version answers offline in place of the precached one', async ({ browser }) => {
    const context = await browser.newContext({ ...devices['Pixel 5'], baseURL: server.url, locale: 'zh-CN' });
    const phone = await phoneThatReadTheCatalogue(context);
    const file = join(server.dist, searchIndexHref().slice(1));
    const index = JSON.parse(readFileSync(file, 'utf8')) as { entries: object[] };
    index.entries.push({ ...index.entries[0], title: '新发布的测试指南' });
    writeFileSync(file, JSON.stringify(index));

    const online = await fetchText(phone, searchIndexHref());
    expect(online.text).toContain('新发布的测试指南');
    await context.setOffline(true);
    expect(await fetchText(phone, searchIndexHref())).toEqual(online);
    await context.close();
  });
});
