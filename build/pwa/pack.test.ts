import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packLocale } from '../../src/service-worker/pack-format.ts';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { packTransform } from './pack.ts';

const dist = mkdtempSync(join(tmpdir(), 'pack-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const files: Record<string, string> = {
  'assets/main-abc.js': 'main',
  'assets/style-abc.css': 'body{}',
  'assets/Xy12.js': 'shared chunk',
  'assets/phone-Pq56.js': 'phone rules',
  'assets/en-Ab34.js': 'english chunk',
  'assets/en-i18n-Cd78.js': 'english messages',
  'guides/bus-pass/index.html': '<h1>残疾人乘车证</h1>',
  'en/guides/bus-pass/index.html': '<h1>Disability bus pass</h1>',
  'en/offline/index.html': '<h1>No internet connection</h1>',
  'en/search-index.json': '[]',
};
for (const [path, body] of Object.entries(files)) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), body);
}

describe('packTransform', () => {
  it('packs each language’s files with the shared ones in one file, leaves out what every page loads first, and keeps every entry listed', async () => {
    const entries = Object.keys(files).map((url) => ({ url, size: 1, revision: url.startsWith('assets/') ? null : 'r1' }));
    const { manifest } = await packTransform(dist)(entries);
    expect(manifest.slice(0, entries.length)).toEqual(entries);
    const packs = Object.fromEntries(manifest.filter((entry) => packLocale(entry.url)).map((entry) => [packLocale(entry.url), entry]));
    expect(Object.keys(packs).sort()).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    const contents = (group: string) => JSON.parse(readFileSync(join(dist, packs[group]!.url), 'utf8')) as [string, string, string][];
    // Every language's offline page is shared; the main chunk, styles and the language's messages come from the
    // browser's cache; the phone rule's library is kept when the form opens, in no pack.
    expect(contents('en')).toEqual([
      ['assets/Xy12.js', 'text/javascript; charset=utf-8', 'shared chunk'],
      ['en/offline/index.html', 'text/html; charset=utf-8', '<h1>No internet connection</h1>'],
      ['assets/en-Ab34.js', 'text/javascript; charset=utf-8', 'english chunk'],
      ['en/guides/bus-pass/index.html', 'text/html; charset=utf-8', '<h1>Disability bus pass</h1>'],
      ['en/search-index.json', 'application/json; charset=utf-8', '[]'],
    ]);
    expect(contents('zh-Hans').map(([path]) => path)).toEqual(['assets/Xy12.js', 'en/offline/index.html', 'guides/bus-pass/index.html']);
    expect(packs.en!.revision).toBeNull();
  });

  it('writes what "save all" downloads in each language: the packs it lacks, the other pages and every QR code', async () => {
    const extra: Record<string, string> = {
      'sitemap.xml': ['/guides/bus-pass/', '/disclosure/残联/', '/en/guides/bus-pass/'].map((path) => `<loc>https://example.test${encodeURI(path)}</loc>`).join(''),
      'disclosure/残联/index.html': '<h1>残联简介</h1>'.repeat(20),
      'qr/guides/bus-pass.svg': '<svg/>',
    };
    for (const [path, body] of Object.entries(extra)) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), body);
    }
    const entries = Object.keys(files).map((url) => ({ url, size: 1, revision: null }));
    const { manifest } = await packTransform(dist)(entries);
    const sent = (path: string) => brotliCompressSync(readFileSync(join(dist, path)), { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const pack = (group: string) => sent(manifest.find((entry) => packLocale(entry.url) === group)!.url);
    const sizes = JSON.parse(readFileSync(join(dist, 'save-all.json'), 'utf8')) as Record<string, number>;
    const others = sent('disclosure/残联/index.html') + sent('qr/guides/bus-pass.svg');
    // English keeps its own guide in its pack; the simplified-Chinese guide is a page of its own for it.
    expect(sizes.en).toBe(pack('en') + others + sent('guides/bus-pass/index.html'));
    expect(sizes['zh-Hans']).toBe(pack('zh-Hans') + others + sent('en/guides/bus-pass/index.html'));
  });
});
