/**
 * Interface text of the request form and "my requests", in simplified Chinese: kept apart from the rest, so
 * pages without a form do not download it (the 20 KB budget).
 */
import { zhHans } from './zh-Hans.ts';

export const zhHansRequests = {
  form: {
    errorSummary: '出现了问题',
    continue: '继续',
    charactersLeft: (n: number) => `还可以输入 ${n} 个字`,
    charactersOver: (n: number) => `超出了 ${n} 个字`,
  },
  request: {
    stepOf: (n: number, total: number) => `第 ${n} 步，共 ${total} 步`,
    steps: {
      applicant: { title: '申请人信息', intro: '告诉我们是谁在申请。' },
      details: { title: '您想获取的信息', intro: '说明想要哪些政府信息，以及怎样收到答复。' },
      contact: { title: '联系方式', intro: '我们用这些方式和您联系、寄送答复。' },
    },
    applicantType: { legend: '您以什么身份申请？', person: '个人', organisation: '法人或其他组织' },
    organisationKind: {
      legend: '组织的类型',
      business: '商业企业', research: '科研机构', nonprofit: '社会公益组织', legal: '法律服务机构', other: '其他组织',
    },
    name: { person: '姓名', organisation: '组织名称', either: '姓名或组织名称', eitherHint: '以组织名义申请的，填写组织的全称。' },
    idType: { legend: '证件类型', 'resident-id': '居民身份证', passport: '护照', other: '其他证件' },
    idNumber: { label: '证件号码', hint: '居民身份证为 18 位，最后一位可能是 X。发送成功后，手机上不再保存这个号码。' },
    organisationCode: { label: '统一社会信用代码', hint: '18 位，在营业执照或登记证书上。' },
    personOnly: '以个人名义申请的，填写：',
    organisationOnly: '以组织名义申请的，填写：',
    description: { label: '您想获取哪些政府信息？', hint: '尽量写清文件名称、文号或者内容、时间范围，方便我们查找。' },
    delivery: { legend: '您想怎样收到答复？', email: '电子邮件', post: '邮寄', collect: '到办公地点领取' },
    format: { legend: '信息的形式', paper: '纸质', electronic: '电子文件' },
    phone: { label: '联系电话', hint: '手机号，或者带区号的固定电话。' },
    email: { label: '电子邮件地址', hint: '选择了通过电子邮件收到答复的，必须填写。' },
    address: { label: '邮寄地址', hint: '选择了邮寄的，必须填写，包括邮政编码。' },
    check: {
      title: '核对您的申请',
      intro: '提交前请核对。需要修改的，点“修改”。',
      change: '修改',
      submit: '提交申请',
      empty: '未填写',
      sections: { applicant: '申请人信息', details: '您想获取的信息', contact: '联系方式' },
      fields: {
        applicantType: '申请身份', organisationKind: '组织类型', name: '姓名或名称', idType: '证件类型',
        idNumber: '证件号码', organisationCode: '统一社会信用代码', description: '想获取的信息',
        delivery: '收到答复的方式', format: '信息的形式', phone: '联系电话', email: '电子邮件地址', address: '邮寄地址',
      },
      noStorage: '这个浏览器不能把申请保存在手机上，所以没有网络时不能先存着再发。联网后按下面的“提交申请”，会直接发送。',
    },
  },
  requests: {
    title: '我的申请',
    intro: '在这部手机上提交的政府信息公开申请和办理进度。',
    empty: '这部手机上还没有提交过申请。',
    howTo: '如何申请公开政府信息',
    status: {
      queued: '已保存，联网后自动发送',
      sending: '正在发送',
      sent: (reference: string) => `已发送，受理编号 ${reference}`,
      rejected: '没有受理：需要修改后重新发送',
    },
    reference: '受理编号',
    received: '收到日期',
    due: '答复期限',
    history: '这部手机上的记录',
    progress: '办理进度',
    serverStatus: {
      received: '市残联已收到申请，正在办理',
      'completion-requested': '市残联请您补充申请内容，答复期限暂停计算',
      completed: '市残联收到了补充后的申请，答复期限重新计算',
      extended: '市残联延长了答复期限',
      answered: '市残联已答复',
    },
    reply: '答复',
    outcome: '结果',
    replyText: '答复内容',
    reason: '理由',
    legalBasis: '依据',
    completionTitle: '请补充申请内容',
    completionText: '收到您补充的内容后，答复期限从那一天起重新计算。',
    extended: (reason: string) => `答复期限已经延长。理由：${reason}`,
    queuedAt: '保存时间',
    correct: '修改并重新发送',
    delete: '从这部手机上删除',
    notFound: '这部手机上没有这份申请。',
    unsentWarning: '还有申请没有发送。请不要清除浏览器数据；把本应用添加到主屏幕，手机就不会自动清除它。',
    detailTitle: (summary: string) => `申请：${summary}`,
    sentTitle: '申请已提交',
    tooMany: (seconds: number) => `这个网络发出的申请太多了，请 ${Math.ceil(seconds / 60)} 分钟后再按“提交申请”。您填写的内容都还在。`,
    keepReference: '请记下受理编号：询问办理进度时要用到。我们会按您选择的方式答复。',
    conflict: '这份申请已经用另一份内容提交过。请核对后重新提交。',
  },
};

export type RequestMessages = typeof zhHansRequests;

export function useRequestMessages(): RequestMessages & { lang: typeof zhHans.lang } {
  return { ...zhHansRequests, lang: zhHans.lang };
}
