/**
 * Simplified and traditional characters mixed in the Chinese text, a warning. Staff write simplified Chinese; the
 * traditional pages are made from it (build/i18n/traditional.ts), so a traditional character pasted in (from a
 * Hong Kong or Taiwan source, or an old scan's text) stays traditional on the simplified page, and reads oddly.
 *
 * A character counts as simplified where converting the text to traditional changes it, and as traditional where
 * converting it to simplified changes it: opencc-js, the build's own converter, on the whole text, so that its
 * phrase tables judge a character by its word. A character written the same in both scripts (的, 人) changes under
 * neither; one that is right in both in some words (著 in 著名, 乾 in 乾隆, 干 in 若干, 后 in 皇后) is left alone
 * in those words, which a character-by-character test would take for the other script. The text is mixed when it
 * has a character of each kind, in one field or across them; each field with traditional characters is named.
 */
import { Converter } from 'opencc-js';
import { checksText as t } from './text.ts';
import { excerpt, type Problem } from './problem.ts';

/** The build's direction (build/i18n/traditional.ts), without its phrase corrections: they change words, not script. */
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const toSimplified = Converter({ from: 'tw', to: 'cn' });

/** One Chinese text to check: a field's value, a list field's item, or the body. */
export interface ChineseText {
  field: string;
  text: string;
  /** Where the text starts, for `Problem.line`: a list item's place, or 1 for a text whose own lines are counted. */
  line: number;
  /** Whether `line` is counted on within the text (the body, a summary over several lines). */
  countLines: boolean;
}

/** The code points of `text` that `convert` changes, each with its converted form, by their index. */
function changed(text: string, convert: (text: string) => string): Map<number, string> {
  const before = [...text];
  const whole = [...convert(text)];
  // The conversions keep one character for one; should a phrase ever change length, fall back to one at a time.
  const after = whole.length === before.length ? whole : before.map((char) => convert(char));
  const found = new Map<number, string>();
  before.forEach((char, index) => {
    if (after[index] !== char) found.set(index, after[index]!);
  });
  return found;
}

/** The `mixed-script` warnings for the item's Chinese texts: none unless both scripts appear somewhere. */
export function checkMixedScript(texts: readonly ChineseText[]): Problem[] {
  const readings = texts
    .filter((text) => /\p{Script=Han}/u.test(text.text))
    .map((text) => ({ ...text, traditional: changed(text.text, toSimplified), simplified: changed(text.text, toTraditional).size > 0 }));
  if (!readings.some((reading) => reading.simplified) || !readings.some((reading) => reading.traditional.size > 0)) return [];
  return readings.flatMap((reading) => {
    if (reading.traditional.size === 0) return [];
    const chars = [...reading.text];
    const first = Math.min(...reading.traditional.keys());
    const pairs = [...new Map([...reading.traditional].map(([index, simplified]) => [chars[index]!, simplified])).entries()];
    const around = excerpt(chars.slice(Math.max(0, first - 8), first + 12).join(''));
    const line = reading.countLines ? reading.line + chars.slice(0, first).filter((char) => char === '\n').length : reading.line;
    return [{ code: 'mixed-script', field: reading.field, line, excerpt: around, message: t.mixedScript(around, pairs) }];
  });
}
