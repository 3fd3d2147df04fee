import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, creditCodeProblem, normaliseCreditCode } from './credit-code.ts';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts the standard’s own example', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeProblem('91350100M000100Y43')).toBeUndefined();
  });

  it('accepts a code whose check character is a letter', () => {
    expect(creditCodeProblem('91110000600037341L')).toBeUndefined();
  });

  it('finds a mistyped character through the check character', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('checksum');
    expect(creditCodeProblem('91350100M000010Y43')).toBe('checksum');
  });

  it('says the length is wrong before anything else', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('length');
    expect(creditCodeProblem('')).toBe('length');
  });

  it('refuses the letters the code never uses (I, O, S, V, Z) and small letters', () => {
    for (const code of ['91350100M000100I43', '91350100M000100O43', '91350100M000100S43', '91350100M000100V43', '91350100M000100Z43', '91350100m000100Y43']) {
      expect(creditCodeProblem(code), code).toBe('characters');
    }
  });

  it('reads the code as people type it: in groups, in small letters', () => {
    expect(normaliseCreditCode(' 91350100 m000100y43 ')).toBe('91350100M000100Y43');
  });
});
