import { describe, expect, it } from 'vitest';
import { replyFileApiHref } from '../addresses/addresses.ts';
import {
  canonicalRedirect, isCacheablePage, isKeptWhenFetched, isNetworkFirstFile, isPublishedOverlay, isQrImage, offlinePageFor, pageCacheKey, precacheCandidates, precacheLanguage, withTrailingSlash,
} from './routes.ts';

const origin = 'https://example.org';
const at = (path: string) => new URL(path, origin);
const candidates = (path: string) => precacheCandidates(at(path)).map((url) => url.pathname + url.search);

describe('precacheCandidates', () => {
  it('maps a page with and without its slash to the prerendered index.html', () => {
    expect(candidates('/guides/bus-pass/')).toEqual(['/guides/bus-pass/index.html']);
    expect(candidates('/guides/bus-pass')).toEqual(['/guides/bus-pass/index.html']);
    expect(candidates('/')).toEqual(['/index.html']);
  });

  it('answers a request made on this phone with the my-requests page, which reads it from the phone', () => {
    expect(candidates('/requests/0b6f8a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b/')).toEqual(['/requests/index.html']);
    expect(candidates('/en/requests/0b6f8a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b/')).toEqual(['/en/requests/index.html']);
    expect(candidates('/zh-Hant/requests/0b6f8a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b/')).toEqual(['/zh-Hant/requests/index.html']);
  });

  it('ignores the query, so a search address opens the saved search page', () => {
    expect(candidates('/search/?q=%E4%B9%98%E8%BD%A6')).toEqual(['/search/index.html']);
  });

  it('leaves files as they are', () => {
    expect(candidates('/assets/main-abc.js')).toEqual(['/assets/main-abc.js']);
    expect(candidates('/search-index.json')).toEqual(['/search-index.json']);
  });
});

describe('isCacheablePage', () => {
  it('keeps the site’s pages', () => {
    expect(isCacheablePage(at('/disclosure/suggestion-87-reply/'), origin)).toBe(true);
  });

  it('never keeps the API, the staff pages or another site’s pages', () => {
    expect(isCacheablePage(at('/api/requests/'), origin)).toBe(false);
    expect(isCacheablePage(at('/staff/'), origin)).toBe(false);
    expect(isCacheablePage(new URL('https://other.example/guides/'), origin)).toBe(false);
  });
});

describe('withTrailingSlash', () => {
  it('gives the address a page is served at', () => {
    expect(withTrailingSlash(at('/disclosure/suggestion-87-reply?from=qr'), origin)).toBe('/disclosure/suggestion-87-reply/?from=qr');
  });

  it('leaves files, the API and addresses that already end in a slash alone', () => {
    expect(withTrailingSlash(at('/sitemap.xml'), origin)).toBeUndefined();
    expect(withTrailingSlash(at('/api/health'), origin)).toBeUndefined();
    expect(withTrailingSlash(at('/guides/'), origin)).toBeUndefined();
  });
});

describe('pageCacheKey', () => {
  it('drops the query', () => {
    expect(pageCacheKey(at('/guides/?utm=poster'))).toBe(`${origin}/guides/`);
  });
});

describe('isKeptWhenFetched', () => {
  it('keeps code the precache leaves out, on this site only', () => {
    expect(isKeptWhenFetched(at('/assets/zh-Hant-bus-pass-abc123.js'), origin)).toBe(true);
    expect(isKeptWhenFetched(at('/api/requests'), origin)).toBe(false);
    expect(isKeptWhenFetched(at('/en/guides/'), origin)).toBe(false);
    expect(isKeptWhenFetched(new URL('https://other.example/assets/x.js'), origin)).toBe(false);
  });
});

describe('isNetworkFirstFile', () => {
  it('asks the server first for what staff change without a build: every language’s published overlay and search index', () => {
    for (const path of ['/published.json', '/en/published.json', '/zh-Hant/published.json', '/search-index.json', '/en/search-index.json', '/zh-Hant/search-index.json']) {
      expect(isNetworkFirstFile(at(path), origin), path).toBe(true);
    }
    for (const path of ['/assets/main-abc.js', '/guides/', '/api/staff/content', '/fr/published.json', '/guides/published.json']) {
      expect(isNetworkFirstFile(at(path), origin), path).toBe(false);
    }
    expect(isNetworkFirstFile(new URL('https://other.example/published.json'), origin)).toBe(false);
  });

  it('knows the overlay from the search index, which the precache lists', () => {
    expect(isPublishedOverlay(at('/en/published.json'), origin)).toBe(true);
    expect(isPublishedOverlay(at('/en/search-index.json'), origin)).toBe(false);
  });
});

