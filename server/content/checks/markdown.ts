/**
 * A body's Markdown read once for every check: marked's tokens (the same lexer and options as the build,
 * build/content/load.ts), each with the line it starts on, and the raw HTML tags the text carries.
 */
import { Marked, type Token, type Tokens } from 'marked';

/** One token and where it starts in the Markdown: `offset` in UTF-16 units, `line` 1-based. */
export interface Placed<T extends Token = Token> {
  token: T;
  offset: number;
  line: number;
}

/** A raw HTML element typed in the Markdown (`<img src="…" alt="">`), found by its start tag. */
export interface HtmlElement {
  /** Lower case: `img`, `a`, `table`, `h2`. */
  name: string;
  /** Attribute names in lower case; an attribute written without a value (`<img alt>`) is the empty string. */
  attributes: Map<string, string>;
  /** The start tag as typed. */
  tag: string;
  /** What stands between the start and end tag, for elements read with their content (`a`, `table`). */
  content: string;
  offset: number;
  line: number;
}

export interface Markdown {
  /** The text as checked: line breaks normalised to `\n`, as marked reads it. */
  source: string;
  /** Every token, depth first in reading order, with where it starts. */
  tokens: Placed[];
  /** The line (1-based) of an offset into `source`. */
  lineAt(offset: number): number;
  /** The raw HTML elements of this name outside code and comments, in reading order. */
  html(name: string): HtmlElement[];
}

const lexer = new Marked({ gfm: true });

/** A token's children in reading order: a list's items, a table's cells, or its inline and block tokens. */
function childrenOf(token: Token): Token[] {
  if (token.type === 'list') return (token as Tokens.List).items;
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    return [...table.header, ...table.rows.flat()].flatMap((cell) => cell.tokens);
  }
  return 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : [];
}

/** Elements whose content the checks read, matched to their end tag; the rest are read by their start tag only. */
const WITH_CONTENT = new Set(['a', 'table']);
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(inside: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of inside.matchAll(ATTRIBUTE)) {
    const key = name!.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, double ?? single ?? bare ?? '');
  }
  return attributes;
}

/** Reads `body` as marked does. Never throws: marked reads any text as Markdown. */
export function readMarkdown(body: string): Markdown {
  const source = body.replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };

  // A token's raw text is found in order after its previous sibling. Inside a block quote or a list item marked
  // has taken off the `>` or the indent, so a child may not be found verbatim: it is then placed at its parent.
  const tokens: Placed[] = [];
  const place = (children: Token[], from: number, to: number) => {
    let cursor = from;
    for (const token of children) {
      const at = token.raw ? source.indexOf(token.raw, cursor) : -1;
      const found = at >= 0 && at + token.raw.length <= to;
      const offset = found ? at : cursor;
      if (found) cursor = at + token.raw.length;
      tokens.push({ token, offset, line: lineAt(offset) });
      place(childrenOf(token), offset, found ? at + token.raw.length : to);
    }
  };
  place(lexer.lexer(source), 0, source.length);

  // Raw HTML is looked for in the text with code and comments blanked out (same length, line breaks kept), so
  // that `<img>` written as an example in a code span is not taken for an image.
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  let visible = source.replace(/<!--[\s\S]*?-->/g, blank);
  for (const { token, offset } of tokens) {
    if (token.type !== 'code' && token.type !== 'codespan') continue;
    if (source.startsWith(token.raw, offset)) visible = visible.slice(0, offset) + blank(token.raw) + visible.slice(offset + token.raw.length);
  }
  const html = (name: string): HtmlElement[] => {
    const element = name.toLowerCase();
    const pattern = WITH_CONTENT.has(element)
      ? new RegExp(String.raw`<(${element})(\s[^>]*)?>([\s\S]*?)<\/${element}\s*>`, 'gi')
      : new RegExp(String.raw`<(${element})(\s[^>]*)?\/?>`, 'gi');
    return [...visible.matchAll(pattern)]
      .filter((match) => visible[match.index - 1] !== '\\')
      .map((match) => ({
        name: match[1]!.toLowerCase(),
        attributes: attributesOf((match[2] ?? '').replace(/\/$/, '')),
        tag: match[0].slice(0, match[0].indexOf('>') + 1),
        content: match[3] ?? '',
        offset: match.index,
        line: lineAt(match.index),
      }));
  };
  return { source, tokens, lineAt, html };
}

/** The text an inline run reads as: an image reads as its alternative text, HTML tags as nothing but an image's alt. */
export function plainText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'image':
          return (token as Tokens.Image).text;
        case 'html':
          return htmlText(token.raw);
        case 'br':
          return ' ';
        default:
          if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0) return plainText(token.tokens);
          return 'text' in token && typeof token.text === 'string' ? token.text : '';
      }
    })
    .join('');
}

/** The text a piece of raw HTML reads as: its tags removed, an image's alt kept. */
export function htmlText(html: string): string {
  return html.replace(/<img(\s[^>]*)?>/gi, (tag) => attributesOf(tag.slice(4, -1)).get('alt') ?? '').replace(/<[^>]*>/g, '');
}

/** The tokens of one type, typed. */
export function tokensOf<K extends Token['type']>(markdown: Markdown, type: K): Placed<Extract<Token, { type: K }>>[] {
  return markdown.tokens.filter((placed): placed is Placed<Extract<Token, { type: K }>> => placed.token.type === type);
}
