/**
 * The 18-character resident identity number of GB 11643-1999: a 6-digit address code, the birth date as
 * YYYYMMDD, a 3-digit sequence number and a check character computed over the first 17 (ISO 7064 MOD 11-2).
 */

export type ResidentIdProblem = 'length' | 'characters' | 'birthDate' | 'checksum';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The check character for the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/** People type the number in groups and with a small x: neither makes it wrong. */
export function normaliseResidentId(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

function isRealBirthDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  // The oldest living people were born after 1900; a date after today is a typo.
  return exists && year >= 1900 && date.getTime() <= today.getTime();
}

/** What is wrong with a (normalised) resident ID number, most basic problem first, or undefined when it is valid. */
export function residentIdProblem(id: string, today: Date = new Date()): ResidentIdProblem | undefined {
  if (id.length !== 18) return 'length';
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return 'characters';
  if (!isRealBirthDate(id.slice(6, 14), today)) return 'birthDate';
  if (residentIdCheckCharacter(id) !== id[17]) return 'checksum';
  return undefined;
}
