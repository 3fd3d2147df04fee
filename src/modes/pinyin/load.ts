import { load } from 'virtual:pinyin';
import { pinyinKey, type GUIDE_LINES } from './key.ts';
import { copyCharactersOnly } from './copy.ts';

/**
 * A content item's title and body as HTML with `<ruby>` pinyin (build/pinyin/ruby.ts); for a guide, also the lines
 * of its lists, in order.
 */
export interface PinyinItem {
  title: string;
  html: string;
  lines?: Partial<Record<(typeof GUIDE_LINES)[number], string[]>>;
}

let copyHandled = false;

/** Loaded only in pinyin mode: the item's pinyin in the page's language, or undefined where there is none (English). */
export async function loadPinyin(source = '', lang = document.documentElement.lang): Promise<PinyinItem | undefined> {
  if (!copyHandled) {
    document.addEventListener('copy', copyCharactersOnly);
    copyHandled = true;
  }
  const loader = load[pinyinKey(lang, source)];
  return loader && (await loader()).default;
}
