import { toTraditional } from '../../src/i18n/traditional.ts';
import type { RequestLocale } from '../../src/requests/schema.ts';
import { outcomeWords } from '../../src/requests/outcome-words.ts';
import { isOutcome } from '../../src/requests/outcomes.ts';

/** How a request ended, in plain words in the language the request was made in. */
export function outcomeText(outcome: string, locale: RequestLocale): string | undefined {
  if (!isOutcome(outcome)) return undefined;
  if (locale === 'en') return outcomeWords.en[outcome];
  const simplified = outcomeWords['zh-Hans'][outcome];
  return locale === 'zh-Hant' ? toTraditional(simplified) : simplified;
}
