import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import type { DistFile } from './files.ts';
import { packWithout } from './pack.ts';
import { serveDist } from './static.ts';

const members = [
  ['assets/Guide-AbC123.js', 'text/javascript; charset=utf-8', `export const guide = ${JSON.stringify('步骤'.repeat(400))};`],
  ['guides/bus-pass/index.html', 'text/html; charset=utf-8', `<!doctype html><title>残疾人公交卡</title>${'<p>办理</p>'.repeat(200)}`],
  ['disclosure/残联机构/index.html', 'text/html; charset=utf-8', '<!doctype html><title>机构</title>'],
  ['search-index.json', 'application/json; charset=utf-8', '[]'],
];
const packBytes = () => new TextEncoder().encode(JSON.stringify(members));
const pathsIn = (body: string) => (JSON.parse(body) as string[][]).map(([path]) => path);

describe('packWithout', () => {
  const pack = { path: '/assets/pack-zh-Hans.0123456789.json', etag: 'W/"a"', identity: packBytes() } as DistFile;

  it('leaves out the files named, whether written as a path or a percent-encoded address, and ignores unknown ones', async () => {
    const without = packWithout();
    const skip = ['/guides/bus-pass/index.html', '/disclosure/%E6%AE%8B%E8%81%94%E6%9C%BA%E6%9E%84/index.html', '/nowhere.js'];
    const br = await without(pack, skip, 'br');
    expect(pathsIn(brotliDecompressSync(br!).toString())).toEqual(['assets/Guide-AbC123.js', 'search-index.json']);
    const gzip = await without(pack, skip, 'gzip');
    expect(pathsIn(gunzipSync(gzip!).toString())).toEqual(['assets/Guide-AbC123.js', 'search-index.json']);
  });

  it('makes nothing when nothing of the pack is named, and each list once', async () => {
    const without = packWithout();
    expect(await without(pack, ['/elsewhere/'], 'br')).toBeUndefined();
    const first = await without(pack, ['/assets/Guide-AbC123.js', '/search-index.json'], 'br');
    expect(await without(pack, ['/search-index.json', '/assets/Guide-AbC123.js', '/nowhere.js'], 'br')).toBe(first);
  });
});

describe('serveDist with a pack', () => {
  const dist = mkdtempSync(join(tmpdir(), 'pack-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets/pack-en.0123456789.json'), packBytes());
  writeFileSync(join(dist, 'assets/other.json'), packBytes());
  const app = new Hono().use(serveDist(dist, async (c) => c.text('not found', 404)));

  it('sends a pack without the files its skip query names, and a pack without a query whole', async () => {
    const less = await app.request('/assets/pack-en.0123456789.json?skip=%2Fassets%2FGuide-AbC123.js', { headers: { 'Accept-Encoding': 'br' } });
    expect(less.status).toBe(200);
    expect(less.headers.get('Content-Encoding')).toBe('br');
    expect(less.headers.get('Cache-Control')).toContain('immutable');
    expect(pathsIn(brotliDecompressSync(Buffer.from(await less.arrayBuffer())).toString())).not.toContain('assets/Guide-AbC123.js');
    const whole = await app.request('/assets/pack-en.0123456789.json');
    expect(pathsIn(await whole.text())).toHaveLength(members.length);
    // A client that takes no compression gets the whole pack, which the worker reads as well.
    const plain = await app.request('/assets/pack-en.0123456789.json?skip=%2Fassets%2FGuide-AbC123.js', { headers: { 'Accept-Encoding': 'identity' } });
    expect(pathsIn(await plain.text())).toHaveLength(members.length);
  });

  it('does not filter other files by the query', async () => {
    const other = await app.request('/assets/other.json?skip=%2Fassets%2FGuide-AbC123.js');
    expect(pathsIn(await other.text())).toHaveLength(members.length);
  });
});
