import type { FunctionComponent } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublishedOverlay, PublishedPageItem } from '../content/published.ts';
import type { DisclosureSummary, GuideSummary } from '../content/schema.ts';

const entry = (slug: string, date: string): DisclosureSummary => ({ slug, title: slug, summary: '', category: 'policy', date, lang: 'zh-Hans', href: `/disclosure/${slug}/` });
const built = [entry('shipped', '2025-01-01'), entry('older', '2024-01-01')];
const guides: GuideSummary[] = [{ slug: 'bus-pass', title: '乘车证', summary: '', order: 1, lang: 'zh-Hans' }];

const overlay: PublishedOverlay = { disclosure: [entry('new-notice', '2026-03-02')], guides: [], withdrawn: { disclosure: ['older'], guides: [] } };
const pageItem: PublishedPageItem = { collection: 'disclosure', item: { ...entry('new-notice', '2026-03-02'), issuer: '市残联', html: '<p>正文</p>' } as never };

/** A page at `path` whose `<script type="application/json">` elements hold `embedded`, by id. */
function page(embedded: Record<string, unknown>, path = '/disclosure/') {
  const lang = path.startsWith('/en/') ? 'en' : path.startsWith('/zh-Hant/') ? 'zh-Hant' : 'zh-Hans';
  vi.stubGlobal('document', { documentElement: { lang }, getElementById: (id: string) => (id in embedded ? { textContent: JSON.stringify(embedded[id]) } : null) });
}

/** The module afresh, as a new page load has it; `navigated` when a page has been shown already. */
async function load(navigated: boolean) {
  vi.resetModules();
  if (navigated) (await import('../components/Page/navigation.ts')).pageArrived();
  return { ...(await import('./published-client.ts')), ...(await import('./published-gate.ts')) };
}

let fetches: string[];
function server(answer: () => Promise<Response>) {
  fetches = [];
  vi.stubGlobal('fetch', (url: string) => {
    fetches.push(url);
    return answer();
  });
}

beforeEach(() => server(async () => Response.json(overlay)));
afterEach(() => vi.unstubAllGlobals());

describe('the lists while the page is hydrated', () => {
  it('merge the overlay the server embedded in the page, and ask the server nothing', async () => {
    page({ 'published-overlay': overlay }, '/en/disclosure/');
    const { whenPublished } = await load(false);
    const merged = await whenPublished((client) => client.catalogue(built));
    expect(merged!.items.map((item) => item.slug)).toEqual(['new-notice', 'shipped']);
    expect(fetches).toEqual([]);
  });

  it('are the build’s, without even loading the merging code, on a page without an overlay (the build’s own page)', async () => {
    page({});
    const { whenPublished } = await load(false);
    const use = vi.fn(async () => 'merged');
    expect(whenPublished(use)).toBeUndefined();
    expect(use).not.toHaveBeenCalled();
    expect(fetches).toEqual([]);
  });
});

describe('the lists after a client-side navigation', () => {
  it('ask the server for the overlay of the page’s language, once', async () => {
    page({}, '/zh-Hant/');
    const { whenPublished } = await load(true);
    const catalogue = await whenPublished((client) => client.catalogue(built));
    expect(catalogue!.items.map((item) => item.slug)).toEqual(['new-notice', 'shipped']);
    const home = await whenPublished((client) => client.home({ guides, latest: built }));
    expect(home!.latest.map((item) => item.slug)).toEqual(['new-notice', 'shipped']);
    expect(fetches).toEqual(['/zh-Hant/published.json']);
  });

  it('stay the build’s offline or when the server cannot say, and ask again at the next navigation', async () => {
    page({}, '/en/guides/');
    server(() => Promise.reject(new TypeError('offline')));
    const { catalogue, guides: guideList } = await load(true);
    expect((await catalogue(built)).items).toBe(built);
    server(async () => new Response('error', { status: 500 }));
    expect((await guideList(guides)).items).toBe(guides);
    expect(fetches).toEqual(['/en/published.json']);
  });
});

describe('an item route', () => {
  it('shows the item the server embedded when hydrating that item’s page, even one the build lacks', async () => {
    page({ 'published-item': pageItem, 'published-overlay': overlay });
    const { publishedItem } = await load(false);
    expect((await publishedItem('disclosure', 'new-notice', 'zh-Hans'))(false)).toEqual({ item: pageItem });
    // Another collection's route at the same slug is not this page.
    expect((await publishedItem('guides', 'new-notice', 'zh-Hans'))(false)).toEqual({ pageLoad: true });
  });

  it('after a navigation, loads from the server an item the overlay names, withdrawn or new, or one the build lacks; the build’s others stay', async () => {
    page({ 'published-item': pageItem });
    const { publishedItem } = await load(true);
    expect((await publishedItem('disclosure', 'new-notice', 'en'))(false)).toEqual({ pageLoad: true });
    expect((await publishedItem('disclosure', 'older', 'en'))(true)).toEqual({ pageLoad: true });
    expect((await publishedItem('disclosure', 'unknown', 'en'))(false)).toEqual({ pageLoad: true });
    expect((await publishedItem('disclosure', 'shipped', 'en'))(true)).toEqual({});
  });

  it('renders the embedded item on the page’s own component, and rejects (a page load) what the server must answer', async () => {
    page({ 'published-item': pageItem, 'published-overlay': overlay });
    const { itemRoute } = await load(false);
    const Page = vi.fn(() => null);
    const Shown = (await itemRoute('disclosure', 'new-notice', false, Page))!;
    expect((Shown as FunctionComponent)({})).toMatchObject({ type: Page, props: { item: pageItem.item } });
    await expect(itemRoute('disclosure', 'older', true, Page)).rejects.toThrow();
    expect(await itemRoute('disclosure', 'shipped', true, Page)).toBeUndefined();
  });
});
