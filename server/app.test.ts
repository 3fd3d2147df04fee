import { createHash } from 'node:crypto';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import type { Database } from './db/database.ts';
import { testDatabases } from './db/test-databases.ts';
import { busPassPage, fixtureDist, removeFixtures, SECRET } from './test/fixture-dist.ts';

let app: ReturnType<typeof createApp>;
let dist: string;
let db: Database;
beforeAll(async () => {
  dist = fixtureDist().dist;
  db = await testDatabases()[0]!.open();
  app = createApp({ distDir: dist, db });
}, 30_000);
afterAll(async () => {
  removeFixtures();
  await db.close();
});

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

describe('pages', () => {
  it('serves the home page at /', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<h1>牡丹江市残疾人联合会</h1>');
  });

  it('serves a prerendered page at its address with a trailing slash, with or without a query', async () => {
    for (const path of ['/guides/', '/guides/?from=qr']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Content-Type'), path).toBe('text/html; charset=utf-8');
      expect(await response.text(), path).toContain('<h1>办事指南</h1>');
    }
    expect(await (await get('/guides/bus-pass/')).text()).toBe(busPassPage);
  });

  it('redirects an address without its trailing slash permanently, keeping the query', async () => {
    const list = await get('/guides');
    expect(list.status).toBe(301);
    expect(list.headers.get('Location')).toBe('/guides/');

    const guide = await get('/guides/bus-pass?from=qr&lang=en');
    expect(guide.status).toBe(301);
    expect(guide.headers.get('Location')).toBe('/guides/bus-pass/?from=qr&lang=en');
  });

  it('redirects an address with non-ASCII characters to its percent-encoded form, which then serves', async () => {
    const response = await get('/disclosure/残联');
    expect(response.status).toBe(301);
    const location = response.headers.get('Location')!;
    expect(location).toBe('/disclosure/%E6%AE%8B%E8%81%94/');
    expect(await (await get(location)).text()).toContain('残联简介');
  });

  it('answers an unknown page with the 404 page, status 404, not cached', async () => {
    for (const path of ['/guides/no-such-guide/', '/no-such-page', '/assets/missing-123.js', '/assets', '/assets/empty']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('Content-Type'), path).toBe('text/html; charset=utf-8');
      expect(response.headers.get('Cache-Control'), path).toBe('no-cache');
      expect(await response.text(), path).toContain('找不到这个页面');
    }
  });

  it('answers an unknown address under a language in that language', async () => {
    const english = await get('/en/guides/no-such-guide/');
    expect(english.status).toBe(404);
    expect(await english.text()).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    const traditional = await get('/zh-Hant/no-such-page/');
    expect(traditional.status).toBe(404);
    expect(await traditional.text()).toContain('找不到這個頁面');
  });

  it('answers a request made on the phone with the my-requests page of its language', async () => {
    const id = '0b6f8a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(await (await get(`/requests/${id}/`)).text()).toContain('<h1>我的申请</h1>');
    const traditional = await get(`/zh-Hant/requests/${id}/`);
    expect(traditional.status).toBe(200);
    expect(await traditional.text()).toContain('<h1>我的申請</h1>');
  });

  it('renders the not-found page at the address asked for, for the app to take over, whatever the build’s 404 page', async () => {
    const bare = createApp({ distDir: fixtureDist({ withNotFoundPage: false }).dist, db });
    const response = await bare.request('/en/guides/no-such-guide/');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<title>Page not found - Open Information</title>');
    // Its language switch leads to the same address in the other languages, as the app's would.
    expect(html).toContain('href="/zh-Hant/guides/no-such-guide/"');
    expect(html).toContain('<script type="module" crossorigin="anonymous" src="/assets/app-abc123.js" fetchpriority="low">');
    // The display settings' boot script inline, before the first paint (issue 16, point 4).
    expect(html).toMatch(/<head><meta charset="utf-8"\/><script>[^<]+<\/script><style>[^<]+<\/style>/);
    // An address that names no page of the site is not repeated in the page's links.
    const offSite = await bare.request(new Request('http://localhost//evil.example/'));
    expect(offSite.status).toBe(404);
    expect(await offSite.text()).not.toContain('evil.example');
  });

  it('never redirects off the site', async () => {
    // `//guides` names a real folder: a naive redirect would send the browser to the host "guides".
    const attempts = ['//evil.example', '//guides', '//guides/bus-pass', '/%2Fguides', '/%2F%2Fguides', '/%5Cguides', '/\\guides', '/%09/guides'];
    for (const path of attempts) {
      const response = await app.request(new Request(`http://localhost${path}`));
      const location = response.headers.get('Location');
      if (location !== null) {
        expect(new URL(location, 'http://localhost/').origin, path).toBe('http://localhost');
        expect(location, path).not.toMatch(/^(\/\/|\/\\|\\)/);
      }
      expect(response.status, path).toBe(404);
    }
  });

  it('never serves a file from outside the build', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
      '/..%5csecret.txt',
      '/secret.txt%00.html',
      '/guides/%00',
      '/%25%32%65%25%32%65/secret.txt',
      '/leak.txt',
    ];
    for (const path of attempts) {
      const response = await app.request(new Request(`http://localhost${path}`));
      expect(await response.text(), path).not.toContain(SECRET);
      expect([400, 404], path).toContain(response.status);
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const full = await get('/guides/bus-pass/');
    const head = await app.request('/guides/bus-pass/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(head.headers.get('Content-Length')).toBe(full.headers.get('Content-Length'));
    expect(head.headers.get('ETag')).toBe(full.headers.get('ETag'));
    expect(await head.text()).toBe('');

    const missing = await app.request('/nope/', { method: 'HEAD' });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('');
  });

  it('answers 304 when the browser already has the file, and 200 when it has another version', async () => {
    const first = await get('/guides/');
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/guides/', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await get('/guides/', { 'If-None-Match': 'W/"an-older-release"' });
    expect(stale.status).toBe(200);
  });

  it('serves the new file after a rebuild, without a restart', async () => {
    const { dist: own } = fixtureDist();
    const served = createApp({ distDir: own, db });
    const before = await served.request('/');
    expect(await before.text()).toContain('牡丹江市残疾人联合会');

    writeFileSync(join(own, 'index.html'), '<!doctype html><title>新版</title><h1>新版首页</h1>');
    // Some file systems keep whole seconds: make sure the time moved.
    utimesSync(join(own, 'index.html'), new Date(), new Date(Date.now() + 5000));
    const after = await served.request('/');
    expect(await after.text()).toContain('新版首页');
    expect(after.headers.get('ETag')).not.toBe(before.headers.get('ETag'));
  });

  it('does not crash on a request with a body to a page', async () => {
    const response = await app.request('/guides/', { method: 'POST', body: 'x'.repeat(100_000) });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('找不到这个页面');
  });
});

