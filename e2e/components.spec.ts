import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AXE_TAGS, axe, scrollsSideways } from './site.ts';

/**
 * Each component alone, from its examples (`src/**\/<Name>.examples.tsx`, found here without a list, so a new example
 * is tested at once), on a page of its own with the built stylesheet: axe with the tags every page is checked
 * with, and no sideways scrolling at 320 px.
 */
const src = new URL('../src/', import.meta.url);
const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.examples.tsx')).sort();
// Test names are needed before any test runs: the exports are read from the source; the examples render in beforeAll.
const examples = files.flatMap((file) =>
  [...readFileSync(new URL(file, src), 'utf8').matchAll(/^export const (\w+)/gm)].map(([, name]) => ({ file, name: name! })),
);

const dist = new URL('../dist/', import.meta.url);
/** The one stylesheet every page links, as the prerendered home page names it. */
const stylesheet = /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"/.exec(readFileSync(new URL('index.html', dist), 'utf8'))?.[1];

/**
 * Rules about a whole page, which one component alone cannot meet: all content inside landmarks, one `main`, one
 * `h1`. Every real page is checked against them (pages.spec.ts and the others).
 */
const WHOLE_PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one'];

let rendered: Map<string, { html: string; lang: string }>;
test.beforeAll(async () => {
  const { tsImport } = await import('tsx/esm/api');
  const { renderExamples } = await tsImport('./component-examples.ts', import.meta.url);
  rendered = await renderExamples(files);
});

test('finds the components’ examples and the built stylesheet', () => {
  expect(examples.length).toBeGreaterThanOrEqual(10);
  expect(stylesheet).toBeDefined();
});

test('every component’s styles are in the one built stylesheet, those of lazily loaded components too', () => {
  const built = readFileSync(new URL(stylesheet!, dist), 'utf8');
  const sheets = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));
  const missing = sheets.flatMap((sheet) =>
    [...new Set(readFileSync(new URL(sheet, src), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').match(/\.[a-z][\w-]*/g) ?? [])]
      .filter((name) => !built.includes(name))
      .map((name) => `${sheet}: ${name}`),
  );
  expect(missing).toEqual([]);
});

for (const { file, name } of examples) {
  test(`${file.replace(/\.examples\.tsx$/, '')}: ${name}`, async ({ page }) => {
    const { html, lang } = rendered.get(`${file}#${name}`)!;
    await page.setViewportSize({ width: 320, height: 640 });
    // A page of the site's own origin first (the server lets only the site use its files), with no app on it: the
    // stylesheet and the example's own addresses (a QR code's image) then come from the test server.
    await page.goto('/robots.txt');
    // The element with id "main" is the skip link's target, as on every page.
    await page.setContent(
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${name}</title><link rel="stylesheet" href="/${stylesheet}"></head>` +
        `<body>${html}<div id="main" tabindex="-1"></div></body></html>`,
    );
    // The built stylesheet is applied (its reset), so colour contrast and target sizes are the site's own.
    await expect(page.locator('body')).toHaveCSS('margin-top', '0px');
    const { violations } = await axe(page).withTags(AXE_TAGS).disableRules(WHOLE_PAGE_RULES).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)).toEqual([]);
    expect(await scrollsSideways(page), 'sideways scrolling at 320 px').toBe(false);
  });
}
