import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packGroup } from '../../src/service-worker/pack-format.ts';
import { packTransform } from './pack.ts';

const dist = mkdtempSync(join(tmpdir(), 'pack-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const files: Record<string, string> = {
  'assets/main-abc.js': 'main',
  'assets/style-abc.css': 'body{}',
  'assets/Xy12.js': 'shared chunk',
  'assets/en-Ab34.js': 'english chunk',
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
  it('packs each group’s files in one file, leaves out what every page loads first, and keeps every entry listed', async () => {
    const entries = Object.keys(files).map((url) => ({ url, size: 1, revision: url.startsWith('assets/') ? null : 'r1' }));
    const { manifest } = await packTransform(dist)(entries);
    expect(manifest.slice(0, entries.length)).toEqual(entries);
    const packs = Object.fromEntries(manifest.filter((entry) => packGroup(entry.url)).map((entry) => [packGroup(entry.url), entry]));
    expect(Object.keys(packs).sort()).toEqual(['en', 'shared', 'zh-Hans']);
    const contents = (group: string) => JSON.parse(readFileSync(join(dist, packs[group]!.url), 'utf8')) as [string, string, string][];
    expect(contents('en')).toEqual([
      ['assets/en-Ab34.js', 'text/javascript; charset=utf-8', 'english chunk'],
      ['en/guides/bus-pass/index.html', 'text/html; charset=utf-8', '<h1>Disability bus pass</h1>'],
      ['en/search-index.json', 'application/json; charset=utf-8', '[]'],
    ]);
    // Every language's offline page is shared; the main chunk and styles come from the browser's cache.
    expect(contents('shared').map(([path]) => path)).toEqual(['assets/Xy12.js', 'en/offline/index.html']);
    expect(packs.en!.revision).toBeNull();
  });
});
