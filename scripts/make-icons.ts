/**
 * Renders public/icons/icon.svg to the PNG sizes the web app manifest needs. Run after changing the SVG:
 *   npx tsx scripts/make-icons.ts
 * The maskable icon keeps the artwork inside the central 80 % safe zone on the brand colour.
 */
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../e2e/browser.ts';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const browser = await launchBrowser();
const page = await browser.newPage();

async function render(file: string, size: number, maskable: boolean) {
  const inner = maskable ? size * 0.7 : size;
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? '#0b4f8a' : 'transparent'}">
    <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`);
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: !maskable });
}

await render('icon-192.png', 192, false);
await render('icon-512.png', 512, false);
await render('maskable-512.png', 512, true);
await browser.close();
