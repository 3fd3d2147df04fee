/**
 * A missing English version, a warning: the English pages then show the Chinese text marked as untranslated
 * (build/content/localise.ts, src/pages/), which foreign residents and visitors cannot read. An English version
 * with neither a title nor a body counts as missing.
 */
import { checksText as t } from './text.ts';
import type { CheckInput, Problem } from './problem.ts';

/** Whether staff wrote an English version: one with a title or a body. Only a written one is checked further. */
export function isWritten(english: CheckInput['english']): english is NonNullable<CheckInput['english']> {
  const title = english?.fields.title;
  return english !== undefined && (english.body.trim() !== '' || (typeof title === 'string' && title.trim() !== ''));
}

export function checkEnglish(english: CheckInput['english']): Problem[] {
  return isWritten(english) ? [] : [{ code: 'no-english', field: 'english', message: t.noEnglish }];
}
