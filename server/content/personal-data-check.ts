/**
 * The check a published answer must pass before it goes public (issue 17 point 3): no name, phone number, ID number,
 * e-mail address, nor the name and contact the person gave with the question, in any field of either language the
 * staff wrote (the traditional Chinese is made from the simplified, so it holds the same). What the check cannot
 * recognise, a street address or a name the person did not give, is the reviewers' to see (the review steps).
 */
import type { FieldError } from '../../src/requests/contract.ts';
import type { Queryable } from '../db/database.ts';
import { findPersonalData, type GivenDetails } from '../questions/personal-data.ts';
import type { ContentText } from './fields.ts';
import { contentText as t } from './text.ts';

/** The name and contact the person gave with the question the answer `itemId` was drafted from; none when it was written directly. */
export async function givenDetails(db: Queryable, itemId: number): Promise<GivenDetails> {
  const [row] = await db.query<{ name: string | null; contact: string | null }>(
    'SELECT q.name, q.contact FROM content_items i JOIN questions q ON q.id = i.question_id WHERE i.id = $1',
    [itemId],
  );
  return { ...(row?.name && { name: row.name }), ...(row?.contact && { contact: row.contact }) };
}

/**
 * The fields people's words can be in: the topic is one of four words and the date is checked as a date (and a date
 * has the shape of a phone number to libphonenumber-js).
 */
const WRITTEN_FIELDS = ['title', 'question'];

/** Each written field of `text` by its field name as the API names it (`question`, `english.body`…). */
function textFields(text: ContentText): [field: string, value: string][] {
  const of = (fields: Record<string, unknown>, body: string, prefix: string): [string, string][] => [
    ...WRITTEN_FIELDS.flatMap((name): [string, string][] => (typeof fields[name] === 'string' ? [[`${prefix}${name}`, fields[name]]] : [])),
    [`${prefix}body`, body],
  ];
  return [...of(text.fields, text.body, ''), ...(text.english ? of(text.english.fields, text.english.body, 'english.') : [])];
}

/**
 * One error per field of `text` in which `findPersonalData` finds personal data, in the console's words, naming
 * what kinds were found (never the data itself, which the error would then repeat in logs and pages). Empty when
 * the text is clean.
 */
export function personalDataErrors(text: ContentText, given: GivenDetails): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, value] of textFields(text)) {
    const found = findPersonalData(value, given);
    if (found.length === 0) continue;
    const kinds = [...new Set(found.map((item) => item.kind))].map((kind) => t.personalData.kinds[kind]);
    const name = field.replace(/^english\./, '');
    // An answer's body is the answer.
    const label = name === 'body' ? t.labels.answer! : (t.labels[name] ?? name);
    errors.push({ field, message: t.personalData.found(label, field.startsWith('english.'), kinds) });
  }
  return errors;
}
