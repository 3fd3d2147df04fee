import { afterEach, describe, expect, it, vi } from 'vitest';
import { type HeldPage, networkFirstPage } from './pages.ts';

/** A held copy in memory, recording what the worker did with it. */
function memory(text?: string) {
  let copy = text;
  const held: HeldPage = {
    read: async () => (copy === undefined ? undefined : new Response(copy)),
    keep: async (response) => void (copy = await response.text()),
    drop: async () => void (copy = undefined),
  };
  return { held, copy: () => copy };
}

const waits: Promise<unknown>[] = [];
const waitUntil = (promise: Promise<unknown>) => void waits.push(promise);
const answer = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  waits.length = 0;
});

describe('networkFirstPage', () => {
  it('answers from the server and keeps its version in place of the held one', async () => {
    vi.stubGlobal('fetch', answer('new'));
    const page = memory('old');
    expect(await (await networkFirstPage(new Request('http://site/guides/a/'), page.held, 3000, waitUntil)).text()).toBe('new');
    expect(page.copy()).toBe('new');
  });

  it('answers with a page the server says is for this visit only (no-store), and keeps the held one', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('named', { headers: { 'Cache-Control': 'private, no-store' } })));
    const page = memory('plain');
    expect(await (await networkFirstPage(new Request('http://site/ask/?page=%2Fguides%2Fa%2F'), page.held, 3000, waitUntil)).text()).toBe('named');
    expect(page.copy()).toBe('plain');
  });

  it('drops the held copy of a page the server says is withdrawn (410) or gone (404), and shows the server’s page', async () => {
    for (const status of [410, 404]) {
      vi.stubGlobal('fetch', answer('withdrawn', status));
      const page = memory('old');
      expect((await networkFirstPage(new Request('http://site/disclosure/a/'), page.held, 3000, waitUntil)).status).toBe(status);
      expect(page.copy()).toBeUndefined();
    }
  });

  it('answers from the held copy with no signal, on a server error, and when the server is slow, whose late answer is kept for next time', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }));
    expect(await (await networkFirstPage(new Request('http://site/a/'), memory('held').held, 3000, waitUntil)).text()).toBe('held');

    vi.stubGlobal('fetch', answer('error', 503));
    const erring = memory('held');
    expect(await (await networkFirstPage(new Request('http://site/a/'), erring.held, 3000, waitUntil)).text()).toBe('held');
    expect(erring.copy()).toBe('held');

    vi.useFakeTimers();
    let arrive!: (response: Response) => void;
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => (arrive = resolve))));
    const slow = memory('held');
    const answered = networkFirstPage(new Request('http://site/a/'), slow.held, 3000, waitUntil);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await (await answered).text()).toBe('held');
    arrive(new Response('late'));
    await Promise.all(waits);
    expect(slow.copy()).toBe('late');
  });

  it('fails with the network when there is no copy, so the worker shows its offline page', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }));
    await expect(networkFirstPage(new Request('http://site/a/'), memory().held, 3000, waitUntil)).rejects.toThrow('Failed to fetch');
  });
});
