/**
 * Links whose text says nothing on its own: WCAG 2.2 success criterion 2.4.4 Link Purpose (In Context) (level A),
 * failure F84 (a non-specific link such as "click here"), and 2.4.9 Link Purpose (Link Only) (level AAA), which a
 * screen reader's list of links needs: read out of its sentence, "点击这里" or "详见附件" tells nobody where it goes.
 *
 * A link's text is refused when, trimmed, without the punctuation and arrows around it and in lower case, it is one
 * of VAGUE_LINK_TEXTS, is empty, or is a bare web address (`https://…`, `www.…`, a domain such as `cdpf.org.cn`, or
 * a path like `/request/`: an address read aloud letter by letter). An e-mail address is accepted: it is what the link does.
 */
import { checksText as t } from './text.ts';
import { type Markdown, htmlText, plainText, tokensOf } from './markdown.ts';
import { excerpt, type Problem } from './problem.ts';

/** Whole link texts that say nothing on their own: the list, and the forms of it staff type most. */
export const VAGUE_LINK_TEXTS: ReadonlySet<string> = new Set([
  '点击这里', '点击此处', '点这里', '点此', '点击', '这里', '此处', '详见附件', '见附件', '附件', '更多', '查看更多', '了解更多', '详情', '查看详情', '链接', '下载',
  'here', 'click here', 'click', 'read more', 'more', 'link', 'this link', 'details', 'download',
]);

/** Punctuation, arrows and spaces that stand around a link's words ("更多>>", "点击这里。", "» more"). */
const AROUND = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
/** An address with a scheme or `www.`, a site's domain (`cdpf.org.cn/…`), or a path on this site (`/request/`). */
const WEB_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$|^(?:[a-z0-9-]+\.)+(?:cn|com|net|org|gov|edu|info|io)(?:[/:?#]\S*)?$|^\/\S*$/i;

/** Why a link's text says nothing on its own, or undefined when it does. */
export function vagueness(text: string, href: string): 'empty' | 'vague' | 'address' | undefined {
  const words = text.trim().replace(/\s+/g, ' ');
  if (words === '') return 'empty';
  if (WEB_ADDRESS.test(words) || words === href.trim()) return 'address';
  if (VAGUE_LINK_TEXTS.has(words.replace(AROUND, '').toLowerCase())) return 'vague';
  return undefined;
}

/** Every link of `markdown` (Markdown, autolinked address, or raw `<a href>`) whose text says nothing on its own. */
export function checkLinks(markdown: Markdown, field: string): Problem[] {
  const problems: Problem[] = [];
  const add = (text: string, href: string, raw: string, line: number, onlyImages: boolean) => {
    const why = vagueness(text, href);
    // A linked image with no alternative is one fault, reported by ./images.ts: it is fixed by writing the alternative.
    if (!why || (why === 'empty' && onlyImages)) return;
    problems.push({ code: 'vague-link', field, line, excerpt: excerpt(raw), message: t.link[why](excerpt(why === 'empty' ? raw : text), href) });
  };
  for (const { token, line } of tokensOf(markdown, 'link')) {
    const onlyImages = token.tokens.length > 0 && token.tokens.every((child) => child.type === 'image');
    add(plainText(token.tokens), token.href, token.raw, line, onlyImages);
  }
  for (const link of markdown.html('a')) {
    const href = link.attributes.get('href');
    if (href === undefined) continue; // an anchor without href is no link
    add(htmlText(link.content), href, link.tag + link.content + '</a>', link.line, /^\s*(<img\b[^>]*>\s*)+$/i.test(link.content));
  }
  return problems;
}
