import type { CreditWords } from '../../src/components/Credits/Credits.tsx';
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

const zhHansCredits: CreditWords = {
  source: '来源',
  steps: { written: '撰稿', proofread: '校对', 'first-review': '一审', 'second-review': '二审', 'third-review': '三审' },
};

/**
 * The credits line's words on a published page, in each language (src/components/Credits/): 来源 and the default
 * review steps' names, as the source document's pages print them; a step an office configured itself keeps its own
 * label. Kept here, not in the messages every page loads, as only the server's pages have credits.
 */
export const creditWords: Record<Locale, CreditWords> = {
  'zh-Hans': zhHansCredits,
  'zh-Hant': {
    source: toTraditional(zhHansCredits.source),
    steps: Object.fromEntries(Object.entries(zhHansCredits.steps).map(([step, label]) => [step, toTraditional(label)])),
  },
  en: {
    source: 'Source',
    steps: { written: 'Written by', proofread: 'Proofread by', 'first-review': 'First review', 'second-review': 'Second review', 'third-review': 'Third review' },
  },
};
