/**
 * Characters no text field may hold: they cannot be stored (PostgreSQL refuses U+0000 in text; a lone surrogate is
 * no character in UTF-8) or only ever arrive by mistake (other C0 control characters, pasted or forged). Tab, CR and
 * LF are allowed where a field takes several lines. Shared by the request rules, the staff console and the annual
 * report form, so every way in refuses the same characters. Imports nothing: it ships to phones.
 */

/** C0 controls but tab, LF and CR, or a surrogate without its pair (the `u` flag keeps a pair whole). */
const NOT_STORABLE_IN_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udfff]/u;
/** Every C0 control, or a surrogate without its pair. */
const NOT_STORABLE_IN_A_LINE = /[\u0000-\u001f]|[\ud800-\udfff]/u;

/**
 * True when `text` can be stored as it is: no C0 control character (tab, CR and LF allowed when `multiline`), no
 * lone surrogate. Any string is accepted as input; a non-string is false.
 */
export function isStorableText(text: unknown, multiline = false): boolean {
  return typeof text === 'string' && !(multiline ? NOT_STORABLE_IN_LINES : NOT_STORABLE_IN_A_LINE).test(text);
}

/** Characters as a person counts them: an emoji or a rare character outside the BMP is one, not two. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
