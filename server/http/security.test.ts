import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { secureHeaders } from './security.ts';

describe('secureHeaders', () => {
  const app = new Hono();
  app.use(secureHeaders('http://127.0.0.1:8080'));
  app.get('/', (c) => c.text('ok', 200, { 'X-Powered-By': 'something' }));
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
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
  });

  it('sends Strict-Transport-Security for an https:// site, on every answer, and never for http://', async () => {
    const secure = new Hono();
    secure.use(secureHeaders('https://disclosure.example.org'));
    secure.get('/', (c) => c.text('ok'));
    for (const path of ['/', '/missing']) expect((await secure.request(path)).headers.get('Strict-Transport-Security'), path).toBe('max-age=31536000');
    expect((await app.request('/')).headers.get('Strict-Transport-Security')).toBeNull();
  });
});
