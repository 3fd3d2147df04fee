import { pageWords } from '../../page-words.ts';
import type { SaveAllWords } from './zh-Hans.ts';

export type { SaveAllWords };

/** The "save every page" section (src/offline/SaveForOffline.tsx), on the home page and the accessibility statement, loaded with their routes. */
export const saveAllWords = pageWords<SaveAllWords>('save-all', {
  'zh-Hans': () => import('./zh-Hans.ts').then((module) => module.zhHansSaveAllWords),
  'zh-Hant': () => import('./zh-Hans.ts?zh-Hant').then((module) => module.zhHansSaveAllWords as SaveAllWords),
  en: () => import('./en.ts').then((module) => module.enSaveAllWords),
});
