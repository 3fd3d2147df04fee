/**
 * Required fields left empty, by the content files' own schemas (src/content/schema.ts: `guideSchema`,
 * `disclosureSchema`), so that the console asks for what the build would refuse. Only emptiness is this check's:
 * a value typed in the wrong form (a date written another way, `order` as text) is the draft's 422 when it is saved.
 */
import * as v from 'valibot';
import { answerSchema, disclosureSchema, guideSchema } from '../../../src/content/schema.ts';
import { checksText as t } from './text.ts';
import type { Collection, Problem } from './problem.ts';

const schemas = { guides: guideSchema, disclosure: disclosureSchema, answers: answerSchema } as const;

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/**
 * Every required field of `fields` that is missing or empty, and every empty item of a list field, as
 * `required` problems named `${prefix}${field}` (`line`: the item's place in a list). `only`, when given, limits
 * the problems to those fields (an English version is checked with the Chinese fields it does not repeat).
 */
export function checkRequired(collection: Collection, fields: Record<string, unknown>, prefix = '', only?: ReadonlySet<string>): Problem[] {
  const schema = schemas[collection];
  const entries = schema.entries as Record<string, v.GenericSchema>;
  // An optional field left empty in the form was not given: its empty text is no date to check.
  const given = Object.fromEntries(Object.entries(fields).filter(([key, value]) => !(entries[key]?.type === 'optional' && isEmpty(value))));
  const result = v.safeParse(schema, given);
  if (result.success) return [];
  const problems = new Map<string, Problem>();
  for (const issue of result.issues) {
    if (issue.expected === 'never') continue; // a field the schema does not know is the draft's to refuse
    const [field, item, part] = issue.path ?? [];
    const key = String(field?.key ?? issue.expected ?? '');
    if (!(key in entries) || (only && !only.has(key)) || !isEmpty(issue.input)) continue;
    const index = item?.type === 'array' ? Number(item.key) : undefined;
    const name = `${prefix}${key}`;
    const problem: Problem = {
      code: 'required',
      field: name,
      ...(index === undefined ? {} : { line: index + 1 }),
      message: t.required(key, index, part?.key === undefined ? undefined : String(part.key)),
    };
    problems.set(`${name}#${index}`, problem);
  }
  return [...problems.values()];
}
