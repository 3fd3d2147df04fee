/**
 * A catalogue item's or guide's fields as staff send them (issue 14): the front matter of src/content/schema.ts
 * (valibot, the same schemas the build checks the shipped files with), the Markdown body, an optional English
 * version. A draft may be incomplete: each field sent is checked alone, empty ones are simply not filled yet. A
 * publish needs the whole schema: `publishable` refuses, field by field, what is empty or wrong.
 */
import * as v from 'valibot';
import { answerHref, disclosureHref, guideHref } from '../../src/addresses/addresses.ts';
import { disclosureCategories } from '../../src/content/categories.ts';
import { answerSchema, disclosureSchema, guideSchema } from '../../src/content/schema.ts';
import { questionTopics } from '../../src/questions/contract.ts';
import type { FieldError } from '../../src/requests/contract.ts';
import { documentKinds } from '../../src/reports/figures.ts';
import { contentText as t } from './text.ts';

/** `answers`: published answers to the online mailbox's questions (issue 17 point 3), through the same steps. */
export const collections = ['disclosure', 'guides', 'answers'] as const;
export type Collection = (typeof collections)[number];
export const isCollection = (value: unknown): value is Collection => (collections as readonly unknown[]).includes(value);

export const schemas = { disclosure: disclosureSchema, guides: guideSchema, answers: answerSchema } as const;

/** Each collection's public page address (src/addresses/addresses.ts): `/disclosure/<slug>/`, `/guides/…`, `/ask/answers/…`. */
export const itemHrefs = { disclosure: disclosureHref, guides: guideHref, answers: answerHref } as const;

/** The address's last part, as the build names the shipped files (build/content/load.ts). */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_SLUG = 100;
/** Characters: the longest shipped item is under 5,000; a notice pasted whole from a word processor fits. */
export const MAX_BODY = 100_000;

export type Fields = Record<string, unknown>;
/** The English version: the same fields as the Chinese, and its own body. */
export interface English {
  fields: Fields;
  body: string;
}
/** What a draft or a version holds. */
export interface ContentText {
  fields: Fields;
  body: string;
  english: English | null;
}

const label = (field: string) => {
  const [, prefix, name] = /^(english\.)?(.*)$/.exec(field)!;
  return `${prefix ? `${t.labels.english}的` : ''}${t.labels[name!] ?? name}`;
};
const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A valibot issue on `field` in the console's words. */
function message(field: string, issue: v.BaseIssue<unknown>): string {
  const name = label(field);
  const nested = (issue.path?.length ?? 0) > 1;
  if (issue.received === 'undefined' || (issue.type === 'min_length' && !nested)) return t.errors.required(name);
  switch (issue.type) {
    case 'picklist':
      return t.errors.oneOf(name, field.endsWith('category') ? disclosureCategories : field.endsWith('topic') ? questionTopics : documentKinds);
    case 'iso_date':
      return t.errors.date(name);
    case 'regex':
    case 'union':
      return t.errors.yearOrDate(name);
    case 'integer':
    case 'number':
      return t.errors.integer(name);
    case 'array':
      return t.errors.list(name);
    case 'string':
    case 'min_length':
      return nested ? t.errors.list(name) : t.errors.text(name);
    default:
      return t.errors.invalid(name);
  }
}

function firstPerField(prefix: string, issues: readonly v.BaseIssue<unknown>[], errors: FieldError[]): void {
  for (const issue of issues) {
    const field = `${prefix}${String(issue.path?.[0]?.key ?? '')}`;
    if (!errors.some((error) => error.field === field)) errors.push({ field, message: message(field, issue) });
  }
}

function body(errors: FieldError[], field: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') errors.push({ field, message: t.errors.text(label(field)) });
  else if ([...value].length > MAX_BODY) errors.push({ field, message: t.errors.tooLong(label(field), MAX_BODY) });
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '';
}

/** Each non-empty field alone against its schema entry; unknown names refused. The filled fields. */
function draftFields(collection: Collection, input: Fields, prefix: string, errors: FieldError[]): Fields {
  const entries = schemas[collection].entries as Record<string, v.GenericSchema>;
  const fields: Fields = {};
  for (const [name, value] of Object.entries(input)) {
    const field = `${prefix}${name}`;
    const entry = entries[name];
    if (!entry) {
      errors.push({ field, message: t.errors.unknownField });
      continue;
    }
    if (isEmpty(value)) continue;
    const result = v.safeParse(entry, value);
    if (result.success) fields[name] = value;
    else errors.push({ field, message: message(field, { ...result.issues[0], path: [{ key: name } as never, ...(result.issues[0].path ?? [])] }) });
  }
  return fields;
}

/**
 * Reads a draft from the API's body `{collection, slug, …fields, body, english?: {…fields, body}}`: the collection
 * and slug, and the draft (only the filled fields kept, line ends as \n), or per-field errors (422) — the field's own
 * name, `english.<field>` for the English version's. Empty fields are not errors here: a draft may be unfinished.
 */
export function readDraft(input: Fields): { collection: Collection; slug: string; draft: ContentText } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const { collection, slug, body: text, english, ...rest } = input;
  if (!isCollection(collection)) errors.push({ field: 'collection', message: t.errors.collection });
  if (typeof slug !== 'string' || !SLUG.test(slug) || slug.length > MAX_SLUG) errors.push({ field: 'slug', message: t.errors.slug });
  const draft: ContentText = { fields: {}, body: body(errors, 'body', text), english: null };
  if (isCollection(collection)) {
    draft.fields = draftFields(collection, rest, '', errors);
    if (english !== undefined && english !== null) {
      if (typeof english !== 'object' || Array.isArray(english)) errors.push({ field: 'english', message: t.errors.english });
      else {
        const { body: englishBody, ...englishFields } = english as Fields;
        draft.english = { fields: draftFields(collection, englishFields, 'english.', errors), body: body(errors, 'english.body', englishBody) };
      }
    }
  }
  return errors.length > 0 ? { errors } : { collection: collection as Collection, slug: slug as string, draft };
}

/**
 * Whether the draft can be published: every field the schema requires filled and right, the body not empty, and the
 * English version, when there is one, complete too. The fields as the schema gives them (trimmed, defaults filled),
 * or per-field errors (422).
 */
export function publishable(collection: Collection, draft: ContentText): { text: ContentText } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const check = (fields: Fields, text: string, prefix: string) => {
    const result = v.safeParse(schemas[collection], fields);
    if (!result.success) firstPerField(prefix, result.issues, errors);
    if (text.trim() === '') errors.push({ field: `${prefix}body`, message: t.errors.required(label(`${prefix}body`)) });
    return result.success ? (result.output as Fields) : fields;
  };
  const fields = check(draft.fields, draft.body, '');
  const english = draft.english && { fields: check(draft.english.fields, draft.english.body, 'english.'), body: draft.english.body };
  return errors.length > 0 ? { errors } : { text: { fields, body: draft.body, english } };
}
