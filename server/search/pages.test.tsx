import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAllContent } from '../../build/content/source.ts';
import { buildSearchIndex } from '../../build/site-files/search-index.ts';
import { searchIndexHref } from '../../src/addresses/addresses.ts';
import { locales } from '../../src/i18n/locales.ts';
import { buildAssets } from '../pages/assets.ts';
import { fixtureDist, removeFixtures } from '../test/fixture-dist.ts';
import { searchPages } from './pages.tsx';

let app: Hono;
beforeAll(() => {
  const { dist } = fixtureDist();
  // The index files as the build writes them (build/site-files/plugin.ts), from the real content.
  const content = loadAllContent(fileURLToPath(new URL('../../src/content', import.meta.url))).byLocale;
  for (const locale of locales) {
    const file = join(dist, searchIndexHref(locale).slice(1));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(buildSearchIndex(content[locale], locale)));
  }
  app = new Hono();
  app.route('/', searchPages({ assets: buildAssets(dist), distDir: dist }));
  app.get('*', (c) => c.text('the prerendered page', 200));
}, 30_000);
afterAll(removeFixtures);

const page = async (path: string) => {
  const response = await app.request(path);
  return { status: response.status, html: await response.text() };
};
/** The result links of a page, in order: those in its results' list. */
const results = (html: string) => {
  const list = /<ol class="item-list">(.*?)<\/ol>/s.exec(html.slice(html.indexOf('class="search-results"')))?.[1] ?? '';
  return [...list.matchAll(/<li><a href="([^"]+)"/g)].map(([, href]) => href);
};

describe('search without JavaScript', () => {
  it('answers /search/?q= with the results page, rendered as the app renders it', async () => {
    const { status, html } = await page(`/search/?q=${encodeURIComponent('残疾人证')}`);
    expect(status).toBe(200);
    expect(html).toContain('<html lang="zh-Hans"');
    expect(results(html)[0]).toBe('/guides/certificate-new/');
    expect(html).toMatch(/<h2 id="search-results-count">[^<]*\d/);
    // The box keeps what the person typed.
    expect(html).toContain('value="残疾人证"');
  });

  it('answers in each language at its own address, with links in that language, in either script', async () => {
    const hant = await page(`/zh-Hant/search/?q=${encodeURIComponent('残疾人证')}`);
    expect(hant.html).toContain('<html lang="zh-Hant"');
    expect(results(hant.html)[0]).toBe('/zh-Hant/guides/certificate-new/');
    expect(results((await page(`/zh-Hant/search/?q=${encodeURIComponent('殘疾人證')}`)).html)).toEqual(results(hant.html));

    const en = await page('/en/search/?q=WCAG');
    expect(en.html).toContain('<html lang="en"');
    expect(results(en.html)).toContain('/en/accessibility/');
  });

  it('says so when nothing is found, and leaves the page without a query to the prerendered one', async () => {
    const none = await page(`/search/?q=${encodeURIComponent('火箭发射')}`);
    expect(none.status).toBe(200);
    expect(results(none.html)).toEqual([]);
    expect(none.html).toContain('id="search-results-count"');
    expect((await page('/search/')).html).toBe('the prerendered page');
    expect((await page('/search/?q=%20%20')).html).toBe('the prerendered page');
  });

  it('writes what was typed as text, never as markup', async () => {
    const { status, html } = await page(`/search/?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(status).toBe(200);
    expect(html).not.toContain('<script>alert(1)</script>');
  });
});
