export const zhHansReportWords = {
  published: '发布日期',
  figures: '数据表',
  proactive: '主动公开政府信息情况',
  onRequest: '依申请公开政府信息情况',
  reviewsAndLawsuits: '行政复议和行政诉讼情况',
  fees: '收费情况',
  item: '项目',
  value: '数量',
  normativeDocuments: '制发规范性文件',
  itemsPublished: '主动公开政府信息',
  documentsPublished: '公开本机关文件',
  applicationsReceived: '收到公开申请',
  replyWorkingDays: '不能当场答复的，答复期限',
  reviews: '行政复议',
  lawsuits: '行政诉讼',
  feesCharged: '收取费用',
  units: { piece: '件', item: '条', case: '件', yuan: '元', workingDays: '个工作日' },
};

export type ReportWords = typeof zhHansReportWords;
