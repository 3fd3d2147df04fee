import type { Locale } from '../../src/i18n/locales.ts';

/**
 * Build time: the language a chunk belongs to, when all its modules are one language's own: traditional Chinese
 * text (`?zh-Hant`), English text (src/i18n/en.ts, src/requests/messages/en.ts, src/requests/rules/messages-en.ts) or content (`virtual:content/en/…`),
 * simplified Chinese text (`…/zh-Hans.ts`, `…/messages-zh-Hans.ts`, unconverted) or content (`virtual:content/guides/…`).
 * Undefined for shared code. A phone precaches its own language's chunks only (issue 16, point 1): an English
 * arrival no longer downloads the simplified-Chinese guides' and messages' code.
 */
export function chunkLocale(moduleIds: readonly string[]): Locale | undefined {
  const localeOf = (id: string) =>
    id.includes('?zh-Hant') || id.includes('virtual:content/zh-Hant/') ? 'zh-Hant'
      : /[\\/](?:(?:i18n|requests[\\/]messages)[\\/]en|requests[\\/]rules[\\/]messages-en)\.ts$/.test(id) || id.includes('virtual:content/en/') ? 'en'
      : /[\\/](?:messages-)?zh-Hans\.ts$/.test(id) || /^\0?virtual:content\/(?!en\/|zh-Hant\/)[^?]+$/.test(id) ? 'zh-Hans'
      : undefined;
  const found = new Set(moduleIds.map(localeOf));
  const [only] = found;
  return found.size === 1 ? only : undefined;
}
