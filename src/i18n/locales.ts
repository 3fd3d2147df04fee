/**
 * The site's languages and where they live: simplified Chinese at the root, the others mirrored under a prefix
 * (`/guides/bus-pass/` → `/zh-Hant/guides/bus-pass/`, `/en/guides/bus-pass/`). Imports nothing: the app, the
 * service worker, the build and the server all read it.
 */
export const locales = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-Hans';

const prefixes: Record<Locale, string> = { 'zh-Hans': '', 'zh-Hant': '/zh-Hant', en: '/en' };

export function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}

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
