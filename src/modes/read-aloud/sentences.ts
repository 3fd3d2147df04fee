/**
 * Read aloud speaks one sentence at a time: Android's speech engines cut long utterances off, and some voices
 * stop after about fifteen seconds. A sentence longer than `max` characters is cut at its last comma (or
 * enumeration comma, colon) before the limit, and only where there is none, at the limit itself.
 */
const ENDS = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);
/** Closing quotes and brackets stay with the sentence they close. */
const CLOSERS = new Set(['”', '’', '」', '』', '"', "'", ')', '）', '】', '》']);
const PAUSES = /[，,、：:]/g;

export const MAX_SENTENCE = 80;

export function sentences(text: string, max = MAX_SENTENCE): string[] {
  const characters = Array.from(text);
  const found: string[] = [];
  let current = '';
  /** A sentence has ended, but a closing quote or another mark still belongs to it. */
  let ending = false;
  characters.forEach((character, i) => {
    current += character;
    const next = characters[i + 1];
    // A full stop ends an English sentence only before a space or the end: "3.5" and "www.gov.cn" stay whole.
    ending ||= ENDS.has(character) || character === '\n' || (character === '.' && (next === undefined || /\s/.test(next)));
    if (ending && !(next && (CLOSERS.has(next) || ENDS.has(next)))) {
      found.push(current);
      current = '';
      ending = false;
    }
  });
  found.push(current);
  return found.flatMap((sentence) => cut(sentence.trim(), max)).filter(Boolean);
}

function cut(sentence: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = Array.from(sentence);
  while (rest.length > max) {
    const head = rest.slice(0, max).join('');
    const pause = Math.max(...[...head.matchAll(PAUSES)].map((match) => Array.from(head.slice(0, match.index)).length + 1), 0);
    const at = pause > max / 4 ? pause : max;
    pieces.push(rest.slice(0, at).join('').trim());
    rest = rest.slice(at);
  }
  pieces.push(rest.join('').trim());
  return pieces;
}
