export const zhHansHomeWords = {
  intro: '办理残疾人证、乘车证等事项的指南，市残联公开的政府信息，以及在线申请公开政府信息。',
  tasks: '常用服务',
  allGuides: '全部办事指南',
  requestTitle: '申请公开政府信息',
  requestText: '想了解没有公开的信息，可以提出申请。',
  requestsTitle: '我的申请',
  requestsText: '查看在这部手机上提交的申请和办理进度。',
  latest: '最新公开信息',
  allDisclosure: '全部公开信息',
};

export type HomeWords = typeof zhHansHomeWords;
