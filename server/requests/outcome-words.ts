/**
 * How a request ended, in plain words for the person who asked, in simplified Chinese and English (traditional
 * Chinese is converted from the simplified text, never written by hand). The codes are outcomes.ts's; the
 * official row names there are for staff and the annual report. Server side: the status API sends these words,
 * so phones download only the words of their own request.
 */
import type { Outcome } from '../../src/requests/rules/outcomes.ts';

const zhHans: Record<Outcome, string> = {
  disclosed: '我们公开了您申请的信息。',
  'partly-disclosed': '我们公开了您申请的一部分信息，另一部分不能公开。',
  'withheld/state-secret': '不能公开：这些信息属于国家秘密。',
  'withheld/prohibited-by-law': '不能公开：法律或者行政法规禁止公开这些信息。',
  'withheld/three-safeties': '不能公开：公开这些信息可能危及国家安全、公共安全、经济安全或者社会稳定。',
  'withheld/third-party': '不能公开：公开这些信息会损害其他人或者单位的合法权益。',
  'withheld/internal-affairs': '不能公开：这些是机关内部的人事、后勤、管理等事务信息。',
  'withheld/process-information': '不能公开：这些是讨论、研究或者审查过程中的信息，还没有定下来。',
  'withheld/enforcement-file': '不能公开：这些信息属于行政执法的案卷。',
  'withheld/query-matter': '不能按信息公开办理：这类事项要通过专门的查询办法办理。',
  'unavailable/not-held': '无法提供：市残联没有这些信息。',
  'unavailable/needs-creating': '无法提供：没有现成的这些信息，需要另外制作。',
  'unavailable/still-unclear': '无法提供：补充后的申请仍然没有说清想要哪些信息。',
  'not-processed/petition': '不按信息公开办理：这是信访、举报或者投诉，请通过相应渠道反映。',
  'not-processed/duplicate': '不再办理：同样的申请已经答复过。',
  'not-processed/publication': '不按信息公开办理：您要的是公开出版物，可以通过购买、借阅等方式获取。',
  'not-processed/excessive': '不予处理：没有正当理由，大量、反复地申请。',
  'not-processed/confirmation': '不予处理：要求确认或者重新出具已经获取的信息。',
  'other/not-completed': '申请已结束：没有在期限内补充申请内容。',
  'other/fee-unpaid': '申请已结束：没有在期限内缴纳费用。',
  'other/other': '申请已办结，详见答复内容。',
};

const en: Record<Outcome, string> = {
  disclosed: 'We have given you the information you asked for.',
  'partly-disclosed': 'We have given you part of the information you asked for; the rest cannot be disclosed.',
  'withheld/state-secret': 'It cannot be disclosed: the information is a state secret.',
  'withheld/prohibited-by-law': 'It cannot be disclosed: a law or an administrative regulation forbids it.',
  'withheld/three-safeties': 'It cannot be disclosed: doing so could endanger national, public or economic security or social stability.',
  'withheld/third-party': 'It cannot be disclosed: doing so would harm the lawful rights of another person or organisation.',
  'withheld/internal-affairs': "It cannot be disclosed: it is about the office's own internal affairs, such as staffing or management.",
  'withheld/process-information': 'It cannot be disclosed: it comes from discussions or reviews that are not yet decided.',
  'withheld/enforcement-file': 'It cannot be disclosed: it is part of an administrative enforcement case file.',
  'withheld/query-matter': 'It is not handled as a disclosure request: this kind of matter has its own way of asking.',
  'unavailable/not-held': 'We cannot provide it: the federation does not hold this information.',
  'unavailable/needs-creating': 'We cannot provide it: the information does not exist and would have to be created.',
  'unavailable/still-unclear': 'We cannot provide it: after completion, the request still does not say clearly what information you want.',
  'not-processed/petition': 'It is not handled as a disclosure request: it is a petition, report or complaint, which has its own channels.',
  'not-processed/duplicate': 'It is not handled again: the same request has already been answered.',
  'not-processed/publication': 'It is not handled as a disclosure request: you asked for a publication, which you can buy or borrow.',
  'not-processed/excessive': 'It is not handled: many repeated requests were made without good reason.',
  'not-processed/confirmation': 'It is not handled: it asks to confirm or reissue information you already have.',
  'other/not-completed': 'The request is closed: it was not completed in time.',
  'other/fee-unpaid': 'The request is closed: the fee was not paid in time.',
  'other/other': 'The request is closed: see the reply for details.',
};

export const outcomeWords = { 'zh-Hans': zhHans, en } as const;

