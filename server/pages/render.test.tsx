import { describe, expect, it } from 'vitest';
import { minimalHead, staticHead } from '../../build/document/static-head.ts';
import { Page } from '../../src/components/Page/Page.tsx';
import { loadMessages } from '../../src/i18n/index.ts';
import NotFound from '../../src/pages/NotFound.tsx';
import type { BuildAssets } from './assets.ts';
import { renderDocument, renderPage } from './render.tsx';

const inline = { script: 'document.documentElement.dataset.contrast="high"', style: 'html{color:#0b0c0c}' };
const assets: BuildAssets = {
  stylesheets: ['/assets/style-1.css'], entryScript: '/assets/main-1.js', siteUrl: 'https://example.test', inlineHead: Promise.resolve(inline),
};

describe('the server page renderer', () => {
  it('embeds data for the app after its frame, where no text in it can end the element', async () => {
    const messages = await loadMessages('zh-Hans');
    const data = { title: '</script><script>alert(1)</script><!--' };
    const html = await renderPage(assets, { url: '/disclosure/', messages, hydrate: true, embeds: { 'published-overlay': data } }, <Page title="测试页" description="一句话。"><p>正文</p></Page>);
    const embedded = /<\/div><script type="application\/json" id="published-overlay">([^<]*)<\/script>/.exec(html);
    expect(embedded).not.toBeNull();
    expect(JSON.parse(embedded![1]!)).toEqual(data);
  });

  it('writes the app’s page with the shared head, the build’s stylesheet, and the app’s script only when asked', async () => {
    const messages = await loadMessages('zh-Hans');
    const page = <Page title="测试页" description="一句话。"><p>正文</p></Page>;
    const still = await renderPage(assets, { url: '/contacts/', messages, hydrate: false }, page);
    // The boot script and critical CSS inline and as they are, unescaped: the CSP allows them by their exact hash.
    expect(still).toMatch(/^<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"\/><script>document.documentElement.dataset.contrast="high"<\/script><style>html{color:#0b0c0c}<\/style>/);
    for (const { attrs } of staticHead(inline)) if (Object.keys(attrs).length) expect(still).toContain(Object.values(attrs)[0]);
    expect(still).toContain('<title>测试页 - 残联信息公开</title>');
    expect(still).toContain('<meta name="description" content="一句话。"/>');
    expect(still).toContain('<link rel="canonical" href="https://example.test/contacts/"/>');
    expect(still).toContain('<link rel="alternate" hreflang="en" href="https://example.test/en/contacts/"/>');
    // The whole stylesheet after the content, where it holds up no paint, fetched at low priority.
    expect(still).toMatch(/<\/footer>[\s\S]*<link rel="stylesheet" crossorigin="anonymous" href="\/assets\/style-1.css" fetchpriority="low"\/><\/body><\/html>$/);
    expect(still.slice(0, still.indexOf('</head>'))).not.toContain('rel="stylesheet"');
    expect(still).not.toContain('type="module"');
    expect(still).toContain('<div id="app"><a class="skip-link" href="#main">');

    const hydrated = await renderPage(assets, { url: '/contacts/', messages, hydrate: true }, page);
    expect(hydrated).toContain('<script type="module" crossorigin="anonymous" src="/assets/main-1.js" fetchpriority="low"></script>');
    // The app suspends twice on its way to a missing item's page: the page is kept while it does.
    expect(hydrated).toMatch(/<main[^>]*><!--\$s--><!--\$s--><h1 class="page-title"[\s\S]*<!--\/\$s--><!--\/\$s--><\/main>/);
  });

  it('gives each of several pages rendered at once its own head', async () => {
    const [english, traditional] = await Promise.all([loadMessages('en'), loadMessages('zh-Hant')]);
    const pages = await Promise.all([
      renderPage(assets, { url: '/en/nothing/', messages: english, hydrate: true }, <NotFound />),
      renderPage(assets, { url: '/zh-Hant/nothing/', messages: traditional, hydrate: true }, <NotFound />),
      renderPage(assets, { url: '/guides/', messages: traditional, hydrate: false }, <Page title="頁一" description=""><p /></Page>),
    ]);
    expect(pages.map((html) => /<html lang="([^"]+)"><head>[\s\S]*<title>([^<]+)<\/title>/.exec(html)!.slice(1))).toEqual([
      ['en', 'Page not found - Open Information'],
      ['zh-Hant', '找不到這個頁面 - 殘聯信息公開'],
      ['zh-Hant', '頁一 - 殘聯信息公開'],
    ]);
  });

  it('escapes what it writes into the head', () => {
    const html = renderDocument({ lang: 'zh-Hans', title: '</title><script>alert(1)</script>', tags: minimalHead, stylesheets: [], body: '' });
    expect(html).toContain('<title>&lt;/title>&lt;script>alert(1)&lt;/script></title>');
    expect(html).not.toContain('<script>');
  });
});
