import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import { webManifest } from './manifest.ts';

const manifest = webManifest(site);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(publicPath: string): string {
  const png = readFileSync(new URL(`../../public${publicPath}`, import.meta.url));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

it('names the app in Chinese, with a short name that fits under a home-screen icon', () => {
  expect(manifest.name).toBe('牡丹江市残联信息公开');
  expect(manifest.short_name).toBe('残联信息公开');
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.lang).toBe('zh-Hans');
  expect(manifest).toMatchObject({ start_url: '/?source=home-screen', display: 'standalone', theme_color: '#0b4f8a' });
});

it('has 192 and 512 pixel icons and a maskable one, each file the size it claims', () => {
  const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
  expect(pngs.map((icon) => icon.sizes)).toEqual(['192x192', '512x512', '512x512']);
  expect(pngs.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of pngs) expect(pngSize(icon.src), icon.src).toBe(icon.sizes);
});

it('offers shortcuts to the guides, a new request and my requests', () => {
  expect(manifest.shortcuts.map((shortcut) => shortcut.url)).toEqual(['/guides/', '/request/', '/requests/']);
});
