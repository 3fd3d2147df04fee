import type { Locale } from '../../src/i18n/locales.ts';
import { toTraditional } from '../../build/i18n/traditional.ts';

/**
 * The words of the page a withdrawn item's address answers with (410), in each of the site's languages: traditional
 * Chinese made from the simplified as every traditional page is (build/i18n/traditional.ts).
 */
interface WithdrawnText {
  title: string;
  /** `date`: the China date it was withdrawn, YYYY-MM-DD. */
  body: (date: string) => string;
  description: string;
}

const zhHans: WithdrawnText = {
  title: '这条信息已撤回',
  body: (date) => `这一页的信息已于${date}撤回，不再公开。`,
  description: '这一页的信息已撤回，不再公开。',
};

const en: WithdrawnText = {
  title: 'This information has been withdrawn',
  body: (date) => `The information on this page was withdrawn on ${date} and is no longer published.`,
  description: 'The information on this page has been withdrawn and is no longer published.',
};

const zhHant: WithdrawnText = {
  title: toTraditional(zhHans.title),
  body: (date) => toTraditional(zhHans.body(date)),
  description: toTraditional(zhHans.description),
};

export const withdrawnText: Record<Locale, WithdrawnText> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
