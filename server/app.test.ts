import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { cacheControlFor } from './static.ts';

/** A small build, with a secret next to it that must never be served. */
function fixtureDist() {
  const root = mkdtempSync(join(tmpdir(), 'dist-'));
  const dist = join(root, 'dist');
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>首页</title><h1>首页</h1>',
    'guides/index.html': '<!doctype html><title>办事指南</title><h1>办事指南</h1>',
    'guides/bus-pass/index.html': `<!doctype html><title>乘车证</title><h1>残疾人乘车证</h1>${'<p>办理步骤</p>'.repeat(400)}`,
    '404/index.html': '<!doctype html><title>找不到</title><h1>找不到这个页面</h1>',
    'assets/main-abc123.js': 'console.log(1)',
    'qr/index.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'manifest.webmanifest': '{"name":"x"}',
  };
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), body);
  }
  writeFileSync(join(root, 'secret.txt'), 'database password');
  return dist;
}

let app: ReturnType<typeof createApp>;
beforeAll(() => {
  app = createApp({ distDir: fixtureDist() });
});

describe('pages', () => {
  it('serves a prerendered page at its address with a trailing slash', async () => {
    const response = await app.request('/guides/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<h1>办事指南</h1>');
  });

  it('redirects an address without its trailing slash, keeping the query', async () => {
    const response = await app.request('/guides/bus-pass?from=qr');
    expect(response.status).toBe(301);
    expect(response.headers.get('Location')).toBe('/guides/bus-pass/?from=qr');
  });

  it('answers an unknown page with the 404 page and status', async () => {
    const response = await app.request('/guides/no-such-guide/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('找不到这个页面');
  });

  it('never redirects off the site', async () => {
    const response = await app.request('//evil.example');
    expect(response.status).toBe(404);
    expect(response.headers.get('Location')).toBeNull();
  });

  it('never serves a file from outside the build', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/secret.txt%00.html']) {
      const response = await app.request(path);
      expect(await response.text(), path).not.toContain('database password');
      expect(response.status, path).toBeGreaterThanOrEqual(400);
    }
  });

  it('answers HEAD without a body', async () => {
    const response = await app.request('/guides/', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers 304 when the browser already has the file', async () => {
    const first = await app.request('/guides/');
    const again = await app.request('/guides/', { headers: { 'If-None-Match': first.headers.get('ETag')! } });
    expect(again.status).toBe(304);
  });
});

describe('compression', () => {
  it('gzips a large page for a client that accepts gzip', async () => {
    const plain = await app.request('/guides/bus-pass/');
    const zipped = await app.request('/guides/bus-pass/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    const body = Buffer.from(await zipped.arrayBuffer());
    expect(body.length).toBeLessThan(Number(plain.headers.get('Content-Length')) / 5);
    expect(gunzipSync(body).toString()).toContain('<h1>残疾人乘车证</h1>');
    expect(zipped.headers.get('Vary')).toBe('Accept-Encoding');
  });

  it('prefers brotli, and sends plain bytes to a client that accepts neither', async () => {
    const br = await app.request('/guides/bus-pass/', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    const refused = await app.request('/guides/bus-pass/', { headers: { 'Accept-Encoding': 'gzip;q=0' } });
    expect(refused.headers.get('Content-Encoding')).toBeNull();
    expect(await refused.text()).toContain('<h1>残疾人乘车证</h1>');
  });
});

describe('caching', () => {
  it('keeps hashed assets for a year, revalidates HTML and the manifest, keeps icons a day', async () => {
    expect((await app.request('/assets/main-abc123.js')).headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect((await app.request('/')).headers.get('Cache-Control')).toBe('no-cache');
    expect((await app.request('/manifest.webmanifest')).headers.get('Cache-Control')).toBe('no-cache');
    expect((await app.request('/qr/index.svg')).headers.get('Cache-Control')).toBe('public, max-age=86400');
    // The service worker must be checked on every visit, or a broken one could stay for a day.
    expect(cacheControlFor('/sw.js')).toBe('no-cache');
  });

  it('gives each file type its content type', async () => {
    expect((await app.request('/assets/main-abc123.js')).headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect((await app.request('/qr/index.svg')).headers.get('Content-Type')).toBe('image/svg+xml');
    expect((await app.request('/manifest.webmanifest')).headers.get('Content-Type')).toBe('application/manifest+json; charset=utf-8');
  });
});

describe('security headers', () => {
  it('sends a Content-Security-Policy without inline script, and the other headers, on every answer', async () => {
    for (const path of ['/', '/nope/', '/api/health', '/assets/main-abc123.js']) {
      const headers = (await app.request(path)).headers;
      const csp = headers.get('Content-Security-Policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
      expect(headers.get('Permissions-Policy')).toContain('camera=()');
      expect(headers.get('X-Powered-By')).toBeNull();
    }
  });
});

describe('API', () => {
  it('reports health as JSON that is never cached', async () => {
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('answers an unknown API address with problem+json, not the HTML 404 page', async () => {
    const response = await app.request('/api/nope', { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
    expect(await response.json()).toMatchObject({ status: 404, title: 'Not Found' });
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });
});
