/** The pinyin of every content item, one chunk each (build/pinyin/plugin.ts). */
declare module 'virtual:pinyin' {
  import type { PinyinItem } from './load.ts';
  export const load: Record<string, () => Promise<{ default: PinyinItem }>>;
}
