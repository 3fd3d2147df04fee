import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';

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
