import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Locale, localePath } from './locales.ts';
import type { Messages } from './zh-Hans.ts';

export type { Messages };
export type { Locale };

/**
 * The interface text of the page's language. Each language is a chunk of its own, loaded before the app
 * renders (src/main.tsx, and the prerenderer): a page downloads one language, never all three. Traditional
 * Chinese is the simplified text converted at build time (build/i18n/traditional-plugin.ts).
 */
const loaders: Record<Locale, () => Promise<Messages>> = {
  'zh-Hans': () => import('./zh-Hans.ts').then((module) => module.zhHans),
  'zh-Hant': () => import('./zh-Hans.ts?zh-Hant').then((module) => module.zhHans as Messages),
  en: () => import('./en.ts').then((module) => module.en),
};

export function loadMessages(locale: Locale): Promise<Messages> {
  return loaders[locale]();
}

/** Provided once at the top of the app (src/app/App.tsx), and by the server around what it renders. */
export const MessagesContext = createContext<Messages>(undefined as unknown as Messages);

export function useMessages(): Messages {
  return useContext(MessagesContext);
}

/** The page's language: one per page load, since switching language loads the other language's page. */
export function useLocale(): Locale {
  return useMessages().lang;
}

/**
 * Every address the app links or routes to goes through this, so a page in one language only ever links to
 * pages in the same language: `href('/guides/')` is `/en/guides/` on an English page. Give it the
 * simplified-Chinese address; the language switch is the one link that leaves the language.
 */
export function useHref(): (path: string) => string {
  const locale = useLocale();
  return (path) => localePath(path, locale);
}

/**
 * The `lang` to put on text written in another language than the page's (a page not yet translated into
 * English shows its Chinese text), or undefined when the text is in the page's language.
 */
export function useForeignLang(): (lang: string | undefined) => string | undefined {
  const locale = useLocale();
  return (lang) => (lang && lang !== locale ? lang : undefined);
}
