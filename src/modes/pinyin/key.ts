/** Languages whose pages can show pinyin: English text never gets any. */
export const PINYIN_LOCALES = ['zh-Hans', 'zh-Hant'] as const;

/** A content item's pinyin, keyed by language and item: `zh-Hans/guides/bus-pass`. */
export function pinyinKey(locale: string, source: string): string {
  return `${locale}/${source}`;
}

/** A guide's front-matter text shown on its page, which gets pinyin line by line (one line for the summary). */
export const GUIDE_LINES = ['summary', 'eligibility', 'bring', 'steps', 'legalBasis'] as const;
