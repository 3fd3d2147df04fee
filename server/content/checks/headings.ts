/**
 * Heading levels that skip: WCAG 2.2 success criterion 1.3.1 Info and Relationships (level A), technique H42 and
 * G141 (headings mark the structure; screen-reader users move through a page by its heading levels). The page's
 * one h1 is the item's title (src/components/Page/Page.tsx), so the body's headings start at h2 (`##`), and each
 * heading goes at most one level deeper than the one before it (back up to any level is fine).
 */
import { checksText as t } from './text.ts';
import { type Markdown, htmlText, plainText, tokensOf } from './markdown.ts';
import { excerpt, type Problem } from './problem.ts';

interface Heading {
  level: number;
  text: string;
  line: number;
  offset: number;
}

/** The body's headings in reading order: Markdown (`##`, or underlined) and raw `<h2>`…`<h6>` alike. */
function headings(markdown: Markdown): Heading[] {
  const found: Heading[] = tokensOf(markdown, 'heading').map(({ token, line, offset }) => ({ level: token.depth, text: plainText(token.tokens), line, offset }));
  for (let level = 1; level <= 6; level++) {
    for (const element of markdown.html(`h${level}`)) {
      const end = markdown.source.indexOf('<', element.offset + element.tag.length);
      found.push({ level, text: htmlText(markdown.source.slice(element.offset + element.tag.length, end < 0 ? undefined : end)), line: element.line, offset: element.offset });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** Every heading of `markdown` at a level the one before it does not lead to. */
export function checkHeadings(markdown: Markdown, field: string): Problem[] {
  const problems: Problem[] = [];
  let previous = 1; // the title
  for (const heading of headings(markdown)) {
    const shown = excerpt(`${'#'.repeat(heading.level)} ${heading.text}`);
    const message =
      heading.level === 1 ? t.heading.first(shown)
      : heading.level > previous + 1 ? t.heading.skip(shown, heading.level, previous)
      : undefined;
    if (message) problems.push({ code: 'heading-skip', field, line: heading.line, excerpt: shown, message });
    previous = heading.level;
  }
  return problems;
}
