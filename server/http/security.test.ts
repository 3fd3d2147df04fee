import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { secureHeaders } from './security.ts';

describe('secureHeaders', () => {
  const app = new Hono();
  app.use(secureHeaders('http://127.0.0.1:8080'));
  app.get('/', (c) => c.html('<h1>ok</h1>', 200, { 'X-Powered-By': 'something' }));
  app.get('/qr/index.svg', (c) => c.body('<svg/>', 200, { 'Content-Type': 'image/svg+xml' }));
  app.get('/sw.js', (c) => c.body('', 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/guides/', (c) => c.body(null, 304));
  app.get('/assets/app.js', (c) => c.body('', 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'X-Powered-By': 'x' }));
  app.get('/assets/style.css', (c) => c.body('', 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/icons/icon.png', (c) => c.body('', 200, { 'Content-Type': 'image/png' }));
  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  app.get('/assets/gone.js', (c) => c.body(null, 304));
  app.get('/guides', (c) => c.redirect('/guides/', 301));
  app.get('/broken', () => {
    throw new Error('broken');
  });
  app.onError((_error, c) => c.text('Internal Server Error', 500));

  it('sets exactly the site’s security headers, with their values, and removes X-Powered-By', async () => {
    const response = await app.request('/');
    const headers = Object.fromEntries([...response.headers].filter(([name]) => !['content-type'].includes(name)));
    expect(headers).toEqual({
      'content-security-policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'x-frame-options': 'DENY',
    });
  });

  it('sets them on an error answer too', async () => {
    const response = await app.request('/broken');
    expect(response.status).toBe(500);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  // An SVG opened as a page would run its script: its own policy forbids script and every load, in a few bytes.
  it('gives an SVG image its own policy, no script and nothing loaded, and no page-only header', async () => {
    const response = await app.request('/qr/index.svg');
    expect(response.headers.get('Content-Security-Policy')).toBe("default-src 'none'");
    const security = [...response.headers.keys()].filter((name) => name !== 'content-type');
    expect(security.sort()).toEqual(['content-security-policy', 'cross-origin-resource-policy', 'x-content-type-options']);
  });

  // The worker's own answer sets the worker's policy; a 304 refreshes a page's.
  it.each(['/sw.js', '/guides/'])('gives the document %s every document header', async (path) => {
    const response = await app.request(path);
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    expect(response.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  });

  it.each(['/assets/app.js', '/assets/style.css', '/icons/icon.png', '/api/health', '/assets/gone.js', '/guides', '/broken'])(
    'gives the file %s only nosniff and Cross-Origin-Resource-Policy besides its own headers',
    async (path) => {
      const response = await app.request(path);
      const security = [...response.headers.keys()].filter((name) => !['content-type', 'location'].includes(name));
      expect(security.sort()).toEqual(['cross-origin-resource-policy', 'x-content-type-options']);
      expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    },
  );

  it('sends Strict-Transport-Security for an https:// site, on every answer, and never for http://', async () => {
    const secure = new Hono();
    secure.use(secureHeaders('https://disclosure.example.org'));
    secure.get('/', (c) => c.html('ok'));
    secure.get('/app.js', (c) => c.body('', 200, { 'Content-Type': 'text/javascript' }));
    secure.notFound((c) => c.html('not found', 404));
    for (const path of ['/', '/missing']) expect((await secure.request(path)).headers.get('Strict-Transport-Security'), path).toBe('max-age=31536000');
    // It guards the connection, whatever is sent over it: a file keeps it too.
    expect((await secure.request('/app.js')).headers.get('Strict-Transport-Security')).toBe('max-age=31536000');
    expect((await app.request('/')).headers.get('Strict-Transport-Security')).toBeNull();
  });
});
