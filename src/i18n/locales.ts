/**
 * The site's languages and where they live: simplified Chinese at the root, the others mirrored under a prefix
 * (`/guides/bus-pass/` → `/zh-Hant/guides/bus-pass/`, `/en/guides/bus-pass/`). Imports nothing: the app, the
 * service worker, the build and the server all read it.
 */
export const locales = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-Hans';

const prefixes: Record<Locale, string> = { 'zh-Hans': '', 'zh-Hant': '/zh-Hant', en: '/en' };

/** The language of an address, from its first segment. */
export function localeOf(path: string): Locale {
  const first = path.split('/')[1];
  return first === 'zh-Hant' || first === 'en' ? first : defaultLocale;
}

/** The address without its language prefix: `/en/guides/` → `/guides/`. */
export function withoutLocale(path: string): string {
  const prefix = prefixes[localeOf(path)];
  return prefix ? path.slice(prefix.length) || '/' : path;
}

/** The same page in another language: `localePath('/en/guides/', 'zh-Hant')` → `/zh-Hant/guides/`. */
export function localePath(path: string, locale: Locale): string {
  return `${prefixes[locale]}${withoutLocale(path)}`;
}

/** Each language's name in that language: the language switch shows them so, whatever the page's language. */
export const localeNames: Record<Locale, string> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

/**
 * The links the app follows itself, without a page load: those in the page's own language. A link to another
 * language loads that page, so its interface text and content arrive with it (preact-iso's `scope`).
 */
export function localeScope(locale: Locale): RegExp {
  return locale === defaultLocale ? /^\/(?!(?:zh-Hant|en)(?:[/?#]|$))/ : new RegExp(`^${prefixes[locale]}(?:[/?#]|$)`);
}
