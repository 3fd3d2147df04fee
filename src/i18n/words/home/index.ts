import { pageWords } from '../../page-words.ts';
import type { HomeWords } from './zh-Hans.ts';

export type { HomeWords };

/** The home page’s tasks and latest items (src/pages/Home.tsx), loaded with its route and by the server before it renders the home page with what staff published. */
export const homeWords = pageWords<HomeWords>('home', {
  'zh-Hans': () => import('./zh-Hans.ts').then((module) => module.zhHansHomeWords),
  'zh-Hant': () => import('./zh-Hans.ts?zh-Hant').then((module) => module.zhHansHomeWords as HomeWords),
  en: () => import('./en.ts').then((module) => module.enHomeWords),
});
