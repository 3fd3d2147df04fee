import { pageWords } from '../../page-words.ts';
import type { ReportWords } from './zh-Hans.ts';

export type { ReportWords };

/** The annual report page’s headings, table captions and units (src/pages/Report.tsx), loaded with its route. */
export const reportWords = pageWords<ReportWords>('report', {
  'zh-Hans': () => import('./zh-Hans.ts').then((module) => module.zhHansReportWords),
  'zh-Hant': () => import('./zh-Hans.ts?zh-Hant').then((module) => module.zhHansReportWords as ReportWords),
  en: () => import('./en.ts').then((module) => module.enReportWords),
});
