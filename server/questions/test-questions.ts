/** A question as the /ask/ form sends it: about a guide, read on the phone. */
export const testQuestion = {
  topic: 'guide',
  kind: 'question',
  page: '/guides/bus-pass/',
  text: '残疾人乘公交车免费吗？需要带什么证件？',
  answerBy: 'phone',
  locale: 'zh-Hans',
};
