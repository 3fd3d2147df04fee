/**
 * The words of a question or suggestion to the online mailbox (网上信箱, issue 17) on "我的申请": its mark in the list
 * (RequestList.tsx) and its page (QuestionDetail.tsx). Only in those chunks, never on the request form.
 */
export const zhHansQuestionWords = {
  /** The mark beside it: 咨询 a question, 建议 a suggestion (src/question-contract/contract.ts `questionKinds`). */
  kind: { question: '咨询', suggestion: '建议' },
  /** The list's link and the page's title: "咨询：乘车证丢了，补办要带什么？". */
  title: (kind: string, summary: string) => `${kind}：${summary}`,
  /** As the form that sent it calls it (src/questions/form/messages/), not a request's 受理编号. */
  reference: '留言编号',
  received: '收到日期',
  due: '答复期限',
  /** Where the mailbox is with it, as its status API says (`QuestionStatus.status`). */
  status: {
    received: '已收到，正在答复',
    answered: '已答复',
    converted: '已转为政府信息公开申请',
  },
  answer: '答复',
  answeredOn: '答复日期',
  /** A question staff turned into a disclosure request: the clock of the request started the day it was made. */
  convertedText: (on: string) => `您的来信已作为政府信息公开申请办理，答复期限从 ${on} 起计算。`,
  requestReference: '申请的受理编号',
  requestDue: '申请的答复期限',
  changed: (status: string) => `有更新：${status}`,
};

export type QuestionWords = typeof zhHansQuestionWords;
