import type { RequestLocale } from '../../src/requests/rules/schema.ts';
import { outcomeWords } from './outcome-words.ts';
import { isOutcome } from '../../src/requests/rules/outcomes.ts';

/** The converter's dictionaries take a moment to load: only when a traditional-Chinese request is first answered. */
let traditional: Promise<(text: string) => string> | undefined;
const toTraditional = () => (traditional ??= import('../../build/i18n/traditional.ts').then((module) => module.toTraditional));

/** How a request ended, in plain words in the language the request was made in. */
export async function outcomeText(outcome: string, locale: RequestLocale): Promise<string | undefined> {
  if (!isOutcome(outcome)) return undefined;
  if (locale === 'en') return outcomeWords.en[outcome];
  const simplified = outcomeWords['zh-Hans'][outcome];
  return locale === 'zh-Hant' ? (await toTraditional())(simplified) : simplified;
}
