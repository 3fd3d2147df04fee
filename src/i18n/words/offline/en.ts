import type { OfflineWords } from './zh-Hans.ts';

export const enOfflineWords: OfflineWords = {
  title: 'No internet connection',
  intro: 'This phone is not online, and this page has not been saved on it yet.',
  available: 'These pages are saved on this phone. You can read them without a connection:',
  later: 'Open this page again when you are online.',
};
