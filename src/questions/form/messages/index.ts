import { useLocale } from '../../../i18n/index.ts';
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

const loaded: Partial<Record<Locale, AskMessages>> = {};

export async function loadAskMessages(locale: Locale): Promise<AskMessages> {
  return (loaded[locale] ??= await loaders[locale]());
}

/** Only in a component whose route (or server page) loaded them. */
export function useAskMessages(): AskMessages {
  const locale = useLocale();
  const messages = loaded[locale];
  if (!messages) throw new Error(`The ask form's messages for ${locale} were not loaded before rendering`);
  return messages;
}
