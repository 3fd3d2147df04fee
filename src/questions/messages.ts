/**
 * What to do about each problem with a question or suggestion, in the person's language, GOV.UK style, as
 * src/requests/rules/messages.ts does for a request: each language a chunk of its own, loaded before checking.
 */
import type { RequestLocale } from '../requests/rules/messages.ts';
import type { zhHansQuestionErrors } from './messages-zh-Hans.ts';

export type QuestionMessageKey = keyof typeof zhHansQuestionErrors;

const loaders: Record<RequestLocale, () => Promise<Record<QuestionMessageKey, string>>> = {
  'zh-Hans': () => import('./messages-zh-Hans.ts').then((module) => module.zhHansQuestionErrors),
  // Generated from the simplified Chinese (build/i18n/traditional-plugin.ts; on the server, server/traditional-hooks.js).
  'zh-Hant': () => import('./messages-zh-Hans.ts?zh-Hant').then((module) => module.zhHansQuestionErrors as Record<QuestionMessageKey, string>),
  en: () => import('./messages-en.ts').then((module) => module.enQuestionErrors),
};

const loaded: Partial<Record<RequestLocale, Record<QuestionMessageKey, string>>> = {};

/** Loads a language's messages (once). Await it before checking a question in that language. */
export async function loadQuestionMessages(locale: RequestLocale): Promise<void> {
  loaded[locale] ??= await loaders[locale]();
}

/** Throws Error when the language's messages are not loaded: an error without words would help no one. */
export function questionMessage(key: QuestionMessageKey, locale: RequestLocale): string {
  const messages = loaded[locale];
  if (!messages) throw new Error(`Question messages for ${locale} are not loaded: await loadQuestionMessages() first`);
  return messages[key];
}
