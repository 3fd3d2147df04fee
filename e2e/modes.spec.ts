import { expect, test, type Page } from '@playwright/test';
import { applyTextSpacing, clippedOrOverlapping, smallTargets, smallText } from './layout-checks.ts';
import { address, htmlPrefs, localePrefixes, openHeaderPanel, openPage, pageTypes, type StoredPrefs } from './prefs-support.ts';
import { expectNoAxeViolations, scrollsSideways } from './site.ts';

/** Each display mode as a person would have stored it, and what `<html>` then shows. */
const modes: { name: string; prefs: StoredPrefs; shows: Record<string, string> }[] = [
  { name: 'high contrast', prefs: { contrast: 'high' }, shows: { 'data-contrast': 'high' } },
  { name: 'dark', prefs: { contrast: 'dark' }, shows: { 'data-contrast': 'dark' } },
  { name: '200 %', prefs: { textSize: 200 }, shows: { 'data-text-size': '200' } },
  { name: 'elder', prefs: { elder: true }, shows: { 'data-elder': 'on' } },
  { name: 'elder at 200 %', prefs: { elder: true, textSize: 200 }, shows: { 'data-elder': 'on', 'data-text-size': '200' } },
  { name: 'reduced motion', prefs: { reducedMotion: true }, shows: { 'data-reduced-motion': 'on' } },
  { name: 'pinyin', prefs: { pinyin: true }, shows: { 'data-pinyin': 'on' } },
];

/** Stores the mode as a person's earlier visit would have, on the site's origin, before the page is opened again. */
async function storeMode(page: Page, prefs: StoredPrefs) {
  await page.evaluate((value) => localStorage.setItem('prefs', value), JSON.stringify(prefs));
}

// The narrowest phone: every check runs where reflow is hardest.
test.use({ viewport: { width: 320, height: 640 } });

// One phone opens each page once per mode, as a returning reader would: its first visit (and the worker's install)
// is paid once per page rather than once per mode, and each mode is a step of its own, named when it fails.
for (const prefix of localePrefixes) {
  test.describe(`every display mode${prefix ? ` (${prefix})` : ''}`, () => {
    for (const { type, path, status = 200, prepare } of pageTypes) {
      test(`${type}: axe clean, no sideways scroll at 320 px, text spacing neither clips nor overlaps; in elder mode 60 px targets and 18 pt text`, async ({ page }) => {
        // The origin's storage, reached from a file that runs no script of the app.
        await page.goto('/robots.txt');
        for (const mode of modes) {
          await test.step(mode.name, async () => {
            await storeMode(page, mode.prefs);
            const response = await openPage(page, address(prefix, path));
            expect(response?.status()).toBe(status);
            expect(await htmlPrefs(page)).toMatchObject(mode.shows);
            await prepare?.(page);
            // The header's panel is checked in every mode too, on the home page.
            if (type === 'home') await openHeaderPanel(page);

            await expectNoAxeViolations(page);
            expect(await scrollsSideways(page), 'horizontal scroll at 320 px').toBe(false);
            if (mode.prefs.elder) {
              expect(await smallTargets(page, 60), 'targets under 60 × 60 px').toEqual([]);
              expect(await smallText(page, 24), 'text under 18 pt').toEqual([]);
            }

            await applyTextSpacing(page);
            expect(await clippedOrOverlapping(page), 'with WCAG 1.4.12 text spacing').toEqual([]);
            expect(await scrollsSideways(page), 'horizontal scroll at 320 px with text spacing').toBe(false);
          });
        }
      });
    }
  });
}
