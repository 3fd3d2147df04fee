import { describe, expect, it } from 'vitest';
import { stripEmptyCssComments } from './empty-css-plugin.ts';

describe('stripEmptyCssComments', () => {
  it('removes the placeholders Vite leaves for stylesheet imports, and nothing else', () => {
    const code = 'import{t as w}from"./a.js";/* empty css        */function T(e){return`/* a comment */`}';
    expect(stripEmptyCssComments(code)).toBe('import{t as w}from"./a.js";function T(e){return`/* a comment */`}');
  });
});