describe('compression', () => {
  it('gzips a 20 KB page for a client that accepts gzip, to a fraction of its size', async () => {
    const plain = await get('/guides/bus-pass/');
    const plainBytes = Buffer.from(await plain.arrayBuffer());
    expect(plainBytes.length).toBeGreaterThan(20_000);

    const zipped = await get('/guides/bus-pass/', { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    // A page also varies on Save-Data (server/http/save-data.ts).
    expect(zipped.headers.get('Vary')).toBe('Accept-Encoding, Save-Data');
    const body = Buffer.from(await zipped.arrayBuffer());
    expect(Number(zipped.headers.get('Content-Length'))).toBe(body.length);
    expect(body.length).toBeLessThan(plainBytes.length / 5);
    expect(gunzipSync(body).equals(plainBytes)).toBe(true);
  });

  it('sends plain bytes to a client that does not ask for compression, still saying Vary', async () => {
    const response = await get('/guides/bus-pass/');
    expect(response.headers.get('Content-Encoding')).toBeNull();
    expect(response.headers.get('Vary')).toBe('Accept-Encoding, Save-Data');
    expect(await response.text()).toBe(busPassPage);
  });

  it('prefers brotli, and respects an encoding refused with q=0', async () => {
    const br = await get('/guides/bus-pass/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(busPassPage);

    const refused = await get('/guides/bus-pass/', { 'Accept-Encoding': 'gzip;q=0' });
    expect(refused.headers.get('Content-Encoding')).toBeNull();
    expect(await refused.text()).toBe(busPassPage);
  });

  it('leaves tiny files alone', async () => {
    const response = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'gzip, br' });
    expect(response.headers.get('Content-Encoding')).toBeNull();
    expect(await response.text()).toBe('console.log("app")');
  });
});

describe('caching and content types', () => {
  const expected: [path: string, type: string, cache: string][] = [
    ['/', 'text/html; charset=utf-8', 'no-cache'],
    ['/guides/', 'text/html; charset=utf-8', 'no-cache'],
    ['/assets/app-abc123.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/sw.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
    ['/sitemap.xml', 'application/xml; charset=utf-8', 'no-cache'],
    ['/qr/index.svg', 'image/svg+xml', 'public, max-age=86400'],
    ['/icons/icon-192.png', 'image/png', 'public, max-age=86400'],
    ['/robots.txt', 'text/plain; charset=utf-8', 'public, max-age=86400'],
  ];
  it.each(expected)('%s is %s, Cache-Control: %s', async (path, type, cache) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('Cache-Control')).toBe(cache);
  });
});

