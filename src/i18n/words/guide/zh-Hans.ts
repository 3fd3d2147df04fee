export const zhHansGuideWords = {
  eligibility: '谁可以申请',
  bring: '需要带什么',
  steps: '办理步骤',
  where: '办理地点',
  hours: '办理时间',
  timeLimit: '办理时限',
  fee: '费用',
  legalBasis: '办理依据',
  notes: '其他说明',
  help: '获取帮助',
  helpText: '有疑问可以查看联系方式，当面或书面咨询。',
  helpRequest: '想了解更多信息，可以申请公开政府信息',
};

export type GuideWords = typeof zhHansGuideWords;
