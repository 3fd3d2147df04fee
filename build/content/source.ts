import { join, relative } from 'node:path';
import { type Locale, locales } from '../../src/i18n/locales.ts';
import { type Content, loadContent } from './load.ts';
import { loadTranslations, localiseContent } from './localise.ts';

/**
 * The content of one build, parsed once and handed to every plugin that needs it (vite.config.ts): the content
 * modules, the site files, pinyin, and the prerenderer's list of pages. Parsing is the slow part of a build
 * (front matter checked, Markdown rendered, the traditional-Chinese conversion), and one parse means every
 * plugin sees the same files.
 */
export interface LoadedContent {
  /** Simplified Chinese as the files say it, with no `lang` marks: what pinyin reads. */
  source: Content;
  /** The content of each language: simplified Chinese, traditional Chinese made from it, English where written. */
  byLocale: Record<Locale, Content>;
}

export interface ContentSource {
  /** The folder of the content files (`src/content`). */
  readonly dir: string;
  /**
   * The content, parsed on first use and kept until a content file changes.
   * @throws ContentError naming the file and the field when a content file is wrong.
   */
  get(): LoadedContent;
  /** Whether `file` (an absolute path) is a content file: a change to one means the next `get()` reads them again. */
  forget(file: string): boolean;
}

/** The content in every language: simplified Chinese from the files, the others derived from it. */
export function loadAllContent(dir: string, root = dir): LoadedContent {
  const source = loadContent(dir, root);
  const translations = loadTranslations(join(dir, 'en'), source, root);
  const byLocale = Object.fromEntries(locales.map((locale) => [locale, localiseContent(source, locale, translations)])) as Record<Locale, Content>;
  return { source, byLocale };
}

/**
 * The content files under `dir`, read when first asked for. Error messages name files from `root` (the
 * project folder: `src/content/guides/bus-pass.md`).
 */
export function contentSource(dir: string, root = join(dir, '..', '..')): ContentSource {
  let loaded: LoadedContent | undefined;
  return {
    dir,
    get: () => (loaded ??= loadAllContent(dir, root)),
    forget(file) {
      const inside = !relative(dir, file).startsWith('..');
      if (inside) loaded = undefined;
      return inside;
    },
  };
}
