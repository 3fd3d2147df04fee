import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { saveDataTiming } from './save-data.ts';

describe('saveDataTiming', () => {
  const app = new Hono();
  app.use(saveDataTiming);
  app.get('/guides/', (c) => c.html('<h1>办事指南</h1>', 200, { Vary: 'Accept-Encoding' }));
  app.get('/assets/app.js', (c) => c.body('', 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));

  it('tells the page its request asked to save data, in a Server-Timing entry its code can read', async () => {
    const page = await app.request('/guides/', { headers: { 'Save-Data': 'on' } });
    expect(page.headers.get('Server-Timing')).toBe('save-data');
    expect(page.headers.get('Vary')).toBe('Accept-Encoding, Save-Data');
  });

  it('says nothing when the request did not ask, or for a file that is not a page', async () => {
    const page = await app.request('/guides/');
    expect(page.headers.get('Server-Timing')).toBeNull();
    // Still varies: a cache must not give this answer to someone who asks to save data.
    expect(page.headers.get('Vary')).toBe('Accept-Encoding, Save-Data');
    const script = await app.request('/assets/app.js', { headers: { 'Save-Data': 'on' } });
    expect(script.headers.get('Server-Timing')).toBeNull();
    expect(script.headers.get('Vary')).toBeNull();
  });
});
