import { describe, expect, it } from 'vitest';
import { chooseEncoding, etagMatches } from './negotiate.ts';

describe('chooseEncoding', () => {
  const both = ['br', 'gzip'] as const;

  it('sends plain bytes when the client says nothing or we have nothing compressed', () => {
    expect(chooseEncoding(undefined, both)).toBeUndefined();
    expect(chooseEncoding('', both)).toBeUndefined();
    expect(chooseEncoding('gzip, br', [])).toBeUndefined();
    expect(chooseEncoding('identity', both)).toBeUndefined();
  });

  it('prefers brotli on a tie and follows the client’s qualities otherwise', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(chooseEncoding('gzip', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip', both)).toBe('gzip');
    expect(chooseEncoding('GZIP', both)).toBe('gzip');
  });

  it('never sends an encoding the client refused with q=0', () => {
    expect(chooseEncoding('gzip;q=0', both)).toBeUndefined();
    expect(chooseEncoding('br; q=0, gzip;q=0.1', both)).toBe('gzip');
    expect(chooseEncoding('*;q=0', both)).toBeUndefined();
  });

  it('lets * stand for encodings the client did not name', () => {
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('br;q=0, *', both)).toBe('gzip');
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
