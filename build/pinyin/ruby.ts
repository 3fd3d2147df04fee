import { pinyin } from 'pinyin-pro';

/**
 * Build time only: HTML with pinyin over every Chinese character, as `<ruby>` with `<rp>` fallbacks:
 * `<ruby>办<rp>(</rp><rt>bàn</rt><rp>)</rp>证<rp>(</rp><rt>zhèng</rt><rp>)</rp>。<rt></rt></ruby>`, every `rt`
 * and `rp` with aria-hidden="true".
 *
 * Only the text between tags changes: tags, attributes and URLs are kept as they are, and so are Latin letters,
 * digits and punctuation, which get no pinyin. Readings come from the text of the whole fragment at once, so
 * pinyin-pro chooses a polyphone's reading from its words (银行 yín háng, 行走 xíng zǒu), also across inline
 * tags such as links. The `rt` and `rp` are hidden from assistive technology, and each run of text between
 * spaces is one `ruby` (a base and its reading per character, an empty reading for what is not Chinese), so
 * a screen reader reads the characters once, as one text, without a pause between each.
 */
export interface RubyOptions {
  /**
   * Converts the shown characters, for example simplified → traditional Chinese. It is applied to the whole
   * fragment, so phrase-dependent conversions stay right; readings still come from the source text.
   */
  convert?: (text: string) => string;
}

const TAG = /<[^>]*>/g;
/** Elements whose text is not prose to annotate. */
const RAW = /^<(rt|rp|ruby|script|style|code|pre|kbd|samp)\b/i;
/** Inline elements do not end a word: `先看<a>残疾人证</a>` is read as one sentence. */
const INLINE = /^<\/?(a|abbr|b|bdi|bdo|cite|dfn|em|i|mark|q|s|small|span|strong|sub|sup|time|u)\b/i;
const HAN = /\p{Script=Han}/u;

const HIDDEN = ' aria-hidden="true"';
const pair = (base: string, reading: string) =>
  reading ? `${base}<rp${HIDDEN}>(</rp><rt${HIDDEN}>${reading}</rt><rp${HIDDEN}>)</rp>` : `${base}<rt${HIDDEN}></rt>`;

/**
 * One piece of text with its readings ('' where none) as ruby: each run between spaces that holds a Chinese
 * character becomes one `ruby`; the characters without a reading in it are grouped as one base.
 */
function rubyRuns(characters: string[], readings: string[]): string {
  let out = '';
  let run: { base: string; reading: string }[] = [];
  const flush = () => {
    if (run.some((part) => part.reading)) out += `<ruby>${run.map((part) => pair(part.base, part.reading)).join('')}</ruby>`;
    else out += run.map((part) => part.base).join('');
    run = [];
  };
  characters.forEach((character, i) => {
    const reading = readings[i] ?? '';
    if (/\s/.test(character)) {
      flush();
      out += character;
    } else if (!reading && run.length > 0 && !run.at(-1)!.reading) run.at(-1)!.base += character;
    else run.push({ base: character, reading });
  });
  flush();
  return out;
}

interface Piece { text: string; isTag: boolean }

function split(html: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    if (match.index > last) pieces.push({ text: html.slice(last, match.index), isTag: false });
    pieces.push({ text: match[0], isTag: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) pieces.push({ text: html.slice(last), isTag: false });
  return pieces;
}

/** One reading per character (code point) of `text`; '' for what is not a Chinese character. */
function readings(text: string): string[] {
  const characters = Array.from(text);
  const result = pinyin(text, { type: 'all' }).map((entry) => (entry.isZh ? entry.pinyin : ''));
  // pinyin-pro answers one entry per character; if it ever does not, read each character on its own.
  if (result.length === characters.length) return result;
  return characters.map((character) => (HAN.test(character) ? pinyin(character) : ''));
}

export function toRuby(html: string, options: RubyOptions = {}): string {
  const shown = options.convert?.(html) ?? html;
  // The conversion maps characters one to one (opencc's simplified → traditional does); if a conversion ever
  // changes the length, each text piece is converted on its own instead.
  const aligned = Array.from(shown).length === Array.from(html).length;
  const pieces = split(html);
  const shownPieces = aligned ? split(shown) : undefined;

  // The text to read: annotated pieces joined, with a line break where a block element ends a sentence.
  const annotate: boolean[] = [];
  let raw = 0;
  let source = '';
  for (const piece of pieces) {
    if (piece.isTag) {
      const closing = piece.text.startsWith('</');
      if (RAW.test(piece.text.replace('</', '<'))) raw += closing ? -1 : piece.text.endsWith('/>') ? 0 : 1;
      if (!INLINE.test(piece.text)) source += '\n';
      annotate.push(false);
    } else {
      annotate.push(raw === 0);
      if (raw === 0) source += piece.text;
    }
  }
  const allReadings = readings(source);

  let offset = 0;
  let out = '';
  pieces.forEach((piece, index) => {
    const shownText = shownPieces?.[index]?.text ?? (piece.isTag ? piece.text : options.convert?.(piece.text) ?? piece.text);
    if (piece.isTag && !INLINE.test(piece.text)) offset += 1;
    if (!annotate[index]) {
      out += shownText;
      return;
    }
    const characters = Array.from(shownText);
    const sourceLength = Array.from(piece.text).length;
    const pieceReadings = allReadings.slice(offset, offset + sourceLength);
    offset += sourceLength;
    // A conversion that changed this piece's length: keep the converted text as it is, without pinyin.
    if (characters.length !== sourceLength) {
      out += shownText;
      return;
    }
    out += rubyRuns(characters, pieceReadings);
  });
  return out;
}
