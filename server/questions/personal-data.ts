/**
 * Finds personal data in a question's or an answer's text before staff publish it (issue 17 point 3): mainland
 * phone numbers, resident identity numbers, e-mail addresses, and the name and contact the person gave. The check
 * finds what can be recognised by its shape; a street address or a name the person did not give is for the
 * reviewer's eyes (DESIGN: every publication passes the review steps).
 */
import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import { residentIdCheckCharacter } from '../../src/requests/rules/resident-id.ts';

export type PersonalDataKind = 'phone' | 'residentId' | 'email' | 'name' | 'contact';

/** One piece of personal data: `text.slice(start, end)` is `found`, in UTF-16 code units as JavaScript counts. */
export interface PersonalData {
  kind: PersonalDataKind;
  start: number;
  end: number;
  found: string;
}

/** What the person gave about themselves, matched exactly wherever it appears. */
export interface GivenDetails {
  name?: string;
  contact?: string;
}

export type RedactionLocale = 'zh-Hans' | 'zh-Hant' | 'en';

/** The words of the marker left in place of each kind: ［已删除：电话号码］. */
const MARKERS: Record<RedactionLocale, { open: string; close: string; words: Record<PersonalDataKind, string> }> = {
  'zh-Hans': {
    open: '［已删除：',
    close: '］',
    words: { phone: '电话号码', residentId: '身份证号码', email: '电子邮件地址', name: '姓名', contact: '联系方式' },
  },
  'zh-Hant': {
    open: '［已刪除：',
    close: '］',
    words: { phone: '電話號碼', residentId: '身份證號碼', email: '電子郵件地址', name: '姓名', contact: '聯絡方式' },
  },
  en: {
    open: '[removed: ',
    close: ']',
    words: { phone: 'phone number', residentId: 'ID number', email: 'email address', name: 'name', contact: 'contact details' },
  },
};

/**
 * Full-width digits, letters and @ as half-width, one code unit for one: Chinese input methods type both, and the
 * positions found in the half-width copy are the original's.
 */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900;
}

// A date written 2026-03-03 has a landline's shape to libphonenumber-js: an answer saying by when is no phone number.
const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
function isDate(text: string): boolean {
  const match = DATE.exec(text.trim());
  return !!match && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

// Not inside a longer run of digits or letters: 20 digits of an account number are not an ID number.
const RESIDENT_ID_18 = /(?<![0-9A-Za-z])[1-9]\d{5}(\d{4})(\d{2})(\d{2})\d{3}[\dXx](?![0-9A-Za-z])/g;
// The first generation's 15 digits (GB 11643-1989): the birth date as YYMMDD in the 1900s, and no check digit.
const RESIDENT_ID_15 = /(?<![0-9A-Za-z])[1-9]\d{5}(\d{2})(\d{2})(\d{2})\d{3}(?![0-9A-Za-z])/g;
// A mainland mobile number by its shape (1, then 3–9, then nine digits; spaced 3-4-4 or not; +86 or not), whether or
// not libphonenumber-js's metadata knows its prefix yet: new ranges such as 179… are allocated before the library
// lists them, and a published answer is better without any number a person might answer on.
const MOBILE = /(?<![0-9A-Za-z+])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9A-Za-z])/g;
// Deliberately loose (RFC 5322 allows more): a published text is better without anything that looks like an address.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

function residentIds(text: string): PersonalData[] {
  const found: PersonalData[] = [];
  for (const match of text.matchAll(RESIDENT_ID_18)) {
    const id = match[0].toUpperCase();
    if (!isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) continue;
    if (residentIdCheckCharacter(id) !== id[17]) continue;
    found.push({ kind: 'residentId', start: match.index, end: match.index + 18, found: match[0] });
  }
  for (const match of text.matchAll(RESIDENT_ID_15)) {
    if (!isRealDate(1900 + Number(match[1]), Number(match[2]), Number(match[3]))) continue;
    found.push({ kind: 'residentId', start: match.index, end: match.index + 15, found: match[0] });
  }
  return found;
}

function exactly(text: string, value: string | undefined, kind: PersonalDataKind): PersonalData[] {
  const wanted = value?.trim() ?? '';
  if (wanted === '') return [];
  const found: PersonalData[] = [];
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + wanted.length)) {
    found.push({ kind, start: at, end: at + wanted.length, found: wanted });
  }
  return found;
}

// Where two finds overlap the one kept is the longer; of equal length, the more specific kind.
const PRIORITY: PersonalDataKind[] = ['residentId', 'email', 'phone', 'contact', 'name'];

function withoutOverlaps(found: PersonalData[]): PersonalData[] {
  const ranked = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  const kept: PersonalData[] = [];
  for (const item of ranked) {
    if (!kept.some((other) => item.start < other.end && other.start < item.end)) kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every piece of personal data in `text`, in order of position, none overlapping: mainland mobile numbers by shape
 * (1[3-9] and nine digits, allocated yet or not) and any number libphonenumber-js finds for region CN (a landline
 * with its area code), 18-character resident ID numbers with a
 * real birth date and the GB 11643-1999 check character, 15-digit ones of the first generation with a real birth
 * date, e-mail addresses, and exact occurrences of the name and contact the person gave.
 */
export function findPersonalData(text: string, given: GivenDetails = {}): PersonalData[] {
  const scanned = halfWidth(text);
  const original = (item: PersonalData): PersonalData => ({ ...item, found: text.slice(item.start, item.end) });
  const shaped: PersonalData[] = [
    ...residentIds(scanned),
    ...[...scanned.matchAll(EMAIL)].map((match): PersonalData => ({ kind: 'email', start: match.index, end: match.index + match[0].length, found: match[0] })),
    ...[...scanned.matchAll(MOBILE)].map((match): PersonalData => ({ kind: 'phone', start: match.index, end: match.index + match[0].length, found: match[0] })),
  ];
  // Blanked before looking for phone numbers: the library reads "<ID number>,139…" as one candidate and rejects it.
  let blanked = scanned;
  for (const item of shaped) blanked = blanked.slice(0, item.start) + ' '.repeat(item.end - item.start) + blanked.slice(item.end);
  const phones = findPhoneNumbersInText(blanked, 'CN')
    .filter((number) => !isDate(blanked.slice(number.startsAt, number.endsAt)))
    .map((number): PersonalData => ({ kind: 'phone', start: number.startsAt, end: number.endsAt, found: '' }));
  return withoutOverlaps([...[...shaped, ...phones].map(original), ...exactly(text, given.name, 'name'), ...exactly(text, given.contact, 'contact')]);
}

/** The marker `redact` puts in place of one kind: ［已删除：电话号码］, [removed: phone number]. */
export function redactionMarker(kind: PersonalDataKind, locale: RedactionLocale): string {
  const marker = MARKERS[locale];
  return `${marker.open}${marker.words[kind]}${marker.close}`;
}

/** `text` with each of `found` (from `findPersonalData` on this text) replaced by its marker in `locale`. */
export function redact(text: string, found: readonly PersonalData[], locale: RedactionLocale = 'zh-Hans'): string {
  let result = text;
  for (const item of withoutOverlaps([...found]).reverse()) {
    result = result.slice(0, item.start) + redactionMarker(item.kind, locale) + result.slice(item.end);
  }
  return result;
}
