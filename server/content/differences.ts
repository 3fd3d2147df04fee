/**
 * What changed between two versions of an item, field by field, as staff read it in the version history (issue 14
 * point 1): a field's value before and after; the body (and the English body) as lines added and removed, with the
 * unchanged runs between them counted, not repeated. Lines are compared by the `diff` package (Myers' algorithm).
 */
import { diffLines } from 'diff';
import type { ContentText, Fields } from './fields.ts';

export type LineChange = { added: string } | { removed: string } | { unchanged: number };

export type FieldDifference =
  | { field: string; before: unknown; after: unknown }
  | { field: string; lines: LineChange[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The body's lines added and removed, in order; runs of unchanged lines as their count. */
export function lineDifference(before: string, after: string): LineChange[] {
  const changes: LineChange[] = [];
  for (const part of diffLines(before, after)) {
    const lines = part.value.replace(/\n$/, '').split('\n');
    if (part.added) changes.push(...lines.map((line) => ({ added: line })));
    else if (part.removed) changes.push(...lines.map((line) => ({ removed: line })));
    else changes.push({ unchanged: lines.length });
  }
  return changes;
}

function fieldDifferences(before: Fields, after: Fields, prefix: string): FieldDifference[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names.filter((name) => !same(before[name], after[name])).map((name) => ({ field: `${prefix}${name}`, before: before[name] ?? null, after: after[name] ?? null }));
}

/**
 * The fields that differ from `before` to `after`, front matter first (in the order they appear), then `body`, then
 * the English version's (`english.<field>`, `english.body`). Empty when nothing changed.
 */
export function differences(before: ContentText, after: ContentText): FieldDifference[] {
  const result = fieldDifferences(before.fields, after.fields, '');
  if (before.body !== after.body) result.push({ field: 'body', lines: lineDifference(before.body, after.body) });
  result.push(...fieldDifferences(before.english?.fields ?? {}, after.english?.fields ?? {}, 'english.'));
  const [englishBefore, englishAfter] = [before.english?.body ?? '', after.english?.body ?? ''];
  if (englishBefore !== englishAfter) result.push({ field: 'english.body', lines: lineDifference(englishBefore, englishAfter) });
  return result;
}