describe('security headers', () => {
  // The one inline script and style every citizen page carries, by hash (issue 16, point 4).
  const csp = new RegExp(
    "^default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='; style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='; " +
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
    "manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'$",
  );

  it.each(['/', '/guides/', '/nope/', '/%2e%2e/secret.txt', '/sw.js'])(
    'are all on the document %s',
    async (path) => {
      const headers = (await get(path)).headers;
      expect(headers.get('Content-Security-Policy')).toMatch(csp);
      expect(headers.get('Content-Security-Policy')).not.toContain('unsafe-inline');
      expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
      expect(headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
      expect(headers.get('X-Frame-Options')).toBe('DENY');
      expect(headers.get('X-Powered-By')).toBeNull();
      const permissions = headers.get('Permissions-Policy')!;
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
        expect(permissions).toContain(`${feature}=()`);
      }
      expect(permissions).not.toContain('interest-cohort');
    },
  );

  /** The hash sources a page's inline scripts and styles need, as `script-src` and `style-src` would list them. */
  function inlineHashes(html: string) {
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const texts = (tag: string) => [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => hash(match[1]!));
    return { script: texts('script'), style: texts('style') };
  }
  /** A policy's sources for one directive, but 'self'. */
  const sources = (policy: string, directive: string) =>
    policy.split('; ').find((part) => part.startsWith(`${directive} `))!.split(' ').slice(1).filter((source) => source !== "'self'");

  // Issue 16, point 4: the first paint waits for no request, and still no 'unsafe-inline'.
  it.each(['/nope/', '/en/guides/no-such-guide/', '/zh-Hant/nope/'])(
    'allow exactly the inline boot script and critical CSS %s carries, by their hashes',
    async (path) => {
      const response = await get(path);
      const html = await response.text();
      const policy = response.headers.get('Content-Security-Policy')!;
      const inline = inlineHashes(html);
      expect(inline.script).toHaveLength(1);
      expect(inline.style).toHaveLength(1);
      expect(sources(policy, 'script-src')).toEqual(inline.script);
      expect(sources(policy, 'style-src')).toEqual(inline.style);
      expect(policy).not.toContain('unsafe-inline');
    },
  );

  it('take the inline head the build wrote, so they match the prerendered pages', async () => {
    const built = fixtureDist().dist;
    mkdirSync(join(built, '.vite'), { recursive: true });
    const inline = { script: 'document.documentElement.dataset.contrast="high"', style: 'html{background:#000}' };
    writeFileSync(join(built, '.vite', 'inline-head.json'), JSON.stringify(inline));
    const response = await createApp({ distDir: built, db }).request('/nope/');
    const html = await response.text();
    expect(html).toContain(`<script>${inline.script}</script><style>${inline.style}</style>`);
    const policy = response.headers.get('Content-Security-Policy')!;
    expect(sources(policy, 'script-src')).toEqual(inlineHashes(html).script);
    expect(sources(policy, 'style-src')).toEqual([`'sha256-${createHash('sha256').update(inline.style).digest('base64')}'`]);
  });

  // Issue 16: a first visit downloads many files, and the document headers did nothing on each but cost ~550 bytes.
  it.each([
    ['a script', '/assets/app-abc123.js'],
    ['a style sheet', '/assets/style-abc123.css'],
    ['an image', '/icons/icon-192.png'],
    ['JSON', '/api/health'],
    ['an API problem', '/api/nope'],
    ['a redirect', '/guides'],
  ])('on %s (%s), only nosniff and Cross-Origin-Resource-Policy, beside type and caching', async (_kind, path) => {
    const headers = (await get(path)).headers;
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
    for (const name of ['Content-Security-Policy', 'Permissions-Policy', 'Referrer-Policy', 'Cross-Origin-Opener-Policy', 'X-Frame-Options']) {
      expect(headers.get(name), name).toBeNull();
    }
    expect(headers.get('X-Powered-By')).toBeNull();
  });
});

describe('API', () => {
  it('reports health as JSON that is never cached', async () => {
    const response = await get('/api/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('Cache-Control')).toBe('no-store');

    const head = await app.request('/api/health', { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it.each(['/api/nope', '/api/', '/api', '/api/health/extra'])('answers %s with a 404 problem, not the HTML page', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Not Found', status: 404 });
  });

  it('answers an unknown address posted with a body with a 404 problem', async () => {
    const response = await app.request('/api/nope', { method: 'POST', body: '{"a":1}', headers: { 'Content-Type': 'application/json' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('answers a method the address does not take with 405 and Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await app.request('/api/health', { method, body: method === 'DELETE' ? null : 'x'.repeat(100_000) });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('Allow'), method).toBe('GET, HEAD');
      expect(response.headers.get('Cache-Control'), method).toBe('no-store');
      expect(await response.json(), method).toMatchObject({ status: 405, title: 'Method Not Allowed' });
    }
  });
});

describe('Strict-Transport-Security (BASE_URL)', () => {
  it('is sent on every answer of an https:// site, pages, API and not-found alike, and never on an http:// one', async () => {
    const secure = createApp({ distDir: dist, db, baseUrl: 'https://disclosure.example.org' });
    for (const path of ['/', '/api/health', '/no-such-page/', '/api/requests/MDJCL-2026-000001?token=x']) {
      expect((await secure.request(path)).headers.get('Strict-Transport-Security'), path).toBe('max-age=31536000');
    }
    const plain = createApp({ distDir: dist, db, baseUrl: 'http://127.0.0.1:8080' });
    for (const on of [plain, app]) expect((await on.request('/')).headers.get('Strict-Transport-Security')).toBeNull();
  });
});
