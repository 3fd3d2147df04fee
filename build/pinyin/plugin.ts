import type { Plugin } from 'vite';
import type { ContentSource } from '../content/source.ts';
import { toTraditional } from '../i18n/traditional.ts';
import { toRuby, type RubyOptions } from './ruby.ts';
import { GUIDE_LINES, pinyinKey, PINYIN_LOCALES } from '../../src/modes/pinyin/key.ts';
import type { PinyinItem } from '../../src/modes/pinyin/load.ts';

/**
 * Pinyin for every content item, made at build time, in chunks of their own that only pinyin mode downloads:
 *
 *   virtual:pinyin                              → { load }: key → () => import(the item's pinyin)
 *   virtual:pinyin/<locale>/<section>/<slug>    → { title, html } with <ruby> over the Chinese characters
 *
 * Traditional Chinese is made from the simplified source: readings from the source, characters converted.
 * Chunks are named `pinyin-…`, so the service worker does not precache them (build/pwa/precache.ts).
 */
const PREFIX = 'virtual:pinyin';
const RESOLVED = '\0pinyin-';
const sections = ['guides', 'disclosure', 'pages', 'reports'] as const;

const conversions: Record<(typeof PINYIN_LOCALES)[number], RubyOptions> = {
  'zh-Hans': {},
  'zh-Hant': { convert: toTraditional },
};

/** @param options.content the build's parsed content (build/content/source.ts); pinyin reads the simplified source. */
export function pinyinPlugin(options: { content: ContentSource }): Plugin {
  return {
    name: 'accessible-disclosure:pinyin',
    resolveId(id) {
      if (id === PREFIX) return `${RESOLVED}index`;
      // The resolved id names the chunk: `pinyin-zh-Hans-guides-bus-pass-<hash>.js`.
      if (id.startsWith(`${PREFIX}/`)) return `${RESOLVED}${id.slice(PREFIX.length + 1).replaceAll('/', '-')}`;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return;
      const name = id.slice(RESOLVED.length);
      const content = options.content.get().source;
      if (name === 'index') {
        const loaders = PINYIN_LOCALES.flatMap((locale) => sections.flatMap((section) => content[section].map((item) => {
          const key = pinyinKey(locale, `${section}/${item.slug}`);
          return `  ${JSON.stringify(key)}: () => import(${JSON.stringify(`${PREFIX}/${key}`)}),`;
        })));
        return `export const load = {\n${loaders.join('\n')}\n};\n`;
      }
      for (const locale of PINYIN_LOCALES) {
        for (const section of sections) {
          const item = content[section].find((entry) => name === pinyinKey(locale, `${section}/${entry.slug}`).replaceAll('/', '-'));
          if (!item) continue;
          const ruby = (text: string) => toRuby(text, conversions[locale]);
          const pinyin: PinyinItem = { title: ruby(item.title), html: ruby(item.html) };
          // A guide's lists are front matter, not Markdown: they get their pinyin line by line.
          if (section === 'guides' && 'steps' in item) {
            pinyin.lines = Object.fromEntries(GUIDE_LINES.map((field) => [field, [item[field]].flat().map(ruby)]));
          }
          return `export default ${JSON.stringify(pinyin)};`;
        }
      }
      this.error(`No content item for pinyin module "${name}"`);
    },
  };
}
