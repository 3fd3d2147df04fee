import type { Locale } from '../../src/i18n/locales.ts';

/**
 * Build time: the language a chunk belongs to, when all its modules are one language's own: traditional Chinese
 * text (`?zh-Hant`), English text (`…/en.ts`, `…/messages-en.ts`) or content (`virtual:content/en/…`), simplified
 * Chinese text (`…/zh-Hans.ts`, `…/messages-zh-Hans.ts`, unconverted) or content (`virtual:content/guides/…`): a
 * language's text is a module named for the language, wherever it is. Before, only three English files were named,
 * and every other English text (the mailbox's, the display settings', a page's own words) was precached for everyone.
 * Undefined for shared code. A phone precaches its own language's chunks only (issue 16, point 1): an English
 * arrival no longer downloads the simplified-Chinese guides' and messages' code.
 */
export function chunkLocale(moduleIds: readonly string[]): Locale | undefined {
  const localeOf = (id: string) =>
    id.includes('?zh-Hant') || id.includes('virtual:content/zh-Hant/') ? 'zh-Hant'
      : /[\\/](?:messages-)?en\.ts$/.test(id) || id.includes('virtual:content/en/') ? 'en'
      : /[\\/](?:messages-)?zh-Hans\.ts$/.test(id) || /^\0?virtual:content\/(?!en\/|zh-Hant\/)[^?]+$/.test(id) ? 'zh-Hans'
      : undefined;
  const found = new Set(moduleIds.map(localeOf));
  const [only] = found;
  return found.size === 1 ? only : undefined;
}
