import type { FunctionComponent } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogueEntry, PublishedOverlay, PublishedPageItem } from './published.ts';
import type { DisclosureSummary } from './schema.ts';

const entry = (slug: string, date: string): DisclosureSummary => ({ slug, title: slug, summary: '', category: 'policy', date, lang: 'zh-Hans', href: `/disclosure/${slug}/` });
const built = [entry('shipped', '2025-01-01'), entry('older', '2024-01-01')];
const guides = [{ slug: 'bus-pass', title: '乘车证', summary: '', order: 1, lang: 'zh-Hans' as const }];
const overlay: PublishedOverlay = { disclosure: [entry('new-notice', '2026-03-02')], guides: [], withdrawn: { disclosure: ['older'], guides: [] } };
const merged: { items: CatalogueEntry[] } = { items: [entry('new-notice', '2026-03-02'), entry('shipped', '2025-01-01')] };
const pageItem: PublishedPageItem = { collection: 'disclosure', item: { ...entry('new-notice', '2026-03-02'), issuer: '市残联', html: '<p>正文</p>' } as never };

/** A page in `lang` whose `<script type="application/json">` elements hold `embedded`, by id. */
function page(embedded: Record<string, unknown>, lang = 'zh-Hans') {
  vi.stubGlobal('document', { documentElement: { lang }, getElementById: (id: string) => (id in embedded ? { textContent: JSON.stringify(embedded[id]) } : null) });
}

/** The modules afresh, as a new page load has them; `navigated` when a page has been shown already. */
async function load(navigated: boolean) {
  vi.resetModules();
  if (navigated) (await import('../components/Page/navigation.ts')).pageArrived();
  return {
    client: await import('./published-client.ts'),
    catalogue: (await import('../pages/Catalogue.tsx')).published,
    home: (await import('../pages/Home.tsx')).published,
    item: (await import('../pages/DisclosureItem.tsx')).published,
  };
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

describe('the pages while the app hydrates them', () => {
  it('take the lists the server rendered from the page, and neither merge nor ask anything', async () => {
    page({ 'published-lists': merged, 'published-overlay': overlay });
    const { catalogue } = await load(false);
    expect(await catalogue({ items: built })).toEqual(merged);
    expect(fetches).toEqual([]);
  });

  it('are the build’s on a page the build made: the hook has nothing to say', async () => {
    page({});
    const { catalogue, item } = await load(false);
    expect(catalogue({ items: built })).toBeUndefined();
    expect(item('shipped', true)).toBeUndefined();
    expect(fetches).toEqual([]);
  });

  it('show the item the server embedded on its own page, even one the build lacks, and only there', async () => {
    page({ 'published-item': pageItem, 'published-overlay': overlay });
    const { item } = await load(false);
    const Shown = (await item('new-notice', false)) as FunctionComponent;
    expect(Shown({})).toMatchObject({ props: { item: pageItem.item } });
    expect(await item('another', false)).toBeUndefined();
  });
});

describe('the pages after a client-side navigation', () => {
  it('merge the overlay the server answers for the page’s language, asked once', async () => {
    page({}, 'zh-Hant');
    const { catalogue, home } = await load(true);
    expect((await catalogue({ items: built }))!.items.map((one) => one.slug)).toEqual(['new-notice', 'shipped']);
    expect((await home({ guides, latest: built }))!.latest.map((one) => one.slug)).toEqual(['new-notice', 'shipped']);
    expect(fetches).toEqual(['/zh-Hant/published.json']);
  });

  it('merge the overlay of the page the app started on, without asking', async () => {
    page({ 'published-overlay': overlay }, 'en');
    const { catalogue } = await load(true);
    expect((await catalogue({ items: built }))!.items.map((one) => one.slug)).toEqual(['new-notice', 'shipped']);
    expect(fetches).toEqual([]);
  });

  it('stay the build’s offline or when the server cannot say, and ask again at the next navigation', async () => {
    page({}, 'en');
    server(() => Promise.reject(new TypeError('offline')));
    const { client } = await load(true);
    expect((await client.catalogue(built)).items).toBe(built);
    server(async () => new Response('error', { status: 500 }));
    expect((await client.guides(guides)).items).toBe(guides);
    expect(fetches).toEqual(['/en/published.json']);
  });

  it('load from the server an item the overlay names, withdrawn or new, or one the build lacks; the build’s others stay', async () => {
    page({ 'published-item': pageItem });
    const { item } = await load(true);
    await expect(item('new-notice', false)!).rejects.toThrow();
    await expect(item('older', true)!).rejects.toThrow();
    await expect(item('unknown', false)!).rejects.toThrow();
    expect(await item('shipped', true)).toBeUndefined();
  });
});
