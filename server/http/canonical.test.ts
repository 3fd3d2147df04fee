import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { fixtureDist, removeFixtures } from '../test/fixture-dist.ts';

let app: ReturnType<typeof createApp>;
let db: Database;
beforeAll(async () => {
  db = await testDatabases()[0]!.open();
  app = createApp({ distDir: fixtureDist().dist, db });
}, 30_000);
afterAll(async () => {
  removeFixtures();
  await db.close();
});

/** Follows the server's redirects as a browser would, and says where it ended and what it got. */
async function open(path: string): Promise<{ status: number; at: string; body: string; redirects: number[] }> {
  const redirects: number[] = [];
  let at = path;
  for (;;) {
    const response = await app.request(at);
    if (response.status < 300 || response.status >= 400) return { status: response.status, at, body: await response.text(), redirects };
    redirects.push(response.status);
    at = response.headers.get('Location')!;
  }
}

describe('every form of a page address opens the page, without JavaScript', () => {
  it.each([
    ['/guides/bus-pass/', '/guides/bus-pass/'],
    ['/guides/bus-pass', '/guides/bus-pass/'],
    ['/guides/bus-pass/index.html', '/guides/bus-pass/'],
    ['/guides/bus-pass/?from=singlemessage&isappinstalled=0', '/guides/bus-pass/?from=singlemessage&isappinstalled=0'],
    ['/guides/bus-pass?from=singlemessage&isappinstalled=0', '/guides/bus-pass/?from=singlemessage&isappinstalled=0'],
    ['/guides/bus-pass/?utm_source=poster&x', '/guides/bus-pass/?utm_source=poster&x'],
    ['/ZH-HANT/requests/', '/zh-Hant/requests/'],
    ['/zh-hant/requests', '/zh-Hant/requests/'],
    ['/ZH-HANT/requests/index.html?from=singlemessage', '/zh-Hant/requests/?from=singlemessage'],
    ['/index.html', '/'],
  ])('%s opens %s', async (form, canonical) => {
    const { status, at, redirects } = await open(form);
    expect(status).toBe(200);
    expect(at).toBe(canonical);
    expect(redirects.every((code) => code === 301)).toBe(true);
  });

  it('a page that does not exist stays not found, in whatever form it is asked for', async () => {
    for (const path of ['/guides/no-such-guide/', '/guides/no-such-guide/index.html', '/EN/no-such-page/', '/ZH-HANT/no-such-page']) {
      expect((await open(path)).status, path).toBe(404);
    }
  });

  it('never redirects to another site, nor a form that is not a GET', async () => {
    const response = await app.request('//evil.example/index.html');
    expect(response.headers.get('Location') ?? '').not.toMatch(/^\/\//);
    expect((await app.request('/EN/guides/', { method: 'POST' })).status).not.toBe(301);
  });
});
