import { pageWords } from '../../i18n/page-words.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { RequestMessages } from './zh-Hans.ts';

export type { RequestMessages };

/**
 * The request form's and "my requests"' text, in a chunk of its own per language, so pages without a form
 * never download it. A route that needs it loads it with its page (the page module's `words`, src/app/App.tsx);
 * the server and the outbox's delivery load it before they use it.
 */
const loaders: Record<Locale, () => Promise<RequestMessages>> = {
  'zh-Hans': () => import('./zh-Hans.ts').then((module) => module.zhHansRequests),
  'zh-Hant': () => import('./zh-Hans.ts?zh-Hant').then((module) => module.zhHansRequests as RequestMessages),
  en: () => import('./en.ts').then((module) => module.enRequests),
};

/** The words the request pages name in their `words` export, so that their route loads them with the page. */
export const requestWords = pageWords<RequestMessages>('request form', loaders);
export const loadRequestMessages = requestWords.load;
/** Only in a component whose route loaded them: everything else on the page has its text already. */
export const useRequestMessages = requestWords.use;