describe('canonicalRedirect', () => {
  it.each([
    ['/ZH-HANT/guides/bus-pass/', '/zh-Hant/guides/bus-pass/'],
    ['/EN/guides/?from=singlemessage&isappinstalled=0', '/en/guides/?from=singlemessage&isappinstalled=0'],
    ['/guides/bus-pass/index.html', '/guides/bus-pass/'],
    ['/zh-hant/guides/index.html?from=timeline', '/zh-Hant/guides/?from=timeline'],
  ])('redirects %s to %s', (form, canonical) => {
    expect(canonicalRedirect(at(form), origin)).toBe(canonical);
  });

  it('leaves canonical addresses, with any query or fragment, and other sites alone', () => {
    expect(canonicalRedirect(at('/guides/bus-pass/?from=singlemessage&isappinstalled=0#steps'), origin)).toBeUndefined();
    expect(canonicalRedirect(at('/zh-Hant/guides/'), origin)).toBeUndefined();
    expect(canonicalRedirect(new URL('https://elsewhere.example/EN/'), origin)).toBeUndefined();
  });
});

describe('offlinePageFor', () => {
  it('answers in the language of the address asked for', () => {
    expect(offlinePageFor(at('/disclosure/x/'))).toBe('/offline/index.html');
    expect(offlinePageFor(at('/zh-Hant/disclosure/x/'))).toBe('/zh-Hant/offline/index.html');
    expect(offlinePageFor(at('/en/disclosure/x/?from=singlemessage'))).toBe('/en/offline/index.html');
  });
});

const ORIGIN_FOR_FILES = 'https://example.org';

describe('a reply file', () => {
  // The applicant's file is downloaded with the request's token: personal data the phone must not keep in a cache
  // another person using the phone, or a later version of the app, could read back.
  const file = new URL(`${ORIGIN_FOR_FILES}${replyFileApiHref('MDJCL-2026-000001', 7, 'secret-token')}`);
  it('is never kept by any of the service worker’s routes', () => {
    expect(isCacheablePage(file, ORIGIN_FOR_FILES)).toBe(false);
    expect(isKeptWhenFetched(file, ORIGIN_FOR_FILES)).toBe(false);
    expect(withTrailingSlash(file, ORIGIN_FOR_FILES)).toBeUndefined();
    expect(canonicalRedirect(file, ORIGIN_FOR_FILES)).toBeUndefined();
  });
});

describe('precacheLanguage', () => {
  it('puts each language’s pages, search index, QR codes and chunks in that language’s precache', () => {
    expect(precacheLanguage('guides/bus-pass/index.html')).toBe('zh-Hans');
    expect(precacheLanguage('index.html')).toBe('zh-Hans');
    expect(precacheLanguage('search-index.json')).toBe('zh-Hans');
    expect(precacheLanguage('qr/guides/bus-pass.svg')).toBe('zh-Hans');
    expect(precacheLanguage('qr/index.svg')).toBe('zh-Hans');
    expect(precacheLanguage('en/guides/bus-pass/index.html')).toBe('en');
    expect(precacheLanguage('en/search-index.json')).toBe('en');
    expect(precacheLanguage('qr/en/guides/bus-pass.svg')).toBe('en');
    expect(precacheLanguage('assets/en-Cx1_9.js')).toBe('en');
    expect(precacheLanguage('zh-Hant/request/index.html')).toBe('zh-Hant');
    expect(precacheLanguage('qr/zh-Hant.svg')).toBe('zh-Hant');
    expect(precacheLanguage('qr/en.svg')).toBe('en');
    expect(precacheLanguage('assets/zh-Hant-Ab-9.js')).toBe('zh-Hant');
    expect(precacheLanguage('assets/zh-Hans-Ab-9.js')).toBe('zh-Hans');
  });

  it('keeps what every language needs in the shared precache, the offline page of every language included', () => {
    for (const entry of ['assets/main-abc.js', 'assets/D8tiDU_V.js', 'assets/enX9.js', 'assets/style-abc.css', 'manifest.webmanifest', 'icons/icon.svg', 'offline/index.html', 'en/offline/index.html', 'zh-Hant/offline/index.html']) {
      expect(precacheLanguage(entry), entry).toBeUndefined();
    }
  });
});

describe('isQrImage', () => {
  it('knows a page’s QR code image in any language, and nothing else', () => {
    for (const path of ['/qr/index.svg', '/qr/guides/bus-pass.svg', '/qr/en.svg', '/qr/en/guides/bus-pass.svg']) expect(isQrImage(at(path), origin), path).toBe(true);
    for (const path of ['/qr/', '/qr/x.png', '/guides/bus-pass/', '/icons/icon.svg']) expect(isQrImage(at(path), origin), path).toBe(false);
    expect(isQrImage(new URL('/qr/index.svg', 'https://other.example'), origin)).toBe(false);
  });
});
