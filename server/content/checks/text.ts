/**
 * The authoring checks' messages, in simplified Chinese like the rest of the staff console (server/staff/text.ts):
 * each says what is wrong, where (the excerpt), why it matters to a reader, and what to change.
 */
import { zhHans } from '../../../src/i18n/zh-Hans.ts';
import { zhHansGuideWords } from '../../../src/i18n/words/guide/zh-Hans.ts';

/** Field names as the public pages show them, so staff recognise them. */
const fieldNames: Record<string, string> = {
  title: '标题',
  summary: '摘要',
  issuer: zhHans.disclosure.issuer,
  documentNumber: zhHans.disclosure.documentNumber,
  date: zhHans.disclosure.date,
  category: zhHans.disclosure.category,
  attachments: zhHans.disclosure.attachments,
  documentKind: '文件类型',
  repealed: '废止日期',
  order: '排列顺序',
  eligibility: zhHansGuideWords.eligibility,
  bring: zhHansGuideWords.bring,
  steps: zhHansGuideWords.steps,
  legalBasis: zhHansGuideWords.legalBasis,
  keywords: '关键词',
  updated: zhHans.updated,
};
const partNames: Record<string, string> = { title: '标题', href: '地址' };
const levels = ['', '一', '二', '三', '四', '五', '六'];
const hashes = (level: number) => '#'.repeat(level);

export const fieldName = (key: string) => fieldNames[key] ?? key;

export const checksText = {
  image: {
    missing: (image: string, written: 'markdown' | 'html') =>
      written === 'markdown'
        ? `图片 ${image} 没有文字说明。看不见图片的人只能听到这段说明：请在 ![ ] 的方括号里写清楚图片表达的内容，例如 ![市残联办公楼正门，门口有无障碍坡道](…)。如果图片只是装饰，请删掉它。`
        : `图片 ${image} 没有文字说明（alt）。请在 alt="…" 的引号里写清楚图片表达的内容；如果图片只是装饰、不传达任何信息，写 alt="" role="presentation"。`,
    placeholder: (image: string) =>
      `图片 ${image} 的文字说明只是文件名或“图片”这样的词，看不见图片的人听不出它表达什么。请改写成图片实际的内容。`,
  },
  heading: {
    first: (heading: string) =>
      `标题“${heading}”是一级标题（#）。页面的一级标题就是本条的标题，正文里的标题从二级（##）开始：请改成 ##，下面的小标题依次往下。`,
    skip: (heading: string, level: number, previous: number) =>
      previous === 1
        ? `正文的第一个标题“${heading}”是${levels[level]}级标题。正文的标题要从二级（##）开始：请改成 ##。`
        : `标题“${heading}”是${levels[level]}级标题，而前一个标题是${levels[previous]}级，跳过了中间的级别。用读屏软件的人靠标题级别了解内容的层次：请改成 ${hashes(previous + 1)}（${levels[previous + 1]}级），或者在它前面补上一个${levels[previous + 1]}级标题。`,
  },
  link: {
    vague: (text: string, href: string) =>
      `链接“${text}”（指向 ${href}）的文字单独读出来说不清链接去哪里：读屏软件可以把页面上的链接列成一张表，只念链接文字。请把链接文字改成链接的目标，例如“申请公开政府信息”“年审通知全文（PDF）”，不要用“点击这里”“更多”“详见附件”。`,
    address: (text: string) =>
      `链接文字只是网址“${text}”，读屏软件会一个字母一个字母地念出来，也看不出链接去哪里。请把链接文字改成链接的目标，例如 [申请公开政府信息](/request/)。`,
    empty: (link: string) => `链接 ${link} 没有文字，读屏软件念不出它去哪里。请在方括号里写上链接的目标。`,
  },
  table: {
    markdown: (firstRow: string) =>
      `表格（第一行数据是“${firstRow}”）没有表头：表格第一行的格子都是空的。读屏软件念每个格子时会先念它那一列的表头，没有表头就只剩一串数字。请在表格第一行写上每一列的名称。`,
    html: (table: string) =>
      `表格“${table}”没有表头单元格（<th>）。读屏软件念每个格子时会先念它那一列的表头：请把写列名的那一行的 <td> 改成 <th>。`,
  },
  pdf: {
    noText: (name: string) =>
      `附件“${name}”是扫描件，没有文字层：读屏软件读不出来，放大后不能重新排版，也搜索不到。请上传文字版的 PDF（在 Word 或 WPS 里“另存为 PDF”或“输出为 PDF”），或者把文件的内容写进正文。`,
    scannedPages: (name: string, pages: readonly number[]) =>
      `附件“${name}”的第 ${pages.join('、')} 页是扫描的图片，没有文字，读屏软件读不出来。请把这几页换成文字版，重新生成整个 PDF 后再上传。`,
    password: (name: string) => `附件“${name}”设置了打开密码，公众也打不开。请上传没有密码的版本。`,
    broken: (name: string) => `附件“${name}”打不开，可能已经损坏，或者并不是 PDF 文件。请重新导出后再上传。`,
  },
  required: (key: string, index?: number, part?: string) =>
    index === undefined
      ? `“${fieldName(key)}”没有填写。发布前请填写。`
      : part === undefined
        ? `“${fieldName(key)}”的第 ${index + 1} 项是空的。请填写这一项，或者删掉它。`
        : `第 ${index + 1} 个“${fieldName(key)}”的${partNames[part] ?? part}没有填写。请填写，或者删掉这一项。`,
  long: {
    sentence: (sentence: string, length: number, limit: number, language: 'zh' | 'en') =>
      language === 'zh'
        ? `这句话有 ${length} 个字（建议不超过 ${limit} 个字）：“${sentence}”。长句子不好读，对阅读有困难的人和听读屏软件的人更难。可以拆成几个短句。`
        : `这句英文有 ${length} 个词（建议不超过 ${limit} 个词）：“${sentence}”。长句子不好读，可以拆成几个短句。`,
    paragraph: (paragraph: string, count: number, limit: number) =>
      `这一段有 ${count} 句话（建议不超过 ${limit} 句）：“${paragraph}”。可以分成几段，或者把并列的内容改成列表。`,
  },
  mixedScript: (around: string, pairs: readonly (readonly [traditional: string, simplified: string])[]) =>
    `“${around}”里有繁体字：${pairs.map(([traditional, simplified]) => `${traditional}（简体 ${simplified}）`).join('、')}，其他地方是简体字。请统一写简体字：繁体版页面由系统自动转换。`,
  noEnglish:
    '还没有英文版。没有英文版时，英文页面显示中文原文，并说明本页还没有翻译。可以的话，请补上英文版。',
};
