import type { Example } from '../test-examples.ts';
import { Credits } from './Credits.tsx';

/** The words the server gives a simplified-Chinese page and an English one (server/content/public-text.ts). */
const chinese = { source: '来源', steps: { written: '撰稿', proofread: '校对', 'first-review': '一审', 'second-review': '二审', 'third-review': '三审' } };
const english = {
  source: 'Source',
  steps: { written: 'Written by', proofread: 'Proofread by', 'first-review': 'First review', 'second-review': 'Second review', 'third-review': 'Third review' },
};

const credits = [
  { step: 'written', label: '撰稿', name: '王撰稿' },
  { step: 'proofread', label: '校对', name: '李校对' },
  { step: 'first-review', label: '一审', name: '张一审' },
  { step: 'second-review', label: '二审', name: '刘二审' },
  { step: 'third-review', label: '三审', name: '陈三审' },
];

/** A notice through the default review steps, as the source's pages end: 来源, 撰稿, 校对, 一审, 二审, 三审. */
export const reviewed: Example = { element: <Credits source="牡丹江市残疾人联合会" words={chinese} credits={credits} /> };

/** The same on the English page of a notice not yet translated: the names and source stay Chinese, marked so. */
export const englishPage: Example = { element: <Credits source="牡丹江市残疾人联合会" words={english} credits={credits} textLang="zh-Hans" />, url: '/en/disclosure/x/' };

/** A step an office configured itself (site.contentReview): its own label, in every language. */
export const ownStep: Example = { element: <Credits source="牡丹江市残疾人联合会" words={english} credits={[{ step: 'legal-check', label: '法制审核', name: '赵法审' }]} />, url: '/en/' };
