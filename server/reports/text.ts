import { site } from '../../src/config/site.ts';

/** The annual report's own words (simplified Chinese; the State Council's layout is published in it). */
export const reportText = {
  title: (year: number) => `${year}年${site.name}政府信息公开工作年度报告`,
  description: (year: number) => `${site.name}${year}年政府信息公开工作的数字和情况。`,
  issuer: '发布机关',
  published: '发布日期',
  downloads: '下载数据',
  csv: (year: number) => `${year}年报告数据（CSV，可用 Excel 打开）`,
  json: (year: number) => `${year}年报告数据（JSON）`,
  sections: {
    overview: '一、总体情况',
    problems: '五、存在的主要问题及改进情况',
    otherMatters: '六、其他需要报告的事项',
  },
  empty: '（未填写）',
  catalogue: '年度报告',
};
