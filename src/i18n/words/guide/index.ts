import { pageWords } from '../../page-words.ts';
import type { GuideWords } from './zh-Hans.ts';

export type { GuideWords };

/** A service guide's section headings (src/pages/Guide.tsx), loaded with its route and by the server before it renders one staff published. */
export const guideWords = pageWords<GuideWords>('guide', {
  'zh-Hans': () => import('./zh-Hans.ts').then((module) => module.zhHansGuideWords),
  'zh-Hant': () => import('./zh-Hans.ts?zh-Hant').then((module) => module.zhHansGuideWords as GuideWords),
  en: () => import('./en.ts').then((module) => module.enGuideWords),
});
