/**
 * Very long sentences and paragraphs, a warning (staff may publish): WCAG 2.2 success criterion 3.1.5 Reading Level
 * (level AAA) and the plain-language guidance behind it. The limits are the site's, `contentChecks`
 * (src/config/site.ts), where each number's source is given.
 *
 * A sentence ends at 。！？ (GB/T 15834-2011 标点符号用法: the marks that end a sentence; ；and ，are within one) or at
 * . ! ? followed by a space. Its length is counted in characters for Chinese (a Han character each; a run of
 * Latin letters or digits, such as 2017 or PDF, counts as one) and in words for English. Headings, tables and code
 * are not prose, and are not counted.
 */
import type { Tokens } from 'marked';
import { contentChecks } from '../../../src/config/site.ts';
import { checksText as t } from './text.ts';
import { type Markdown, plainText, tokensOf } from './markdown.ts';
import { excerpt, type Problem } from './problem.ts';

export type Language = 'zh' | 'en';

interface Sentence {
  text: string;
  /** Lines into the block the sentence starts on, 0-based. */
  lineOffset: number;
}

const CHINESE_UNIT = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const ENGLISH_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;

/** How long `sentence` is: Chinese characters (see above), or English words. */
export function sentenceLength(sentence: string, language: Language): number {
  return (sentence.match(language === 'zh' ? CHINESE_UNIT : ENGLISH_WORD) ?? []).length;
}

/** The sentences of a block of prose, each with the line it starts on within the block. */
export function sentences(text: string, language: Language): Sentence[] {
  const end = language === 'zh' ? /[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)/gu : /[^.!?。！？]*(?:[.!?。！？]+["'”’)\]]*(?=\s|$)|$)/gu;
  const found: Sentence[] = [];
  for (const match of text.matchAll(end)) {
    if (match[0].trim() === '') continue;
    const leading = match[0].length - match[0].trimStart().length;
    found.push({ text: match[0].trim(), lineOffset: text.slice(0, match.index + leading).split('\n').length - 1 });
  }
  return found;
}

/** The blocks of prose in `markdown`: paragraphs (a loose list item's too), and the text of a tight list's items. */
function proseBlocks(markdown: Markdown): { text: string; line: number }[] {
  const items = new Set(tokensOf(markdown, 'list_item').flatMap(({ token }) => token.tokens.filter((child) => child.type === 'text')));
  return markdown.tokens.flatMap(({ token, line }) => {
    if (token.type === 'paragraph' || items.has(token)) return [{ text: plainText((token as Tokens.Paragraph | Tokens.Text).tokens ?? [token]), line }];
    return [];
  });
}

function longSentences(text: string, language: Language, field: string, line: number | undefined, lineOffsets: boolean): Problem[] {
  const limit = language === 'zh' ? contentChecks.chineseSentenceCharacters : contentChecks.englishSentenceWords;
  return sentences(text, language).flatMap((sentence) => {
    const length = sentenceLength(sentence.text, language);
    if (length <= limit) return [];
    const at = line === undefined ? undefined : line + (lineOffsets ? sentence.lineOffset : 0);
    const shown = excerpt(sentence.text);
    return [{ code: 'long-sentence', field, ...(at === undefined ? {} : { line: at }), excerpt: shown, message: t.long.sentence(shown, length, limit, language) }];
  });
}

/** Sentences over the limit in the body's prose, and paragraphs (or list items) of more sentences than the limit. */
export function checkBodyReadability(markdown: Markdown, field: string, language: Language): Problem[] {
  const problems: Problem[] = [];
  for (const block of proseBlocks(markdown)) {
    problems.push(...longSentences(block.text, language, field, block.line, true));
    const count = sentences(block.text, language).length;
    if (count > contentChecks.paragraphSentences) {
      const shown = excerpt(block.text);
      problems.push({ code: 'long-paragraph', field, line: block.line, excerpt: shown, message: t.long.paragraph(shown, count, contentChecks.paragraphSentences) });
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Sentences over the limit in the fields people read as sentences: the summary, and a guide's lists. */
export function checkFieldReadability(fields: Record<string, unknown>, prefix: string, language: Language): Problem[] {
  return ['summary', 'eligibility', 'bring', 'steps'].flatMap((key) => {
    const value = fields[key];
    if (typeof value === 'string') return longSentences(value, language, `${prefix}${key}`, undefined, false);
    if (!Array.isArray(value)) return [];
    return value.flatMap((item, index) => (typeof item === 'string' ? longSentences(item, language, `${prefix}${key}`, index + 1, false) : []));
  });
}
