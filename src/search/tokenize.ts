/**
 * Chinese has no spaces between words, so a query is cut into words with Intl.Segmenter where the browser has
 * it, and into overlapping pairs of characters where it does not. Latin words are matched case-insensitively.
 */
const HAN = /\p{Script=Han}/u;

/** Folds case and full-width forms, and drops punctuation, so "ＩＤ" finds "id" and "残疾人证？" finds "残疾人证". */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Overlapping two-character pieces of a run of Han characters: "乘车证" → 乘车, 车证. */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
}

function segmenterFor(locale: string): Intl.Segmenter | undefined {
  return typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(locale, { granularity: 'word' }) : undefined;
}

/** The distinct terms a query is made of, in order. Every term must appear in a result. */
export function tokenize(query: string, locale = 'zh'): string[] {
  const text = normalise(query);
  if (!text) return [];
  const segmenter = segmenterFor(locale);
  const words = segmenter
    ? [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment)
    : text.split(' ').flatMap((word) => (HAN.test(word) ? bigrams(word) : [word]));
  return [...new Set(words)];
}
