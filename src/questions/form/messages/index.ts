import { pageWords } from '../../../i18n/page-words.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { AskMessages } from './zh-Hans.ts';

export type { AskMessages };

/**
 * The `/ask/` form's text, a chunk of its own per language (as src/requests/messages/index.ts), so no other page
 * downloads it: the route loads it with its page (src/app/App.tsx), the server before it renders the form.
 */
const loaders: Record<Locale, () => Promise<AskMessages>> = {
  'zh-Hans': () => import('./zh-Hans.ts').then((module) => module.zhHansAsk),
  'zh-Hant': () => import('./zh-Hans.ts?zh-Hant').then((module) => module.zhHansAsk as AskMessages),
  en: () => import('./en.ts').then((module) => module.enAsk),
};

const words = pageWords<AskMessages>('ask form', loaders);

export const loadAskMessages = words.load;
/** Only in a component whose route (or server page) loaded them. */
export const useAskMessages = words.use;
