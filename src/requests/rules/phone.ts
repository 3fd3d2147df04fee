/**
 * Phone numbers, checked with libphonenumber-js and its `min` metadata (every country; the smallest set): a
 * mainland number by default, any other country's with its `+` code, an extension after 转/分机/ext./#. The
 * library is about 30 KB gzip, more than the request form's budget has room for: it is loaded only when a
 * number is checked (`loadPhoneRules`), as a chunk of its own (`assets/phone-…`) that a first visit does not
 * download: the service worker keeps it when the request form opens (issue 16), so a form opened online once checks
 * numbers offline. The server awaits the same function, so the phone and the server use one rule.
 *
 * `min` checks a number's length per country, not its digit patterns; a mainland number is also held to the
 * mainland's numbering plan, which people type most and mistype most: a mobile number has 11 digits from 13 to
 * 19; a landline, a 3-digit area code (010, 02x) and 8 digits, or a 4-digit one and 7 or 8 digits.
 */
import type { parsePhoneNumberFromString } from 'libphonenumber-js/min';

let parse: typeof parsePhoneNumberFromString | undefined;

/** Loads the library (once). Await it before validating a request that has a phone number. */
export async function loadPhoneRules(): Promise<void> {
  parse ??= (await import('libphonenumber-js/min')).parsePhoneNumberFromString;
}

/** A phone number as stored: E.164 (`+864536912345`) and the extension's digits, if any. */
export interface PhoneNumberParts {
  e164: string;
  extension?: string;
}

// How people write an extension in Chinese: 0453-6912345转801, 分机 801; the library reads "ext." and "#".
const EXTENSION_WORDS = /\s*(?:转|轉|分机|分機|分机号|分機號)\s*/;

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
// Area codes 010 and 02x have three digits and eight-digit numbers; the others have four, and seven or eight.
const MAINLAND_LANDLINE = /^(?:(?:10|2\d)[2-9]\d{7}|[3-9]\d{2}[2-9]\d{6,7})$/;

/**
 * The number in `text` (half-width, as typed), or undefined when it is not a valid phone number.
 * Throws Error when loadPhoneRules() has not finished: validating without the rule would let any text through.
 */
export function parsePhone(text: string): PhoneNumberParts | undefined {
  if (!parse) throw new Error('Phone rules are not loaded: await loadPhoneRules() before validating');
  const number = parse(text.replace(EXTENSION_WORDS, ' ext. '), 'CN');
  if (!number?.isValid()) return undefined;
  if (number.country === 'CN') {
    const national = number.nationalNumber;
    if (!MAINLAND_MOBILE.test(national) && !MAINLAND_LANDLINE.test(national)) return undefined;
    // Dialled in the mainland a landline starts with the trunk 0 (0453-…); without it or +86, a digit is missing.
    const typedDigits = text.replace(/\D/g, '');
    if (MAINLAND_LANDLINE.test(national) && !text.includes('+') && !/^(?:0|86|0086)/.test(typedDigits)) return undefined;
  }
  return number.ext ? { e164: number.number, extension: number.ext } : { e164: number.number };
}

/** E.164 with the extension as RFC 3966 writes it (`+864536912345;ext=801`), the form stored for staff to dial. */
export function phoneE164(parts: PhoneNumberParts): string {
  return parts.extension ? `${parts.e164};ext=${parts.extension}` : parts.e164;
}
