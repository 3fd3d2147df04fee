/**
 * The 18-character unified social credit code of GB 32100-2015 that every organisation in China holds:
 * digits and capital letters except I, O, Z, S and V, the last one a check character (modulus 31).
 */

export type CreditCodeProblem = 'length' | 'characters' | 'checksum';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, which must all be from the code's alphabet. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Codes are printed in groups and sometimes typed in small letters. */
export function normaliseCreditCode(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/** What is wrong with a (normalised) code, or undefined when it is valid. */
export function creditCodeProblem(code: string): CreditCodeProblem | undefined {
  if (code.length !== 18) return 'length';
  if (![...code].every((character) => ALPHABET.includes(character))) return 'characters';
  if (creditCodeCheckCharacter(code) !== code[17]) return 'checksum';
  return undefined;
}
