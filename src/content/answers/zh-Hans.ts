/**
 * The words of the published answers' list and pages (咨询答复, issue 17 point 3): in the list's chunk and on the
 * server, not in the messages every page loads.
 */
export const zhHansAnswerWords = {
  title: '咨询答复',
  /** The mailbox's form, the list's breadcrumb (its title on the form's page). */
  askTitle: '咨询和建议',
  intro: '网上信箱收到的问题和我们的答复，提问人的个人信息已经删除。最新的在前。',
  none: '还没有公开的答复。',
  question: '问题',
  answer: '答复',
  answered: '答复日期',
  topic: '关于',
  topics: { guide: '办事指南', disclosure: '公开的信息', accessibility: '网站无障碍', other: '其他' },
};

export type AnswerWords = typeof zhHansAnswerWords;
