import { useLocale } from './index.ts';
import type { Locale } from './locales.ts';

/** One part's text in each language: `load` before rendering, `use` while rendering. */
export interface PageWords<W> {
  /** Fetches the language's chunk once; later calls resolve at once. Rejects when the chunk cannot be fetched. */
  load(locale: Locale): Promise<W>;
  /** The page's language's words. Throws when they were not loaded first: a route (or the server) must load them. */
  use(): W;
}

/**
 * Text that only some pages show (the annual report's tables, the home page's tasks, the offline page), kept out of
 * the interface text every page downloads (src/i18n/zh-Hans.ts): one chunk per language, which the route loads with
 * the page's code and the server before it renders. `name` says whose words were missing in the error. A page module
 * names the words it shows in its `words` export (`loadPageWords`), so their loaders travel in the page's chunk, not
 * in the app's entry.
 */
export function pageWords<W>(name: string, loaders: Record<Locale, () => Promise<W>>): PageWords<W> {
  const loaded: Partial<Record<Locale, W>> = {};
  return {
    load: async (locale) => (loaded[locale] ??= await loaders[locale]()),
    use() {
      const locale = useLocale();
      const words = loaded[locale];
      if (!words) throw new Error(`The ${name} text for ${locale} was not loaded before rendering`);
      return words;
    },
  };
}

/** A page's module, which may name the words it and its parts show. */
export interface WithWords { words?: readonly PageWords<unknown>[] }

/**
 * Loads the words `module` names, in `locale`, and resolves to the module: route loaders (src/app/contentRoute.tsx)
 * call it once the page's code has come, alongside the item or list the page shows. Rejects as `load` does.
 */
export async function loadPageWords<M extends WithWords>(module: M, locale: Locale): Promise<M> {
  await Promise.all((module.words ?? []).map((words) => words.load(locale)));
  return module;
}
