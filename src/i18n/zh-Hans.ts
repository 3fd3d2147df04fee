/**
 * Interface text in simplified Chinese. Content text lives in src/content/. The traditional Chinese text is
 * this file converted at build time (`./zh-Hans.ts?zh-Hant`, build/i18n/traditional-plugin.ts), with the
 * site's names from src/config/site.ts converted too.
 */
import { site } from '../config/site.ts';
import type { Locale } from './locales.ts';

export const zhHans = {
  lang: 'zh-Hans' as Locale,
  /** The federation's and the app's names as this language writes them; `lang` says which language that is. */
  site: { name: site.name, shortName: site.shortName, appName: site.appName, lang: 'zh-Hans' as Locale },
  /** Names the language switch; each language's own name is in src/i18n/locales.ts. */
  languages: '语言',
  /** On a page whose text is not yet translated into the page's language (shown only in English). */
  untranslated: '本页还没有翻译成这种语言，下面是中文原文。',
  skipLink: '跳到正文',
  home: '首页',
  nav: {
    label: '主导航',
    guides: '办事指南',
    disclosure: '信息公开',
    request: '申请公开',
    requests: '我的申请',
  },
  breadcrumbs: '您当前的位置',
  /** The header button, and the heading of the same controls on /accessibility/. */
  displaySettings: '显示设置',
  /** The same controls' section on /accessibility/, which reads without JavaScript. */
  displaySettingsSection: {
    open: '更改显示设置',
    system: '也可以在手机的系统设置里调大字体，或打开深色模式：本网站会跟着变。',
  },
  footer: {
    help: '需要帮助？',
    helpText: '可以来办公地点当面咨询，也可以在线提交申请，不必打电话。',
    contacts: '联系我们',
    accessibility: '无障碍声明',
    privacy: '隐私说明',
  },
  contacts: {
    address: '地址',
    postcode: '邮政编码',
    hours: '办公时间',
    phone: '电话',
    sms: '短信',
    email: '电子邮箱',
  },
  qr: {
    caption: '扫一扫在手机打开当前页',
    alt: (url: string) => `本页二维码，地址：${url}`,
  },
  opened: (title: string) => `已打开：${title}`,
  /** Before the title of a form page with errors, so it is the first thing a screen reader says. */
  errorPrefix: '错误：',
  /** After the label of a field that may be left empty (GOV.UK marks the optional fields, not the required ones). */
  optional: '（选填）',
  /** The error summary's heading, on the request form and the staff pages alike. */
  errorSummary: '出现了问题',
  /** Between a label and its value: full width in Chinese, a colon and a space in English. */
  colon: '：',
  startRequest: '开始填写申请',
  /** The last line of a guide's or a disclosure item's page: the mailbox's form, the page named (issue 17). */
  askAboutPage: '对这一页有疑问或建议？',
  updated: '更新日期',
  /** The status bar every page shows without a signal (src/offline/OfflineStatus.tsx): here, so it is on the phone in any language read. */
  offline: {
    label: '网络状态',
    status: '已离线：没有网络连接，仍可阅读保存在手机上的页面。',
    savedAt: (when: string) => `此页面保存于 ${when}。`,
    back: '已重新联网。',
  },
  guides: {
    title: '办事指南',
    intro: '每份指南写明谁可以办、要带什么、怎么办。',
  },
  disclosure: {
    title: '信息公开',
    intro: '市残联主动公开的政府信息，按类别排列，最新的在前。',
    contents: '类别',
    issuer: '发布机构',
    documentNumber: '文号',
    date: '日期',
    category: '类别',
    attachments: '附件',
    repealed: '已废止',
    categories: {
      organisation: '机构概况',
      policy: '政策文件',
      plans: '规划计划',
      budget: '财政预决算',
      reports: '年度报告',
      suggestions: '建议提案办理',
      services: '服务信息',
    },
  },
  search: {
    title: '搜索',
    intro: '在办事指南和公开信息里找。',
    label: '搜索办事指南和公开信息',
    hint: '例如：残疾人证、乘车',
    submit: '搜索',
    loading: '正在搜索…',
    found: (count: number) => (count === 0 ? '没有找到结果，换个词试试' : `找到 ${count} 条结果`),
    failed: '搜索没有完成：没能读到搜索索引。联网后再试一次。',
    sections: { guides: '办事指南', disclosure: '信息公开', reports: '年度报告', pages: '其他页面', answers: '咨询答复' },
    footerLink: '搜索',
  },
  notFound: {
    title: '找不到这个页面',
    text: '地址可能输错了，或者页面已经移动。',
    home: '回到首页',
    guides: '查看办事指南',
  },
};

export type Messages = typeof zhHans;
