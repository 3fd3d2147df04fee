import type { Locale } from '../../i18n/locales.ts';
import { enAnswerWords } from './en.ts';
import { type AnswerWords, zhHansAnswerWords } from './zh-Hans.ts';
import * as zhHant from './zh-Hans.ts?zh-Hant';

/** Every language's words for the published answers, in the one small chunk of their list (and the server's pages). */
export const answerWords: Record<Locale, AnswerWords> = {
  'zh-Hans': zhHansAnswerWords,
  'zh-Hant': zhHant.zhHansAnswerWords as AnswerWords,
  en: enAnswerWords,
};
