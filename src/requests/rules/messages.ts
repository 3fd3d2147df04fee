/**
 * What to do about each problem with a disclosure request, in the person's language. GOV.UK style: say what
 * to do, not what went wrong in the abstract. Shared by the form (client) and the API (server).
 *
 * Each language's messages are a chunk of their own, loaded (`loadRuleMessages`) before a request is checked: a
 * form page downloads its own language's, not all three.
 */
import type { zhHansErrors } from './messages-zh-Hans.ts';

export type RequestLocale = 'zh-Hans' | 'zh-Hant' | 'en';

export type MessageKey = keyof typeof zhHansErrors;

const loaders: Record<RequestLocale, () => Promise<Record<MessageKey, string>>> = {
  'zh-Hans': () => import('./messages-zh-Hans.ts').then((module) => module.zhHansErrors),
  // Generated from the simplified Chinese (build/i18n/traditional-plugin.ts; on the server, server/traditional-hooks.js).
  'zh-Hant': () => import('./messages-zh-Hans.ts?zh-Hant').then((module) => module.zhHansErrors as Record<MessageKey, string>),
  en: () => import('./messages-en.ts').then((module) => module.enErrors),
};

/** The messages of each language loaded so far (all three once `loadRuleMessages` has run for each). */
export const requestMessages = {} as Readonly<Record<RequestLocale, Record<MessageKey, string>>>;

/** Loads a language's messages (once). Await it before checking a request in that language. */
export async function loadRuleMessages(locale: RequestLocale): Promise<void> {
  (requestMessages as Record<RequestLocale, Record<MessageKey, string>>)[locale] ??= await loaders[locale]();
}

/** Throws Error when the language's messages are not loaded: an error without words would help no one. */
export function requestMessage(key: MessageKey, locale: RequestLocale): string {
  const messages = requestMessages[locale];
  if (!messages) throw new Error(`Request messages for ${locale} are not loaded: await loadRuleMessages() first`);
  return messages[key];
}
