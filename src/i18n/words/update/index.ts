import { pageWords } from '../../page-words.ts';
import type { UpdateWords } from './zh-Hans.ts';

export type { UpdateWords };

/** The new-version banner's words (src/offline/UpdateBanner.tsx), loaded with it when a new version waits. */
export const updateWords = pageWords<UpdateWords>('update', {
  'zh-Hans': () => import('./zh-Hans.ts').then((module) => module.zhHansUpdateWords),
  'zh-Hant': () => import('./zh-Hans.ts?zh-Hant').then((module) => module.zhHansUpdateWords as UpdateWords),
  en: () => import('./en.ts').then((module) => module.enUpdateWords),
});
