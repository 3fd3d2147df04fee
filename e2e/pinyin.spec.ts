import { expect, test, type Page } from '@playwright/test';
import { setMode, startWithMode } from './modes.ts';
import { expectNoAxeViolations, scrollsSideways, waitForApp } from './site.ts';

/** Pinyin letters with tone marks: none of them may reach the accessibility tree. */
const TONE_MARKS = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

const GUIDE = '/guides/bus-pass/';
const firstParagraph = (page: Page) => page.locator('.prose p').first();

/**
 * The names Chromium's own accessibility tree gives, as a screen reader gets them. (Playwright's name
 * computation puts a space around every ruby annotation, even a hidden one; Chromium's does not.)
 */
async function accessibleNames(page: Page, role: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
  await cdp.detach();
  return nodes.filter((node) => !node.ignored && node.role?.value === role).map((node) => String(node.name?.value ?? ''));
}

/** Every text in Chromium's accessibility tree. */
async function accessibleTexts(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value: string }; ignored: boolean }[] };
  await cdp.detach();
  return nodes.filter((node) => !node.ignored).map((node) => String(node.name?.value ?? '')).join('\n');
}

/** The characters of an element as a reader sees them, without its pinyin. */
function charactersOf(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll('rt, rp').forEach((node) => node.remove());
    return copy.textContent ?? '';
  });
}

test('in pinyin mode a guide shows pinyin over its title and text, and a screen reader hears each character once', async ({ page }) => {
  await startWithMode(page, 'pinyin');
  await page.goto(GUIDE);
  const paragraph = firstParagraph(page);
  await expect(paragraph.locator('ruby').first()).toBeVisible();
  await expect(page.locator('h1 ruby').first()).toBeVisible();
  // 乘车证: the pinyin is there, over the characters, in order.
  await expect(page.locator('h1 rt').first()).toHaveText('cán');
  await expect(paragraph.locator('rt').first()).toHaveText('shì');

  const characters = await charactersOf(page, '.prose p');
  expect(characters).toBe('市残联长期公开乘车证的办理依据、标准和流程。乘车证怎样使用、是否需要年审，以市残联公布的规定为准。');
  expect(await paragraph.ariaSnapshot()).toBe(`- paragraph: ${characters}`);
  // The guide's lists too: each step with pinyin, read as its characters.
  const step = page.locator('.steps li').first();
  await expect(step.locator('ruby').first()).toBeVisible();
  expect(await step.ariaSnapshot()).toBe('- listitem: 带上材料到市残联或者户籍所在地的县（市）区残联提出申请。');
  expect(await page.locator('main').ariaSnapshot()).not.toMatch(TONE_MARKS);
  expect(await accessibleNames(page, 'heading')).toContain('残疾人乘车证');
  expect(await accessibleNames(page, 'link')).toContain('残疾人证新办');
  expect(await accessibleTexts(page)).not.toMatch(TONE_MARKS);
});

test('copying text with pinyin copies the characters only', async ({ page }) => {
  await startWithMode(page, 'pinyin');
  await page.goto(GUIDE);
  await expect(firstParagraph(page).locator('ruby').first()).toBeVisible();
  const copied = await firstParagraph(page).evaluate((paragraph) => {
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const event = new ClipboardEvent('copy', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
    paragraph.dispatchEvent(event);
    return { text: event.clipboardData!.getData('text/plain'), html: event.clipboardData!.getData('text/html'), handled: event.defaultPrevented };
  });
  expect(copied.handled).toBe(true);
  expect(copied.text).toBe('市残联长期公开乘车证的办理依据、标准和流程。乘车证怎样使用、是否需要年审，以市残联公布的规定为准。');
  expect(copied.html).not.toMatch(TONE_MARKS);
});

test('pinyin comes and goes with the mode, without a reload', async ({ page }) => {
  await page.goto(GUIDE);
  await waitForApp(page);
  const plain = await firstParagraph(page).textContent();
  expect(await page.locator('ruby').count()).toBe(0);
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  await setMode(page, 'pinyin', true);
  await expect(firstParagraph(page).locator('ruby').first()).toBeVisible();
  await expect(page.locator('h1 ruby').first()).toBeVisible();

  await setMode(page, 'pinyin', false);
  await expect(page.locator('ruby')).toHaveCount(0);
  await expect(firstParagraph(page)).toHaveText(plain!);
  await expect(page.locator('h1')).toHaveText('残疾人乘车证');
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test('pinyin follows a client-side navigation to another item', async ({ page }) => {
  await startWithMode(page, 'pinyin');
  await page.goto(GUIDE);
  await waitForApp(page);
  await page.locator('.prose a[href="/guides/certificate-new/"]').click();
  await expect(page).toHaveURL(/\/guides\/certificate-new\/$/);
  await expect.poll(() => charactersOf(page, 'h1')).toBe('残疾人证新办');
  await expect(page.locator('h1 rt').last()).toHaveText('bàn');
  await expect(page.locator('.prose ruby').first()).toBeVisible();
});

test('pages without pinyin cost nothing: no pinyin is downloaded while the mode is off', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(GUIDE);
  await waitForApp(page);
  expect(fetched.filter((path) => /pinyin|\/load-/.test(path))).toEqual([]);
});

test('with pinyin, nothing overlaps or scrolls sideways at 320 px, even at 200 % text', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await startWithMode(page, 'pinyin');
  for (const size of ['100%', '200%']) {
    await page.goto('/reports/2017/');
    await page.evaluate((fontSize) => (document.documentElement.style.fontSize = fontSize), size);
    await expect(page.locator('.prose ruby').first()).toBeVisible();
    expect(await scrollsSideways(page), size).toBe(false);
    // No line's pinyin may cover the characters of the line above it.
    const overlaps = await page.evaluate(() => {
      // Each reading and its base: the text just before the rt (an rp may stand between them).
      const pairs = [...document.querySelectorAll('.prose rt, h1 rt')].filter((rt) => rt.textContent).slice(0, 400).map((rt) => {
        let base = rt.previousSibling;
        while (base && base.nodeType !== Node.TEXT_NODE) base = base.previousSibling;
        const range = document.createRange();
        range.selectNodeContents(base!);
        return { base: range.getBoundingClientRect(), reading: rt.getBoundingClientRect() };
      });
      const hits = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      return pairs.filter(({ reading }, i) => pairs.some(({ base }, j) => i !== j && hits(reading, base))).length;
    });
    expect(overlaps, size).toBe(0);
  }
});

test('a guide and the annual report in pinyin mode have no axe violations', async ({ page }) => {
  await startWithMode(page, 'pinyin');
  for (const path of [GUIDE, '/reports/2017/']) {
    await page.goto(path);
    await expect(page.locator('.prose ruby').first()).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('a traditional-Chinese page gets pinyin over its traditional characters, and an English page none', async ({ page }) => {
  await startWithMode(page, 'pinyin');
  await page.goto(`/zh-Hant${GUIDE}`);
  await expect(page.locator('h1 ruby').first()).toBeVisible();
  await expect(page.locator('h1 rt').first()).toHaveText('cán');
  expect(await charactersOf(page, 'h1')).toBe('殘疾人乘車證');
  expect(await accessibleNames(page, 'heading')).toContain('殘疾人乘車證');
  expect(await accessibleTexts(page)).not.toMatch(TONE_MARKS);

  await page.goto(`/en${GUIDE}`);
  await waitForApp(page);
  await expect(page.locator('h1')).toHaveText('Disability bus pass');
  await expect(page.locator('main ruby')).toHaveCount(0);
});
