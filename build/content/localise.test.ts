import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ContentError, loadContent } from './load.ts';
import { loadTranslations, localiseContent, localiseLinks } from './localise.ts';
import { allPublicPaths, publicPaths } from './public-paths.ts';
import { loadAllContent } from './source.ts';

const dir = fileURLToPath(new URL('../../src/content', import.meta.url));
const all = loadAllContent(dir).byLocale;

describe('content in each language', () => {
  it('generates traditional Chinese from the simplified text: titles, lists and bodies alike', () => {
    const simplified = all['zh-Hans'].guides.find((guide) => guide.slug === 'bus-pass')!;
    const traditional = all['zh-Hant'].guides.find((guide) => guide.slug === 'bus-pass')!;
    expect(simplified.title).toBe('残疾人乘车证');
    expect(traditional.title).toBe('殘疾人乘車證');
    expect(traditional.bring[0]).toBe('殘疾人證');
    expect(traditional.html).toContain('殘疾人證');
    expect(traditional.lang).toBe('zh-Hant');
    expect(traditional.updated).toBe(simplified.updated);
  });

  it('takes English from src/content/en/, and keeps the Chinese text, marked as Chinese, where there is none yet', () => {
    const guide = all.en.guides.find((item) => item.slug === 'bus-pass')!;
    expect(guide.lang).toBe('en');
    expect(guide.title).toBe('Disability bus pass');
    const untranslated = all.en.disclosure.find((item) => item.slug === 'budget-2017-explanation')!;
    expect(untranslated.lang).toBe('zh-Hans');
    expect(untranslated.title).toBe(all['zh-Hans'].disclosure.find((item) => item.slug === 'budget-2017-explanation')!.title);
    // A translation keeps its guide's place in the list.
    expect(all.en.guides.map((item) => item.slug)).toEqual(all['zh-Hans'].guides.map((item) => item.slug));
  });

  it('keeps the links inside the text in the same language', () => {
    expect(all['zh-Hant'].guides.find((guide) => guide.slug === 'bus-pass')!.html).toContain('href="/zh-Hant/guides/certificate-new/"');
    expect(all.en.guides.find((guide) => guide.slug === 'bus-pass')!.html).toContain('href="/en/guides/certificate-new/"');
    expect(localiseLinks('<a href="/">首页</a> <a href="https://example.org/">x</a> <a href="//x.example/">y</a>', 'en'))
      .toBe('<a href="/en/">首页</a> <a href="https://example.org/">x</a> <a href="//x.example/">y</a>');
  });

  it('lists every page in all three languages, simplified Chinese first', () => {
    const paths = allPublicPaths(all);
    const simplified = publicPaths(all['zh-Hans']);
    expect(paths.length).toBe(simplified.length * 3);
    expect(paths.slice(0, simplified.length)).toEqual(simplified);
    for (const path of simplified) {
      expect(paths).toContain(`/zh-Hant${path}`);
      expect(paths).toContain(`/en${path}`);
    }
  });

  it('fails the build for an English file with no Chinese file of the same name', () => {
    const root = mkdtempSync(join(tmpdir(), 'ad-en-'));
    mkdirSync(join(root, 'guides'));
    writeFileSync(join(root, 'guides', 'no-such-guide.md'), '---\ntitle: X\nsummary: X\norder: 1\neligibility: [x]\nbring: [x]\nsteps: [x]\nlegalBasis: [x]\nupdated: 2026-11-24\n---\n');
    expect(() => loadTranslations(root, loadContent(dir))).toThrow(ContentError);
    expect(() => loadTranslations(root, loadContent(dir))).toThrow('guides/no-such-guide.md');
  });

  it('leaves the simplified content as it is', () => {
    const source = loadContent(dir);
    expect(localiseContent(source, 'zh-Hans', { guides: [], disclosure: [], pages: [], reports: [] }).guides[0]).toEqual({ ...source.guides[0], lang: 'zh-Hans' });
  });
});
