import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Locale, localePath } from '../../src/i18n/locales.ts';
import { toTraditional } from '../i18n/traditional.ts';
import { type Content, ContentError, parseContentFile } from './load.ts';
import { sections, type Section } from '../../src/content/schema.ts';

/**
 * Build time only: the content in each of the site's languages. Simplified Chinese is the source. Traditional
 * Chinese is generated from it. English comes from src/content/en/<section>/<slug>.md, written with the same
 * front matter as the Chinese file of the same name; a page not yet translated keeps its Chinese text, and its
 * `lang` says so, so the page can say it is untranslated and mark the text for screen readers.
 */

export type Translations = { [S in keyof Content]: Content[S] };

/** The English files that exist; a slug without a Chinese file of the same name is a mistake, and fails the build. */
export function loadTranslations(dir: string, source: Content, root = dir): Translations {
  const translations: Translations = { guides: [], disclosure: [], pages: [], reports: [] };
  for (const section of Object.keys(sections) as Section[]) {
    const folder = join(dir, section);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.md')).sort()) {
      const path = join(folder, file);
      const item = parseContentFile(section, path, readFileSync(path, 'utf8'), root);
      if (!source[section].some((original) => original.slug === item.slug)) {
        throw new ContentError(`${relative(root, path)}: there is no Chinese file ${section}/${item.slug}.md to translate`);
      }
      (translations[section] as (typeof item)[]).push(item);
    }
  }
  return translations;
}

/** Links inside the text lead to pages in the same language. */
export function localiseLinks(html: string, locale: Locale): string {
  return html.replace(/href="(\/(?!\/)[^"]*)"/g, (_, path: string) => `href="${localePath(path, locale)}"`);
}

/** Every string of a content item in traditional Chinese: text, HTML and lists alike (slugs and dates are ASCII). */
function traditional<T>(item: T): T {
  return JSON.parse(toTraditional(JSON.stringify(item))) as T;
}

/**
 * One item in `locale`: converted to traditional Chinese for zh-Hant, `translation` (its English, when written) for
 * English, else the Chinese as it is; `lang` says which, and links inside lead to pages in `locale`. The build's
 * lists and the server's pages of published items (server/content/public-pages.tsx) both localise through here.
 */
export function localiseItem<T extends { html: string; order?: number }>(item: T, locale: Locale, translation: T | undefined): T & { lang: Locale } {
  const english = locale === 'en' ? translation : undefined;
  const text = locale === 'zh-Hant' ? traditional(item) : (english ?? item);
  const lang: Locale = locale === 'zh-Hant' ? 'zh-Hant' : english ? 'en' : 'zh-Hans';
  // A translation keeps the Chinese file's place in lists: the order is the guide list's, not the translator's.
  return { ...text, ...('order' in item ? { order: item.order } : {}), lang, html: localiseLinks(text.html, locale) };
}

function localiseSection<T extends { slug: string; html: string; order?: number }>(
  items: T[],
  locale: Locale,
  translated: T[],
): (T & { lang: Locale })[] {
  return items.map((item) => localiseItem(item, locale, translated.find((candidate) => candidate.slug === item.slug)));
}

export function localiseContent(content: Content, locale: Locale, translations: Translations): Content {
  return {
    guides: localiseSection(content.guides, locale, translations.guides),
    disclosure: localiseSection(content.disclosure, locale, translations.disclosure),
    pages: localiseSection(content.pages, locale, translations.pages),
    reports: localiseSection(content.reports, locale, translations.reports),
  };
}
