import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGES_CACHE } from '../service-worker/routes.ts';
import { fakeCaches } from '../service-worker/test-caches.ts';
import { publishedChanges, saveAllPages, saveAllSize } from './save-all.ts';

const answering = (body: unknown, status = 200) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('saveAllSize', () => {
  it('says what "save all" downloads for the phone’s language, from the build’s figures, in the person’s language', async () => {
    const sizes = { 'zh-Hans': 245_300, 'zh-Hant': 1_260_000, en: 400 };
    expect(await saveAllSize('zh-Hans', 'zh-Hans', answering(sizes))).toBe('245 kB');
    expect(await saveAllSize('zh-Hant', 'zh-Hant', answering(sizes))).toBe('1.3 MB');
    // Never "0 kB" for something that downloads.
    expect(await saveAllSize('en', 'en', answering(sizes))).toBe('1 kB');
  });

  it('says nothing rather than a wrong figure when the build’s figures cannot be read', async () => {
    expect(await saveAllSize('en', 'en', answering({}, 404))).toBeUndefined();
    expect(await saveAllSize('en', 'en', answering({ 'zh-Hans': 1 }))).toBeUndefined();
    expect(await saveAllSize('en', 'en', (async () => { throw new TypeError('offline'); }) as unknown as typeof fetch)).toBeUndefined();
  });
});

describe('saving every page with what staff published', () => {
  const site = 'http://site/';
  let caches: ReturnType<typeof fakeCaches>;
  beforeEach(() => {
    caches = fakeCaches(site);
    vi.stubGlobal('caches', caches.storage);
    vi.stubGlobal('location', new URL(site));
    vi.stubGlobal('fetch', vi.fn(async (input: string) => {
      const { pathname } = new URL(input, site);
      if (pathname === '/published.json') {
        return Response.json({
          disclosure: [{ href: '/disclosure/new-notice/', slug: 'new-notice' }],
          guides: [{ slug: 'bus-pass', title: '公交卡（新版）' }],
          withdrawn: { disclosure: ['old-notice'], guides: ['certificate-new'] },
        });
      }
      if (pathname.endsWith('/published.json')) return new Response('', { status: 503 });
      return new Response(`${pathname} now`);
    }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('saves published items and guides again over older copies, saves the rest once, and drops what was withdrawn', async () => {
    const pages = await caches.storage.open(PAGES_CACHE);
    for (const path of ['/guides/bus-pass/', '/guides/transport/', '/disclosure/old-notice/', '/guides/certificate-new/']) {
      await pages.put(`${site}${path.slice(1)}`, new Response(`${path} before`));
    }
    const changes = await publishedChanges();
    expect(changes).toEqual({
      refresh: ['/disclosure/new-notice/', '/guides/bus-pass/'],
      withdrawn: ['/guides/certificate-new/', '/disclosure/old-notice/'],
    });
    const result = await saveAllPages(['/guides/bus-pass/', '/guides/transport/', '/disclosure/old-notice/'], () => undefined, changes);
    expect(result).toEqual({ done: 3, total: 3, failed: 0 });
    expect(await caches.text(PAGES_CACHE, '/guides/bus-pass/')).toBe('/guides/bus-pass/ now');
    expect(await caches.text(PAGES_CACHE, '/guides/transport/')).toBe('/guides/transport/ before');
    expect(await caches.text(PAGES_CACHE, '/disclosure/new-notice/')).toBe('/disclosure/new-notice/ now');
    expect(await caches.text(PAGES_CACHE, '/disclosure/old-notice/')).toBeUndefined();
    expect(await caches.text(PAGES_CACHE, '/guides/certificate-new/')).toBeUndefined();
  });
});
