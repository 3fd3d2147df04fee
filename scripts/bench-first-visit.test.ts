import { describe, expect, it } from 'vitest';
import { downloadedTwice, type FirstVisit, isOverBudget, type Sent, trafficMeter } from './bench-first-visit.ts';

const visit = (bytes: number, requests: number): FirstVisit => ({
  locale: 'en', path: '/en/guides/bus-pass/', page: { bytes: 30_000, requests: 10 }, precache: { bytes, requests }, twice: [],
});

describe('first-visit budget', () => {
  it('fails a visit over 100 KB or over 30 requests, page and precache together', () => {
    expect(isOverBudget(visit(72_000, 20))).toBe(false);
    expect(isOverBudget(visit(72_401, 20))).toBe(true);
    expect(isOverBudget(visit(10_000, 21))).toBe(true);
  });
});

describe('trafficMeter', () => {
  it('counts each answer’s body as sent and its headers, and tells the worker’s downloads from the page’s', async () => {
    const meter = trafficMeter(() => new Response('x'.repeat(100), { headers: { 'Content-Type': 'text/plain' } }));
    await meter.fetch(new Request('http://site/a.js', { headers: { 'Sec-Fetch-Dest': 'script' } }));
    await meter.fetch(new Request('http://site/en/', { headers: { 'Sec-Fetch-Dest': 'empty' } }));
    const sent = meter.take();
    expect(sent.map((one) => [one.path, one.by, one.status])).toEqual([['/a.js', 'page', 200], ['/en/', 'worker', 200]]);
    expect(sent[0]!.bytes).toBeGreaterThan(100 + 'content-type: text/plain'.length);
    expect(meter.take()).toEqual([]);
  });
});

describe('downloadedTwice', () => {
  it('names a file the page loaded that a pack held too, and a file fetched twice; a page counts as its index.html', () => {
    const sent: Sent[] = [
      { path: '/guides/bus-pass/', by: 'page', bytes: 1, status: 200 },
      { path: '/assets/Guide-a.js', by: 'page', bytes: 1, status: 200 },
      { path: '/assets/main-b.js', by: 'page', bytes: 1, status: 200 },
      { path: '/assets/main-b.js', by: 'worker', bytes: 1, status: 200 },
      { path: '/icons/icon.svg', by: 'page', bytes: 1, status: 200 },
      { path: '/icons/icon.svg', by: 'worker', bytes: 1, status: 304 },
      { path: '/assets/pack-en.0123456789.json', by: 'worker', bytes: 1, status: 200, packed: ['/guides/bus-pass/index.html', '/assets/Other-c.js'] },
    ];
    expect(downloadedTwice(sent)).toEqual(['/guides/bus-pass/index.html', '/assets/main-b.js']);
    expect(downloadedTwice(sent.slice(1, 3))).toEqual([]);
  });
});
