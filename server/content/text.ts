/**
 * The words of the content API's answers (issue 14), in the console's language (simplified Chinese), like
 * server/staff/text.ts: per-field errors, refusals (409), and what a missing role (403) means.
 */
import type { PersonalDataKind } from '../questions/personal-data.ts';

export const contentText = {
  labels: {
    slug: '地址名',
    body: '正文',
    title: '标题',
    summary: '摘要',
    order: '排列顺序',
    eligibility: '办理对象',
    bring: '所需材料',
    steps: '办理步骤',
    legalBasis: '办理依据',
    keywords: '关键词',
    updated: '更新日期',
    category: '类别',
    issuer: '发布机构',
    documentNumber: '文号',
    date: '成文日期',
    attachments: '附件',
    documentKind: '文件类型',
    repealed: '废止日期',
    english: '英文版',
    decision: '审核结论',
    comment: '意见',
    confidentialityChecked: '保密审查',
    reason: '撤回原因',
    question: '问题',
    answer: '答复',
    topic: '问题类别',
    answered: '答复日期',
  } as Record<string, string>,
  errors: {
    unknownField: '没有这一项',
    collection: '类别只能是 disclosure（信息公开目录）、guides（办事指南）或 answers（答复公开）',
    slug: '地址名只能用小写英文字母、数字和连字符，例如 bus-pass',
    required: (label: string) => `请填写${label}`,
    text: (label: string) => `${label}要写成文字`,
    list: (label: string) => `${label}要逐条填写，每条是一段文字`,
    integer: (label: string) => `${label}要写成整数`,
    date: (label: string) => `${label}要写成 YYYY-MM-DD，例如 2026-03-12`,
    yearOrDate: (label: string) => `${label}要写成年份（2017）或日期（2017-03-12）`,
    oneOf: (label: string, options: readonly string[]) => `${label}只能是以下之一：${options.join('、')}`,
    invalid: (label: string) => `${label}的格式不对`,
    tooLong: (label: string, max: number) => `${label}最多 ${max} 字`,
    english: '英文版要写成一个对象：与中文相同的字段和 body',
    decision: '审核结论只能是 sign-off（通过）或 send-back（退回）',
    comment: '退回时请写明意见，撰稿人据此修改',
    confidentialityChecked: '这一步要记录保密审查：确认已做保密审查后再通过',
    sendBackFirstStep: '撰稿这一步不能退回：撰稿人可以直接修改草稿',
    reason: '请写明撤回的原因',
  },
  /** Drafting a published answer from a question (./answers.ts). */
  answers: {
    notAnswered: '这个问题还没有答复：答复以后才能公开',
    alreadyDrafted: '这个问题已经有一篇咨询答复的稿件：请到信息发布里修改那一篇',
    slugTaken: '这个地址名已经有了：请换一个',
  },
  /** A published answer's check (./personal-data-check.ts): what kind was found, never the data itself. */
  personalData: {
    kinds: { phone: '电话号码', residentId: '身份证号码', email: '电子邮件地址', name: '提问人的姓名', contact: '提问人的联系方式' } as Record<PersonalDataKind, string>,
    found: (label: string, english: boolean, kinds: string[]) => `${english ? '英文版的' : ''}${label}里还有${kinds.join('、')}：请删去或改写后再发布`,
  },
  refused: {
    noDraft: '没有待审核的草稿：现在的草稿就是已发布的版本',
    alreadyPublished: '现在的草稿已经发布，没有新的内容可以发布',
    sameStaffTwice: (label: string) => `你已经做过本轮的「${label}」。同一篇稿件的各个步骤要由不同的人完成`,
    notLive: '这一项没有在公开，不能撤回',
    noVersion: (number: number) => `没有第 ${number} 版`,
  },
  forbidden: {
    step: (label: string) => `现在要做的是「${label}」，你的账号没有这一步的角色`,
    write: '你的账号没有撰稿的角色，不能修改草稿',
    administrator: '只有管理员可以撤回已发布的内容',
  },
};
