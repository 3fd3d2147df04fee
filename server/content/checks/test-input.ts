/** Inputs for the authoring checks' tests: a guide and a catalogue item that pass every check, to change one thing in. */
import type { CheckInput } from './problem.ts';

export const guideFields = {
  title: '残疾人乘车证',
  summary: '残疾人办理乘车证：谁可以办、带什么、怎么办。',
  order: 2,
  eligibility: ['持有本市残疾人证的残疾人'],
  bring: ['残疾人证', '本人居民身份证'],
  steps: ['带上材料到市残联提出申请。', '按通知领取乘车证。'],
  legalBasis: ['《中华人民共和国残疾人保障法》'],
  keywords: ['乘车证'],
  updated: '2026-11-24',
};

export const disclosureFields = {
  title: '关于举办全国残疾人权益保障法律知识网络竞赛的通知',
  category: 'policy',
  issuer: '牡丹江市残疾人联合会',
  documentNumber: '',
  date: '2017',
  summary: '市残联转发全国残疾人权益保障法律知识网络竞赛的通知。',
  attachments: [],
};

export const englishGuide = {
  fields: { title: 'Bus pass', summary: 'How to get a bus pass.', eligibility: ['Disabled people with a certificate'], bring: ['Your certificate'], steps: ['Apply at the city federation.'], legalBasis: ['Law on the Protection of Persons with Disabilities'] },
  body: 'Ask the city federation how to use the pass.\n',
};

/** A guide with `body` (and any other change), an English version and no attachment. */
export function guide(body: string, change: Partial<CheckInput> = {}): CheckInput {
  return { collection: 'guides', fields: { ...guideFields }, body, english: englishGuide, attachments: [], ...change };
}

/** A catalogue item with `body` (and any other change), an English version and no attachment. */
export function disclosure(body: string, change: Partial<CheckInput> = {}): CheckInput {
  return {
    collection: 'disclosure',
    fields: { ...disclosureFields },
    body,
    english: { fields: { title: 'Online quiz on the rights law', summary: 'The federation passes on a notice of an online quiz.' }, body: 'The notice is in Chinese.\n' },
    attachments: [],
    ...change,
  };
}
