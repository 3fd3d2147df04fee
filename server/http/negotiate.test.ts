import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, type Encoding, etagMatches } from './negotiate.ts';

/** The encoding chosen for a request with this Accept-Encoding header (none: no header), as a route sees it. */
async function choose(header: string | undefined, available: readonly Encoding[]): Promise<Encoding | undefined> {
  let chosen: Encoding | undefined;
  const app = new Hono().get('/', (c) => {
    chosen = chooseEncoding(c, available);
    return c.body(null, 204);
  });
  await app.request('/', { headers: header === undefined ? {} : { 'Accept-Encoding': header } });
  return chosen;
}

describe('chooseEncoding', () => {
  const both = ['br', 'gzip'] as const;

  it('sends plain bytes when the client says nothing or we have nothing compressed', async () => {
    expect(await choose(undefined, both)).toBeUndefined();
    expect(await choose('', both)).toBeUndefined();
    expect(await choose('gzip, br', [])).toBeUndefined();
    expect(await choose('identity', both)).toBeUndefined();
  });

  it('prefers brotli on a tie and follows the client’s qualities otherwise', async () => {
    expect(await choose('gzip, deflate, br, zstd', both)).toBe('br');
    expect(await choose('gzip', both)).toBe('gzip');
    expect(await choose('br;q=0.5, gzip', both)).toBe('gzip');
    expect(await choose('GZIP', both)).toBe('gzip');
  });

  it('never sends an encoding the client refused with q=0', async () => {
    expect(await choose('gzip;q=0', both)).toBeUndefined();
    expect(await choose('br; q=0, gzip;q=0.1', both)).toBe('gzip');
    expect(await choose('*;q=0', both)).toBeUndefined();
  });

  it('lets * stand for encodings the client did not name', async () => {
    expect(await choose('*', both)).toBe('br');
    expect(await choose('br;q=0, *', both)).toBe('gzip');
  });
});

describe('etagMatches', () => {
  it('matches the same tag, weak or strong, in a list or as *', () => {
    expect(etagMatches('"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('W/"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('*', 'W/"abc"')).toBe(true);
  });

  it('does not match another tag or a missing header', () => {
    expect(etagMatches('"abd"', 'W/"abc"')).toBe(false);
    expect(etagMatches(undefined, 'W/"abc"')).toBe(false);
  });
});
