import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { precacheTransform } from './precache.ts';

const dist = mkdtempSync(join(tmpdir(), 'precache-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('precacheTransform', () => {
  it('leaves the disclosure catalogue’s, the reports’ and the opt-in modes’ code to be kept when read, in every language, and keeps the guides’ and the display settings’', async () => {
    mkdirSync(join(dist, '.vite'));
    writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify({
      'virtual:content/disclosure/organisation-nature': { file: 'assets/a.js' },
      'virtual:content/en/disclosure/organisation-nature': { file: 'assets/en-b.js' },
      'virtual:content/disclosure?load': { file: 'assets/c.js' },
      'virtual:content/reports/2017': { file: 'assets/d.js' },
      'src/pages/DisclosureItem.tsx': { file: 'assets/e.js' },
      'virtual:content/guides/bus-pass': { file: 'assets/f.js' },
      'virtual:content/en/guides/bus-pass': { file: 'assets/en-g.js' },
      'src/pages/Guide.tsx': { file: 'assets/h.js' },
      'src/main.tsx': { file: 'assets/main-i.js' },
      'virtual:content/pages/privacy': { file: 'assets/j.js' },
      'virtual:content/pages/request': { file: 'assets/k.js' },
      'src/modes/read-aloud/Player.tsx': { file: 'assets/l.js' },
      'src/modes/read-aloud/messages/en.ts': { file: 'assets/m.js' },
      'src/modes/pinyin/load.ts': { file: 'assets/n.js' },
      'src/prefs/PreferencesForm.tsx': { file: 'assets/o.js' },
    }));
    const entries = ['a', 'en-b', 'c', 'd', 'e', 'f', 'en-g', 'h', 'main-i', 'j', 'k', 'l', 'm', 'n', 'o'].map((name) => ({ url: `assets/${name}.js`, size: 1, revision: null }));
    const { manifest } = await precacheTransform(dist)(entries);
    expect(manifest.every((entry) => entry.revision === null)).toBe(true);
    expect(manifest.map((entry) => entry.url)).toEqual(['assets/f.js', 'assets/en-g.js', 'assets/h.js', 'assets/main-i.js', 'assets/k.js', 'assets/o.js']);
  });
});

describe('precacheTransform on pages', () => {
  it('gives a page the first ten hex digits of its bytes’ SHA-256, which the worker recomputes over a copy the browser holds', async () => {
    mkdirSync(join(dist, 'guides'), { recursive: true });
    writeFileSync(join(dist, 'guides/index.html'), '<!doctype html><title>办事指南</title>');
    const { manifest } = await precacheTransform(dist)([{ url: 'guides/index.html', size: 1, revision: '0123456789abcdef0123456789abcdef' }]);
    const sha256 = createHash('sha256').update('<!doctype html><title>办事指南</title>').digest('hex');
    expect(manifest).toEqual([{ url: 'guides/index.html', size: 1, revision: sha256.slice(0, 10) }]);
    writeFileSync(join(dist, 'guides/index.html'), '<!doctype html><title>办事指南 2</title>');
    const [changed] = (await precacheTransform(dist)([{ url: 'guides/index.html', size: 1, revision: 'x' }])).manifest;
    expect(changed!.revision).not.toBe(sha256.slice(0, 10));
  });
});
