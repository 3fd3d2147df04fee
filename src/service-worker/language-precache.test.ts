import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { languagePrecache } from './routes.ts';
import { contentRevision } from './pack-format.ts';
import { fakeCaches } from './test-caches.ts';

const site = 'http://site/';
const bytes = (text: string) => new TextEncoder().encode(text);
const buildIndex = '[{"title":"公交卡"}]';
const mergedIndex = '[{"title":"公交卡"},{"title":"新发布的指南"}]';
const home = '<h1>首页</h1>';
const pack = 'assets/pack-zh-Hans.0123456789.json';

let caches: ReturnType<typeof fakeCaches>;
/** What the browser's HTTP cache holds, by path, for `only-if-cached` requests. */
let browserCache: Map<string, string>;
/** The packs the worker asked for, with the files the server was told to leave out. */
let packsAsked: string[][];

beforeEach(() => {
  caches = fakeCaches(site);
  browserCache = new Map();
  packsAsked = [];
  vi.stubGlobal('caches', caches.storage);
  vi.stubGlobal('location', new URL(site));
  vi.stubGlobal('self', { location: new URL(site) });
  vi.stubGlobal('navigator', {});
  vi.stubGlobal('fetch', vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, site);
    if (init?.cache === 'only-if-cached') {
      const body = browserCache.get(url.pathname);
      return body === undefined ? new Response('', { status: 504 }) : new Response(body);
    }
    if (url.pathname === `/${pack}`) {
      packsAsked.push(url.searchParams.getAll('skip'));
      const files = [['/search-index.json', 'application/json', buildIndex], ['/index.html', 'text/html', home]]
        .filter(([path]) => !url.searchParams.getAll('skip').includes(path!));
      return new Response(JSON.stringify(files));
    }
    return new Response('', { status: 404 });
  }));
});
afterEach(() => vi.unstubAllGlobals());

async function precaches() {
  const { languagePrecaches } = await import('./language-precache.ts');
  const manifest = [
    { url: 'search-index.json', revision: await contentRevision(bytes(buildIndex)) },
    { url: 'index.html', revision: await contentRevision(bytes(home)) },
    { url: pack, revision: null },
  ];
  return languagePrecaches(manifest, async () => [{ url: site }]);
}

/** The copy of the simplified-Chinese search index the phone holds, whatever key Workbox gave it. */
async function heldIndex() {
  const languages = await precaches();
  return (await languages.match(new URL('/search-index.json', site)))?.text();
}

describe('languagePrecaches', () => {
  it('on a first visit, keeps the search index the page has just had from the server, newer than the build’s, and does not download it again in the pack', async () => {
    browserCache.set('/search-index.json', mergedIndex);
    await (await precaches()).install();
    expect(await heldIndex()).toBe(mergedIndex);
    expect(packsAsked).toEqual([['/search-index.json']]);
  });

  it('on an update, does not take a copy from the browser’s cache that is not the build’s, as it may be older', async () => {
    await caches.storage.open(languagePrecache('zh-Hans'));
    browserCache.set('/search-index.json', mergedIndex);
    await (await precaches()).install();
    expect(await heldIndex()).toBe(buildIndex);
  });

  it('keeps a newer search index in place of the precached one, and no install downloads it again', async () => {
    const languages = await precaches();
    await languages.install();
    await languages.page(new URL('/search-index.json', site)).keep(new Response(mergedIndex));
    await languages.install();
    expect(await heldIndex()).toBe(mergedIndex);
    expect(packsAsked).toHaveLength(1);
  });

  it('keeps the published overlay beside the language’s files, through the clean-up of what the build no longer lists', async () => {
    const languages = await precaches();
    await languages.install();
    const overlay = new URL('/published.json', site);
    expect(await languages.beside(overlay).keep(new Response('{"guides":[]}'))).toBe(true);
    const old = await caches.storage.open(languagePrecache('zh-Hans'));
    await old.put(`${site}guides/old/index.html?__WB_REVISION__=0000000000`, new Response('old'));
    await languages.activate({} as never);
    expect(await (await languages.beside(overlay).read())?.text()).toBe('{"guides":[]}');
    expect(await caches.text(languagePrecache('zh-Hans'), `${site}guides/old/index.html?__WB_REVISION__=0000000000`)).toBeUndefined();
  });

  it('does not keep an overlay in a language the phone does not hold, which would count that language as held', async () => {
    const languages = await precaches();
    expect(await languages.beside(new URL('/en/published.json', site)).keep(new Response('{}'))).toBe(false);
    expect(await caches.storage.has(languagePrecache('en'))).toBe(false);
  });
});
