import { devices, expect, test } from '@playwright/test';
import { answerHref, answersHref } from '../src/addresses/addresses.ts';
import { locales } from '../src/i18n/locales.ts';
import { E2E_PORT, E2E_STAFF } from '../playwright.config.ts';
import { useContentServer } from './second-server.ts';
import { expectNoAxeViolations, waitForOfflineReady } from './site.ts';

/**
 * Issue 17, point 3: an answer staff publish is listed at /ask/answers/ and has its own page in every language, both
 * passing axe, and a phone that read them keeps them to read offline.
 */
test.describe('published answers', () => {
  useContentServer(E2E_PORT + 27);

  test('are listed and read in three languages, pass axe, and stay on the phone to read offline', async ({ browser, baseURL, playwright }) => {
    const slug = `e2e-answer-${Date.now().toString(36)}`;
    const title = '残疾人乘公交车免费吗';
    const context = await browser.newContext({ ...devices['Pixel 5'], baseURL, locale: 'zh-CN' });
    const phone = await context.newPage();
    // The list as the build prerendered it: nothing published yet.
    await phone.goto(answersHref());
    await expect(phone.locator('h1')).toHaveText('咨询答复');
    await expect(phone.getByText('还没有公开的答复。')).toBeVisible();
    await waitForOfflineReady(phone);

    // Staff publish an answer through the integration API, as they would after the review steps.
    const origin = { Origin: baseURL! };
    const staff = await playwright.request.newContext({ baseURL });
    expect((await staff.post('/api/staff/session', { headers: origin, data: E2E_STAFF })).ok()).toBe(true);
    const draft = await staff.post('/api/staff/content', {
      headers: origin,
      data: {
        collection: 'answers', slug, title, question: '残疾人乘公交车免费吗？需要带什么证件？', topic: 'guide', answered: '2026-03-03',
        body: '持残疾人证可以免费乘坐市内公交车。\n\n上车时出示残疾人证即可。',
        english: { title: 'Do disabled people ride buses for free?', question: 'Are buses free for disabled people?', topic: 'guide', answered: '2026-03-03', body: 'Yes, with a disability certificate.' },
      },
    });
    expect(draft.ok(), await draft.text()).toBe(true);
    const published = await staff.post(`/api/staff/content/answers/${slug}/publish`, { headers: origin });
    expect(published.ok(), await published.text()).toBe(true);
    await staff.dispose();

    // The list is the server's now; its link opens the answer's page (a page load: the page is the server's alone).
    await phone.goto(answersHref());
    await phone.getByRole('link', { name: title }).click();
    await expect(phone).toHaveURL(new RegExp(`${answerHref(slug)}$`));
    await expect(phone.locator('h1')).toHaveText(title);
    await expect(phone.getByText('持残疾人证可以免费乘坐市内公交车。')).toBeVisible();

    // Offline: the answer and the list listing it, as read.
    await context.setOffline(true);
    await phone.goto(answerHref(slug));
    await expect(phone.locator('h1')).toHaveText(title);
    await phone.goto(answersHref());
    await expect(phone.getByRole('link', { name: title })).toBeVisible();
    await context.close();

    const titles = { 'zh-Hans': title, 'zh-Hant': '殘疾人乘公交車免費嗎', en: 'Do disabled people ride buses for free?' };
    // axe needs a page of a context of the test's own.
    const readerContext = await browser.newContext({ baseURL });
    const reader = await readerContext.newPage();
    for (const locale of locales) {
      await reader.goto(answersHref(locale));
      await expect(reader.getByRole('link', { name: titles[locale] })).toBeVisible();
      await expectNoAxeViolations(reader);
      await reader.goto(answerHref(slug, locale));
      await expect(reader.locator('h1')).toHaveText(titles[locale]);
      await expectNoAxeViolations(reader);
    }
    await readerContext.close();
  });
});
