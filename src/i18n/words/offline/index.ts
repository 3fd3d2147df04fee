import { pageWords } from '../../page-words.ts';
import type { OfflineWords } from './zh-Hans.ts';

export type { OfflineWords };

/** What the app says without a connection: the status bar (src/offline/OfflineStatus.tsx, loaded when the connection drops) and the offline page (src/pages/Offline.tsx). */
export const offlineWords = pageWords<OfflineWords>('offline', {
  'zh-Hans': () => import('./zh-Hans.ts').then((module) => module.zhHansOfflineWords),
  'zh-Hant': () => import('./zh-Hans.ts?zh-Hant').then((module) => module.zhHansOfflineWords as OfflineWords),
  en: () => import('./en.ts').then((module) => module.enOfflineWords),
});
