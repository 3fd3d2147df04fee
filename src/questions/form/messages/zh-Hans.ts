/**
 * The `/ask/` form's text (网上信箱: 咨询 questions and 意见建议 suggestions, issue 17), in simplified Chinese; the
 * traditional Chinese is this file converted at build time (build/i18n/traditional-plugin.ts), never written by hand.
 */
export const zhHansAsk = {
  title: '咨询和建议',
  intro: '对办事指南、公开的政府信息或本网站的无障碍有疑问或建议，可以在这里留言。',
  notRequest: '这不是政府信息公开申请。想获取政府信息，请',
  requestLink: '申请公开政府信息',
  notRequestEnd: '。',
  /** The questions others asked, answered and published (`/ask/answers/`). */
  answersLink: '看看已经公开的咨询答复',
  /** The page the person came from, named by the site's own title for it: "关于：《残疾人免费乘车》". */
  about: (title: string) => `关于：《${title}》`,
  topic: {
    legend: '您的留言是关于什么的？',
    guide: '办事指南',
    disclosure: '公开的政府信息',
    accessibility: '本网站的无障碍，比如看不清、读不出、无法操作',
    other: '其他',
  },
  kind: { legend: '您是要提问还是提建议？', question: '提问（咨询）', suggestion: '提建议（意见建议）' },
  text: { label: '您的问题或建议', hint: '请不要写身份证号码等不必要的个人信息。' },
  answerBy: { legend: '您希望怎样收到答复？', email: '电子邮件', phone: '在这部手机上查看' },
  email: { label: '电子邮件地址', hint: '我们会把答复发到这个地址。' },
  name: { label: '您的姓名' },
  contact: {
    label: '联系方式',
    hint: '电子邮件地址或电话号码，需要时我们用它和您联系。',
    /** Without JavaScript the one field serves both: its hint says when it is needed. */
    either: '电子邮件地址或电话号码',
    eitherHint: '选择用电子邮件收到答复时必填，填电子邮件地址；否则可以不填。',
  },
  charactersLeft: (n: number) => `还可以输入 ${n} 个字`,
  charactersOver: (n: number) => `超出了 ${n} 个字`,
  charactersLimit: (n: number) => `最多可以输入 ${n} 个字`,
  send: '发送',
  sending: '正在保存',
  noStorage: '这部手机无法保存您的留言。请再按一次“发送”，直接发送到服务器。',
  sent: {
    title: '您的留言已收到',
    queuedTitle: '您的留言已保存',
    queued: '已保存，联网后自动发送。',
    reference: '留言编号',
    due: '答复期限',
    keepReference: '请记下留言编号，查询时需要用到。',
    /** For "read it on this phone" with the app: the answer shows in "我的申请". */
    phoneLink: '在“我的申请”里查看答复',
    /** Without JavaScript: the status page's address, to bookmark. */
    phoneBookmark: '请收藏下面的链接，答复后可以在那里查看：',
    phoneStatusLink: '查看答复',
    email: '答复会发到您填写的电子邮件地址。',
    another: '再写一条留言',
  },
  status: {
    title: (reference: string) => `留言 ${reference}`,
    received: '已收到，正在处理',
    answered: '已答复',
    converted: '已按政府信息公开申请受理',
    state: '处理情况',
    receivedAt: '收到日期',
    answer: '答复',
    answeredAt: '答复日期',
    request: '申请编号',
    requestDue: '申请的答复期限',
  },
  conflict: '这条留言的内容与之前发送的不一样，请检查后再按一次“发送”。',
  tooMany: (seconds: number) => `发送太频繁，请 ${Math.ceil(seconds / 60)} 分钟后再试。`,
  unreadableTitle: '无法读取您发送的内容',
  unreadable: '没有保存任何内容。请回到留言页重新填写。',
  tooLargeTitle: '发送的内容太多',
  tooLarge: '没有保存任何内容。请缩短后重新发送。',
};

export type AskMessages = typeof zhHansAsk;
