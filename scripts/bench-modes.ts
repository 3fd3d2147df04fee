/**
 * The display modes' numbers for `npm run bench`: what each mode (src/prefs/) adds to a page's download, the
 * size of the boot script every page loads before its first paint, and what opening the header's display
 * settings fetches. All gzip, as a phone on a metered connection pays for them.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

export const modes: [name: string, prefs: Record<string, unknown>][] = [
  ['high contrast', { contrast: 'high' }],
  ['dark', { contrast: 'dark' }],
  ['200 %', { textSize: 200 }],
  ['elder', { elder: true }],
  ['pinyin', { pinyin: true }],
  ['reduced motion', { reducedMotion: true }],
  ['read aloud', { readAloud: true }],
];

export const modePages: [type: string, path: string][] = [
  ['home', '/'],
  ['guide', '/guides/certificate-new/'],
  ['annual report', '/reports/2017/'],
];

export interface ModeNumbers {
  bootScript: number;
  panel: number;
  /** Bytes of each page type in the standard look. */
  standard: Record<string, number>;
  /** What each mode adds to each page type (negative when it saves). */
  added: { mode: string; bytes: Record<string, number> }[];
}

const gzipped = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/** Everything the page itself fetched, gzip; the service worker is kept out so only the page's own loads count. */
function countBytes(page: Page) {
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => sizes.push(response.body().then(gzipped, () => 0)));
  return async () => (await Promise.all(sizes)).reduce((total, size) => total + size, 0);
}

async function pageBytes(browser: Browser, origin: string, path: string, prefs?: Record<string, unknown>): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  if (prefs) await context.addInitScript((value) => localStorage.setItem('prefs', value), JSON.stringify(prefs));
  const page = await context.newPage();
  const total = countBytes(page);
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const bytes = await total();
  await context.close();
  return bytes;
}

/** What the first opening of the header's display settings downloads: the controls and their text. */
async function panelBytes(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  const total = countBytes(page);
  await page.getByRole('banner').getByRole('button', { name: '显示设置', exact: true }).click();
  await page.locator('#header-display-settings .prefs').waitFor();
  await page.waitForLoadState('networkidle');
  const bytes = await total();
  await context.close();
  return bytes;
}

export async function benchModes(browser: Browser, origin: string, distDir: string): Promise<ModeNumbers> {
  const standard: Record<string, number> = {};
  for (const [type, path] of modePages) standard[type] = await pageBytes(browser, origin, path);
  const added: ModeNumbers['added'] = [];
  for (const [mode, prefs] of modes) {
    const bytes: Record<string, number> = {};
    for (const [type, path] of modePages) bytes[type] = (await pageBytes(browser, origin, path, prefs)) - standard[type]!;
    added.push({ mode, bytes });
  }
  return {
    bootScript: gzipped(Buffer.from((JSON.parse(readFileSync(`${distDir}/.vite/inline-head.json`, 'utf8')) as { script: string }).script)),
    panel: await panelBytes(browser, origin),
    standard,
    added,
  };
}

export function printModes(numbers: ModeNumbers, kb: (bytes: number) => string) {
  console.log(`\nDisplay modes: the boot script inline in every page ${kb(numbers.bootScript)}; opening "显示设置" the first time fetches ${kb(numbers.panel)}`);
  console.log(`\nWhat each mode adds to a page, gzip (every file the page fetched, against the standard look)\n`);
  console.log(`| mode | ${modePages.map(([type]) => type).join(' | ')} |`);
  console.log(`|---|${modePages.map(() => '---:').join('|')}|`);
  console.log(`| standard (total) | ${modePages.map(([type]) => kb(numbers.standard[type]!)).join(' | ')} |`);
  for (const row of numbers.added) {
    console.log(`| ${row.mode} | ${modePages.map(([type]) => `${row.bytes[type]! >= 0 ? '+' : ''}${row.bytes[type]} B`).join(' | ')} |`);
  }
}
