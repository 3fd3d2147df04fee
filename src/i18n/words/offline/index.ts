import { pageWords } from '../../page-words.ts';
import type { OfflineWords } from './zh-Hans.ts';

export type { OfflineWords };

/**
 * The offline page's words (src/pages/Offline.tsx), which the worker shows for a page never kept. The status bar every
 * page shows without a signal has its words with the interface's (`offline`), as another language's words are kept
 * only when read, and these would never have been read online.
 */
export const offlineWords = pageWords<OfflineWords>('offline', {
  'zh-Hans': () => import('./zh-Hans.ts').then((module) => module.zhHansOfflineWords),
  'zh-Hant': () => import('./zh-Hans.ts?zh-Hant').then((module) => module.zhHansOfflineWords as OfflineWords),
  en: () => import('./en.ts').then((module) => module.enOfflineWords),
});
