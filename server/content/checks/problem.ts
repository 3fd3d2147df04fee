/**
 * What the authoring checks take and give (issue 14, point 6). Kept apart from ./index.ts so that each check can
 * name these types without importing the module that imports it.
 */

import type { Collection } from '../fields.ts';

export type { Collection };

export interface CheckInput {
  collection: Collection;
  /** The front-matter fields as typed by staff (strings and arrays of strings), see src/content/schema.ts. */
  fields: Record<string, unknown>;
  /** The body: Markdown as the content files use it (marked, GFM). */
  body: string;
  /** The English version if staff wrote one: the same field names, body Markdown. */
  english?: { fields: Record<string, unknown>; body: string };
  attachments: { name: string; type: string; bytes: Uint8Array }[];
}

export interface Problem {
  /**
   * What is wrong: `image-alt`, `heading-skip`, `vague-link`, `table-headers`, `pdf-no-text`, `pdf-unreadable`,
   * `required` (errors); `long-sentence`, `long-paragraph`, `mixed-script`, `no-english` (warnings).
   */
  code: string;
  /** The form field to link to: `body`, `title`, `steps`, `attachments`, `english.body`, `english.title`, … */
  field: string;
  /**
   * Where in that field, 1-based: the line of a text field (the body's Markdown line), or the item's place in a
   * list field (`steps`, `attachments`: one item a line in the console's form).
   */
  line?: number;
  /** The offending text, short (at most EXCERPT_LENGTH characters), for staff to find it. */
  excerpt?: string;
  /** Simplified Chinese, the staff console's language: what is wrong and what to change. */
  message: string;
}

export interface CheckResult {
  /** Publishing is refused while there is one. */
  errors: Problem[];
  /** Shown to staff, who may publish all the same. */
  warnings: Problem[];
}

/** Longest excerpt, in characters: enough to find the place, short enough to read in an error summary. */
export const EXCERPT_LENGTH = 40;

/** `text` cut to EXCERPT_LENGTH characters (whole code points), with an ellipsis when cut, on one line. */
export function excerpt(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH - 1).join('')}…` : chars.join('');
}
