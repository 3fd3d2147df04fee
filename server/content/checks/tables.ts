/**
 * Tables without header cells: WCAG 2.2 success criterion 1.3.1 Info and Relationships (level A), techniques H51
 * and H63. A screen reader names each cell by its column's header; without one, a row of numbers is only numbers.
 * A GFM table always has a header row, so it is refused when that row is empty (`| | |`); a raw `<table>` when it
 * has no `<th>`.
 */
import { checksText as t } from './text.ts';
import { type Markdown, plainText, tokensOf } from './markdown.ts';
import { excerpt, type Problem } from './problem.ts';

/** Every table of `markdown` without a header cell that says something. */
export function checkTables(markdown: Markdown, field: string): Problem[] {
  const problems: Problem[] = [];
  for (const { token, line } of tokensOf(markdown, 'table')) {
    if (token.header.some((cell) => plainText(cell.tokens).trim() !== '')) continue;
    const firstRow = token.rows[0]?.map((cell) => plainText(cell.tokens).trim()).join(' | ') ?? '';
    problems.push({ code: 'table-headers', field, line, excerpt: excerpt(firstRow), message: t.table.markdown(excerpt(firstRow)) });
  }
  for (const table of markdown.html('table')) {
    if (/<th[\s>/]/i.test(table.content)) continue;
    const text = excerpt(table.content.replace(/<[^>]*>/g, ' '));
    problems.push({ code: 'table-headers', field, line: table.line, excerpt: text, message: t.table.html(text) });
  }
  return problems;
}
