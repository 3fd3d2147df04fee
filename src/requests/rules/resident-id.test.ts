import { describe, expect, it } from 'vitest';
import { normaliseResidentId, residentIdCheckCharacter, residentIdProblem } from './resident-id.ts';

const today = new Date('2026-03-01T00:00:00Z');

describe('resident ID number (GB 11643-1999)', () => {
  it('accepts the standard’s own example, whose check character is X', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdProblem('11010519491231002X', today)).toBeUndefined();
  });

  it('accepts a number whose check character is a digit', () => {
    // Weighted sum of 11010519900307001 is 170; 170 mod 11 = 5, and remainder 5 maps to 7.
    expect(residentIdCheckCharacter('11010519900307001')).toBe('7');
    expect(residentIdProblem('110105199003070017', today)).toBeUndefined();
  });

  it('finds a mistyped digit through the check character', () => {
    expect(residentIdProblem('110105194912310021', today)).toBe('checksum');
    // Two neighbouring digits swapped, the most common slip.
    expect(residentIdProblem('110105199003070107', today)).toBe('checksum');
  });

  it('says the length is wrong before anything else', () => {
    expect(residentIdProblem('11010519491231002', today)).toBe('length');
    expect(residentIdProblem('11010519491231002X1', today)).toBe('length');
    expect(residentIdProblem('', today)).toBe('length');
  });

  it('takes only digits, with X allowed last', () => {
    expect(residentIdProblem('1101051949123100XX', today)).toBe('characters');
    expect(residentIdProblem('01010519491231002X', today)).toBe('characters');
    expect(residentIdProblem('11010519491231002Y', today)).toBe('characters');
  });

  it('refuses a birth date that does not exist, is before 1900 or is after today', () => {
    const withBirth = (yyyymmdd: string) => {
      const first17 = `110105${yyyymmdd}002`;
      return first17 + residentIdCheckCharacter(first17);
    };
    expect(residentIdProblem(withBirth('20000229'), today)).toBeUndefined();
    expect(residentIdProblem(withBirth('19000229'), today)).toBe('birthDate');
    expect(residentIdProblem(withBirth('19491331'), today)).toBe('birthDate');
    expect(residentIdProblem(withBirth('18991231'), today)).toBe('birthDate');
    expect(residentIdProblem(withBirth('20260302'), today)).toBe('birthDate');
    expect(residentIdProblem(withBirth('20260301'), today)).toBeUndefined();
  });

  it('reads the number as people type it: in groups, with a small x', () => {
    expect(normaliseResidentId(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(normaliseResidentId('110105-19491231-002X')).toBe('11010519491231002X');
  });
});
