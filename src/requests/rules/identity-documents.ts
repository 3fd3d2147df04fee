/**
 * The identity documents a person applying on their own behalf may give, and each one's published number format.
 * DESIGN.md's `resident-id`, `passport` and `other` are kept; the others are what people from Hong Kong, Macao,
 * Taiwan and abroad really hold in the mainland.
 *
 * Number formats, as published:
 * - 居民身份证: GB 11643-1999, 18 characters with a MOD 11-2 check character (resident-id.ts).
 * - 港澳居民来往内地通行证 (Mainland Travel Permit for Hong Kong and Macao Residents): the Ministry of Public
 *   Security's rule of 2010: 11 characters, H (Hong Kong) or M (Macao), then 8 digits that are the holder's
 *   lifetime number and 2 digits counting renewals. The 9-character lifetime number alone is accepted too.
 * - 台湾居民来往大陆通行证 (Mainland Travel Permit for Taiwan Residents): since 25 September 2008 "one person, one
 *   number for life", the 8-digit lifetime number; the issue count and issuing office are printed apart from it.
 * - 港澳台居民居住证 (Residence Permit for Hong Kong, Macao and Taiwan Residents): a GB 11643 number whose address
 *   code is 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan), with its birth date and check character.
 * - 外国人永久居留身份证 (Foreign Permanent Resident ID Card): the 2023 card (National Immigration Administration,
 *   issued from 1 December 2023) has 18 characters, 17 digits starting with 9 and a check character computed as
 *   for the resident ID (MOD 11-2); the 2017 card, still valid, has 15: 3 letters for the country and 12 digits.
 * - 护照: no one format across countries: 5 to 20 letters or digits.
 */
import type { MessageKey } from './messages.ts';
import { normaliseResidentId, residentIdCheckCharacter, residentIdProblem } from './resident-id.ts';

export const idTypes = [
  'resident-id',
  'hk-macao-travel-permit',
  'taiwan-travel-permit',
  'hk-macao-taiwan-residence-permit',
  'foreign-permanent-resident-id',
  'passport',
  'other',
] as const;

export type IdType = (typeof idTypes)[number];

/** Address codes of the residence permit for residents of Hong Kong, Macao and Taiwan. */
const RESIDENCE_PERMIT_PREFIXES = ['810000', '820000', '830000'];

/** Spaces and hyphens typed between groups, and a small letter, do not make a number wrong. */
export function normaliseIdNumber(value: string): string {
  return normaliseResidentId(value);
}

/**
 * What is wrong with the number of a document of this type, as the message to show, or undefined when it fits the
 * document's published format (or the type has none: `other`). `idNumber` is as typed; `today` bounds birth dates.
 */
export function idNumberProblem(idType: IdType, idNumber: string, today: Date = new Date()): MessageKey | undefined {
  const id = normaliseIdNumber(idNumber);
  switch (idType) {
    case 'resident-id': {
      const problem = residentIdProblem(id, today);
      return problem && `idNumber.resident.${problem}`;
    }
    case 'hk-macao-taiwan-residence-permit': {
      const problem = residentIdProblem(id, today);
      if (problem === 'length' || problem === 'characters') return `idNumber.residencePermit.${problem}`;
      if (!RESIDENCE_PERMIT_PREFIXES.includes(id.slice(0, 6))) return 'idNumber.residencePermit.prefix';
      return problem && `idNumber.residencePermit.${problem}`;
    }
    case 'foreign-permanent-resident-id':
      if (/^[A-Z]{3}\d{12}$/.test(id)) return undefined;
      if (!/^9\d{16}[\dX]$/.test(id)) return 'idNumber.foreignPermanent.format';
      return residentIdCheckCharacter(id) === id[17] ? undefined : 'idNumber.foreignPermanent.checksum';
    case 'hk-macao-travel-permit':
      return /^[HM]\d{8}(?:\d{2})?$/.test(id) ? undefined : 'idNumber.hkMacaoPermit';
    case 'taiwan-travel-permit':
      return /^\d{8}$/.test(id) ? undefined : 'idNumber.taiwanPermit';
    case 'passport':
      return /^[A-Z0-9]{5,20}$/.test(id) ? undefined : 'idNumber.passport';
    case 'other':
      return undefined;
  }
}

/** The number as stored: normalised where the document has a format, as typed (trimmed) for `other`. */
export function storedIdNumber(idType: IdType, idNumber: string): string {
  return idType === 'other' ? idNumber : normaliseIdNumber(idNumber);
}
