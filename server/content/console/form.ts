/**
 * The console's form for a catalogue item or guide (issue 14 point 1) and the API's draft body, each way round: the
 * fields of src/content/schema.ts as the form shows them (list fields one item a line, a link attachment as
 * `标题 | 地址`), and the form's text back as the body `saveDraft` takes (server/content/fields.ts checks it). Each
 * field's id is `field-<name>` (`field-english-title` for the English version's), where an error summary links.
 */
import * as v from 'valibot';
import type { FieldError } from '../../../src/requests/contract.ts';
import type { Collection, ContentText, Fields } from '../fields.ts';
import { consoleText as t } from './text.ts';

export type FormValues = Record<string, string>;

/**
 * How a field is typed: one line, a box of text, one item a line, links one a line, a whole number, a choice, a date.
 * `shared` fields (category, dates, order) are the same in the English version: the form asks them once.
 */
export interface FormField {
  name: string;
  kind: 'text' | 'textarea' | 'list' | 'attachments' | 'integer' | 'category' | 'documentKind' | 'topic' | 'date' | 'yearOrDate';
  optional?: boolean;
  shared?: boolean;
}

export const formFields: Record<Collection, readonly FormField[]> = {
  disclosure: [
    { name: 'title', kind: 'text' },
    { name: 'category', kind: 'category', shared: true },
    { name: 'issuer', kind: 'text' },
    { name: 'documentNumber', kind: 'text', optional: true },
    { name: 'date', kind: 'yearOrDate', shared: true },
    { name: 'summary', kind: 'textarea' },
    { name: 'attachments', kind: 'attachments', optional: true },
    { name: 'documentKind', kind: 'documentKind', optional: true, shared: true },
    { name: 'repealed', kind: 'date', optional: true, shared: true },
  ],
  guides: [
    { name: 'title', kind: 'text' },
    { name: 'summary', kind: 'textarea' },
    { name: 'order', kind: 'integer', shared: true },
    { name: 'eligibility', kind: 'list' },
    { name: 'bring', kind: 'list' },
    { name: 'steps', kind: 'list' },
    { name: 'legalBasis', kind: 'list' },
    { name: 'keywords', kind: 'list', optional: true },
    { name: 'updated', kind: 'date', shared: true },
  ],
  // The answer is the body; the question, as the person asked it with their details removed, a field.
  answers: [
    { name: 'title', kind: 'text' },
    { name: 'question', kind: 'textarea' },
    { name: 'topic', kind: 'topic', shared: true },
    { name: 'answered', kind: 'date', shared: true },
  ],
};

/** The English version's own fields: every field but the shared ones. */
export const englishFields = (collection: Collection) => formFields[collection].filter((field) => !field.shared);

/** The id (and form name) of a field path: `body` → `field-body`, `english.title` → `field-english-title`. */
export const fieldId = (field: string) => `field-${field.replace(/\./g, '-')}`;

/** Every name the form posts, for reading it with `formBody`: each text, optional. */
export function formSchema(collection: Collection) {
  const names = ['slug', ...formFields[collection].map((field) => field.name), 'body', ...englishFields(collection).map((field) => `english.${field.name}`), 'english.body'];
  return v.object(Object.fromEntries(names.map((name) => [fieldId(name), v.optional(v.string())])));
}

const lines = (text: string) => text.split(/\r\n?|\n/).map((line) => line.trim()).filter((line) => line !== '');

/** One field's text as the API's value; a line the form cannot read adds an error on the field. */
function fromText(field: FormField, path: string, text: string, errors: FieldError[]): unknown {
  switch (field.kind) {
    case 'list':
      return lines(text);
    case 'attachments':
      return lines(text).map((line, i) => {
        const bar = line.indexOf('|');
        const [title, href] = bar < 0 ? [line, ''] : [line.slice(0, bar).trim(), line.slice(bar + 1).trim()];
        if ((title === '' || href === '') && !errors.some((error) => error.field === path)) errors.push({ field: path, message: t.edit.attachmentLine(i + 1) });
        return { title, href };
      });
    case 'integer':
      // A whole number is sent as one; anything else as typed, for the schema to say what is wrong.
      return /^-?\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : text.trim();
    default:
      return text;
  }
}

/**
 * The form's values as the API's draft body `{collection, slug, …fields, body, english?}`, and the lines the form
 * itself could not read (a link attachment without its `|`). The English version is sent when any of its own fields
 * or its body is filled; its shared fields are the Chinese ones.
 */
export function draftInput(collection: Collection, slug: string, values: FormValues): { input: Fields; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value = (path: string) => values[fieldId(path)] ?? '';
  const input: Fields = { collection, slug, body: value('body') };
  for (const field of formFields[collection]) input[field.name] = fromText(field, field.name, value(field.name), errors);
  const own = englishFields(collection);
  if ([...own.map((field) => `english.${field.name}`), 'english.body'].some((path) => value(path).trim() !== '')) {
    const english: Fields = { body: value('english.body') };
    for (const field of own) english[field.name] = fromText(field, `english.${field.name}`, value(`english.${field.name}`), errors);
    for (const field of formFields[collection].filter((shared) => shared.shared)) english[field.name] = input[field.name];
    input.english = english;
  }
  return { input, errors };
}

function toText(field: FormField, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field.kind === 'attachments' && Array.isArray(value)) return value.map((link: { title?: string; href?: string }) => `${link.title ?? ''} | ${link.href ?? ''}`).join('\n');
  if (Array.isArray(value)) return value.join('\n');
  return String(value);
}

/** A draft as the form shows it. */
export function formValues(collection: Collection, slug: string, draft: ContentText): FormValues {
  const values: FormValues = { [fieldId('slug')]: slug, [fieldId('body')]: draft.body };
  for (const field of formFields[collection]) values[fieldId(field.name)] = toText(field, draft.fields[field.name]);
  if (draft.english) {
    for (const field of englishFields(collection)) values[fieldId(`english.${field.name}`)] = toText(field, draft.english.fields[field.name]);
    values[fieldId('english.body')] = draft.english.body;
  }
  return values;
}

/**
 * Errors as the form shows them: an English shared field's error is the Chinese field's (the form asks it once), the
 * same field named once; a problem with a line says which line (the body's Markdown line, a list's item).
 */
export function shownErrors(collection: Collection, errors: readonly (FieldError & { line?: number })[]): FieldError[] {
  const shared = new Set(formFields[collection].filter((field) => field.shared).map((field) => field.name));
  const shown: FieldError[] = [];
  for (const error of errors) {
    const [, english, name] = /^(english\.)?(.*)$/.exec(error.field)!;
    const field = english && shared.has(name!) ? name! : error.field;
    const message = error.line !== undefined && !error.message.includes(`第 ${error.line} 行`) ? `${t.item.lineOf(error.line)}：${error.message}` : error.message;
    if (shared.has(name!) && english && shown.some((earlier) => earlier.field === field)) continue;
    shown.push({ field, message });
  }
  return shown;
}
