/**
 * The authoring checks (issue 14, point 6): what refuses a publish, and what only warns, for one catalogue item or
 * guide as staff wrote it. One module per check, each giving the rule's source; this one runs them all.
 *
 * Errors (publishing refused): an image without a text alternative (./images.ts), heading levels that skip
 * (./headings.ts), a link whose text says nothing on its own (./links.ts, WCAG 2.4.4), a table without header cells
 * (./tables.ts), a PDF attachment without a text layer or that will not open (./pdf.ts), a required field left
 * empty (./required.ts). The English version's body and fields are checked the same way.
 * Warnings (publishing allowed): very long sentences and paragraphs (./readability.ts), simplified and traditional
 * characters mixed (./script.ts), no English version (./english.ts).
 */
import { checkEnglish, isWritten } from './english.ts';
import { checkHeadings } from './headings.ts';
import { checkImages } from './images.ts';
import { checkLinks } from './links.ts';
import { type Markdown, readMarkdown } from './markdown.ts';
import { checkPdfs } from './pdf.ts';
import type { CheckInput, CheckResult, Problem } from './problem.ts';
import { checkBodyReadability, checkFieldReadability } from './readability.ts';
import { checkRequired } from './required.ts';
import { type ChineseText, checkMixedScript } from './script.ts';
import { checkTables } from './tables.ts';

export type { CheckInput, CheckResult, Problem } from './problem.ts';

/** A body's errors, in reading order. */
function bodyErrors(markdown: Markdown, field: string): Problem[] {
  return [checkHeadings, checkImages, checkLinks, checkTables]
    .flatMap((check) => check(markdown, field))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Every string of the fields (a list's items, an attachment's title), as Chinese text to check for its script. */
function chineseTexts(fields: Record<string, unknown>, body: Markdown): ChineseText[] {
  const texts = Object.entries(fields).flatMap<ChineseText>(([field, value]) => {
    if (typeof value === 'string') return [{ field, text: value, line: 1, countLines: true }];
    if (!Array.isArray(value)) return [];
    return value.flatMap((item, index) => {
      const strings = typeof item === 'string' ? [item] : item && typeof item === 'object' ? Object.values(item).filter((part) => typeof part === 'string') : [];
      return strings.map((text) => ({ field, text, line: index + 1, countLines: false }));
    });
  });
  return [...texts, { field: 'body', text: body.source, line: 1, countLines: true }];
}

/**
 * Checks one item. `errors` refuse the publish (the API answers 422 with them); `warnings` are shown, and staff may
 * publish. Problems come in the form's order: the fields, the body (by line), the attachments, then the English
 * version. Reads every PDF attachment: the first of the process takes two to three seconds (pdf.js loads), a two-page
 * file some 25 ms after that (./pdf.ts). Never throws for bad content.
 */
export async function checkContent(input: CheckInput): Promise<CheckResult> {
  const body = readMarkdown(input.body);
  const errors: Problem[] = [...checkRequired(input.collection, input.fields), ...bodyErrors(body, 'body'), ...(await checkPdfs(input.attachments))];
  const warnings: Problem[] = [
    ...checkFieldReadability(input.fields, '', 'zh'),
    ...checkBodyReadability(body, 'body', 'zh'),
    ...checkMixedScript(chineseTexts(input.fields, body)),
    ...checkEnglish(input.english),
  ];
  const english = input.english;
  if (isWritten(english)) {
    // The English version repeats what differs by language; what it leaves out (the date, the category) is the Chinese
    // item's. A field it gives empty is its own fault, and named as the English field.
    const englishBody = readMarkdown(english.body);
    const merged = { ...input.fields, ...english.fields };
    errors.push(...checkRequired(input.collection, merged, 'english.', new Set(Object.keys(english.fields))), ...bodyErrors(englishBody, 'english.body'));
    warnings.push(...checkFieldReadability(english.fields, 'english.', 'en'), ...checkBodyReadability(englishBody, 'english.body', 'en'));
  }
  return { errors, warnings };
}
