import { useLocale } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { RequestMessages } from './zh-Hans.ts';

export type { RequestMessages };

/**
 * The request form's and "my requests"' text, in a chunk of its own per language, so pages without a form
 * never download it. A route that needs it loads it with its page (src/app/App.tsx `withRequestMessages`);
 * the server and the outbox's delivery load it before they use it.
 */
const loaders: Record<Locale, () => Promise<RequestMessages>> = {
  'zh-Hans': () => import('./zh-Hans.ts').then((module) => module.zhHansRequests),
  'zh-Hant': () => import('./zh-Hans.ts?zh-Hant').then((module) => module.zhHansRequests as RequestMessages),
  en: () => import('./en.ts').then((module) => module.enRequests),
};

const loaded: Partial<Record<Locale, RequestMessages>> = {};

export async function loadRequestMessages(locale: Locale): Promise<RequestMessages> {
  return (loaded[locale] ??= await loaders[locale]());
}

/** Only in a component whose route loaded them: everything else on the page has its text already. */
export function useRequestMessages(): RequestMessages {
  const locale = useLocale();
  const messages = loaded[locale];
  if (!messages) throw new Error(`The request messages for ${locale} were not loaded before rendering`);
  return messages;
}
