import { describe, expect, it } from 'vitest';
import { safePath } from './static.ts';

/** The first of two guards (the second is in files.ts): each must hold on its own. */
describe('safePath', () => {
  it('decodes ordinary addresses', () => {
    expect(safePath('/')).toBe('/');
    expect(safePath('/guides/bus-pass/')).toBe('/guides/bus-pass/');
    expect(safePath('/disclosure/%E6%AE%8B%E8%81%94')).toBe('/disclosure/残联');
    expect(safePath('/assets/main-AbC1.2.js')).toBe('/assets/main-AbC1.2.js');
  });

  it.each([
    ['a parent segment', '/assets/../secret.txt'],
    ['an encoded parent segment', '/assets/%2e%2e/secret.txt'],
    ['a parent segment hidden by an encoded slash', '/assets/..%2fsecret.txt'],
    ['a dot segment', '/./secret.txt'],
    ['a backslash', '/..%5csecret.txt'],
    ['NUL', '/secret.txt%00.html'],
    ['a leading //', '//evil.example'],
    ['a leading encoded /', '/%2Fevil.example'],
    ['bad percent-encoding', '/%E4%B8'],
    ['a relative path', 'guides/'],
  ])('refuses %s', (_, path) => {
    expect(safePath(path)).toBeUndefined();
  });
});
