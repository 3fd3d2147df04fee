import type { Locale } from '../../src/i18n/locales.ts';

/**
 * Build time: the language a chunk belongs to, when all its modules are one language's own: traditional Chinese
 * text (`?zh-Hant`), English text (src/i18n/en.ts, src/requests/messages/en.ts, src/requests/rules/messages-en.ts) or content (`virtual:content/en/…`). Undefined for shared code.
 */
export function chunkLocale(moduleIds: readonly string[]): Exclude<Locale, 'zh-Hans'> | undefined {
  const localeOf = (id: string) =>
    id.includes('?zh-Hant') || id.includes('virtual:content/zh-Hant/') ? 'zh-Hant'
      : /[\\/](?:(?:i18n|requests[\\/]messages)[\\/]en|requests[\\/]rules[\\/]messages-en)\.ts$/.test(id) || id.includes('virtual:content/en/') ? 'en'
      : undefined;
  const found = new Set(moduleIds.map(localeOf));
  const [only] = found;
  return found.size === 1 ? only : undefined;
}
