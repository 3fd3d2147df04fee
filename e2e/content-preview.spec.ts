import { expect, type Page, test } from '@playwright/test';
import { E2E_PORT, E2E_STAFF } from '../playwright.config.ts';
import { useContentServer } from './second-server.ts';
import { expectNoAxeViolations } from './site.ts';

/**
 * Issue 14 points 1 and 6: staff see a draft in the real page frame in every language before publishing, checked by
 * axe in their own browser with the tests' tags; a problem the authoring checks cannot see (raw HTML in the body
 * with a language code that is no language) is listed there with the element.
 */

const notice = {
  collection: 'disclosure',
  title: '关于2026年残疾人辅助器具适配的通知',
  category: 'policy',
  issuer: '测试市残疾人联合会',
  date: '2026-03-02',
  summary: '2026年辅助器具适配的申请时间和办法。',
  body: '## 申请时间\n\n3月1日至6月30日。\n',
  english: {
    title: 'Notice on assistive devices in 2026',
    category: 'policy',
    issuer: 'Test City Disabled Persons’ Federation',
    date: '2026-03-02',
    summary: 'When and how to apply for assistive devices in 2026.',
    body: '## When to apply\n\n1 March to 30 June.\n',
  },
};

async function signIn(page: Page) {
  await page.goto('/staff/content/');
  await page.getByLabel('用户名').fill(E2E_STAFF.name);
  await page.getByLabel('密码').fill(E2E_STAFF.password);
  await page.getByLabel('密码').press('Enter');
  await expect(page.locator('h1')).toHaveText('信息发布');
}

const results = (page: Page) => ({ 'zh-Hans': page.locator('#preview-result-zh-Hans'), 'zh-Hant': page.locator('#preview-result-zh-Hant'), en: page.locator('#preview-result-en') });


useContentServer(E2E_PORT + 16);

test('a good draft’s preview passes axe in every language; a problem only axe finds is listed with its element', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN' });
  const staff = await context.newPage();
  await signIn(staff);
  const save = async (slug: string, body: string) => {
    const response = await context.request.post('/api/staff/content', { headers: { Origin: baseURL! }, data: { ...notice, slug, body } });
    expect(response.status(), await response.text()).toBe(201);
  };
  const stamp = Date.now().toString(36);

  const good = `e2e-preview-good-${stamp}`;
  await save(good, notice.body);
  await staff.goto(`/staff/content/disclosure/${good}/`);
  // The console's page itself, frames included, passes the tests' axe check while its own check runs in the frames.
  await expectNoAxeViolations(staff);
  for (const [locale, result] of Object.entries(results(staff))) {
    await expect(result, locale).toHaveText('axe 没有发现问题。');
  }
  // The keyboard goes from one language's link to the next, not through the framed page's links.
  await staff.getByRole('link', { name: '在新页面打开简体中文预览' }).focus();
  await staff.keyboard.press('Tab');
  await expect(staff.getByRole('link', { name: '在新页面打开繁体中文预览' })).toBeFocused();
  // The frames hold the draft's own page, in its language.
  await expect(staff.frameLocator('iframe[title="繁体中文预览"]').locator('h1')).toHaveText('關於2026年殘疾人輔助器具適配的通知');
  await expect(staff.frameLocator('iframe[title="英文预览"]').locator('h1')).toHaveText(notice.english.title);

  // `lang="zz"` names no language: the authoring checks read the Markdown's text, axe reads the page.
  const bad = `e2e-preview-bad-${stamp}`;
  await save(bad, '## 申请时间\n\n3月1日至6月30日，请到<span lang="zz">服务大厅</span>办理。\n');
  await staff.goto(`/staff/content/disclosure/${bad}/`);
  const { 'zh-Hans': simplified } = results(staff);
  await expect(simplified.getByRole('heading', { name: /axe 发现 \d+ 个问题/ })).toBeVisible();
  await expect(simplified).toContainText('(valid-lang)');
  await expect(simplified.locator('code')).toContainText('<span lang="zz">');
  // The authoring checks let it through: an administrator may publish it.
  const publish = await context.request.post(`/api/staff/content/disclosure/${bad}/publish`, { headers: { Origin: baseURL! }, data: {} });
  expect(publish.status(), await publish.text()).toBe(200);
  await context.close();

  // Without JavaScript the preview still opens; the page says there is no check.
  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await noScript.newPage();
  await signIn(page);
  await page.goto(`/staff/content/disclosure/${good}/`);
  await expect(results(page)['zh-Hans']).toContainText('不做 axe 检查');
  await expect(page.frameLocator('iframe[title="简体中文预览"]').locator('h1')).toHaveText(notice.title);
  await noScript.close();
});
