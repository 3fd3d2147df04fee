import type { Locale } from '../../i18n/locales.ts';
import type { PrefsMessages } from './zh-Hans.ts';

export type { PrefsMessages };

/** The controls' text in the page's language, fetched with the controls themselves. */
export async function loadPrefsMessages(locale: Locale): Promise<PrefsMessages> {
  if (locale === 'en') return (await import('./en.ts')).prefsMessages;
  if (locale === 'zh-Hant') return ((await import('./zh-Hans.ts?zh-Hant')) as typeof import('./zh-Hans.ts')).prefsMessages;
  return (await import('./zh-Hans.ts')).prefsMessages;
}
