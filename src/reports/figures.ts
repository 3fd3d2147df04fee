import { appealResults, applicantKinds, outcomeGroups, outcomes, type ApplicantKind, type AppealResult, type Outcome } from '../requests/rules/outcomes.ts';

/**
 * The figures of a year's government-information disclosure report, in the State Council's 2021 layout
 * (国务院办公厅 2021 年度报告格式): what the server counts, what a published report stores, what the tables, the
 * CSV and the JSON show. Imports only the outcome codes: the server, the staff pages and the app share it.
 */

/** Part 三's columns: a person, the five kinds of organisation, and the total. */
export const requestColumns = [...applicantKinds, 'total'] as const;
export type RequestColumn = (typeof requestColumns)[number];
export type RequestCounts = Record<RequestColumn, number>;

/** Part 三's rows that are not outcomes. */
export type RequestRowKey = 'received' | 'carriedOver' | Outcome | 'resultsTotal' | 'carriedForward';

/** Part 四: an administrative review, a lawsuit without review first, a lawsuit after review; each by result. */
export type AppealCounts = Record<AppealResult | 'total', number>;
export const appealColumns = [...appealResults, 'total'] as const;

/** Part 二: documents by kind. Only the kinds the catalogue marks are counted. */
export const documentKinds = ['rule', 'normative'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export interface DocumentCounts { issued: number; repealed: number; inForce: number }
export const documentColumns = ['issued', 'repealed', 'inForce'] as const;

export interface ReportFigures {
  year: number;
  proactive: Record<DocumentKind, DocumentCounts>;
  /**
   * Items proactively disclosed on the site in the year, given below part 二's table: the catalogue items and guides
   * staff first published in it (China dates; not imports of shipped files, not later versions: server/content/public.ts
   * `publishedCounts`, the console home's count). Absent from reports published before it was counted.
   */
  itemsPublished?: number;
  requests: Record<RequestRowKey, RequestCounts>;
  appeals: { review: AppealCounts; lawsuit: AppealCounts; lawsuitAfterReview: AppealCounts };
}

export const emptyRequestCounts = (): RequestCounts =>
  Object.fromEntries(requestColumns.map((column) => [column, 0])) as RequestCounts;
export const emptyAppealCounts = (): AppealCounts =>
  Object.fromEntries(appealColumns.map((column) => [column, 0])) as AppealCounts;

export const labels = {
  part2: '二、主动公开政府信息情况',
  part3: '三、收到和处理政府信息公开申请情况',
  part4: '四、政府信息公开行政复议、行政诉讼情况',
  documentContent: '信息内容',
  proactiveNote: '本表只统计信息公开目录中标明文件类别（规章、行政规范性文件）的文件。',
  itemsPublished: '本年在本网站主动公开政府信息（条）',
  documentKinds: { rule: '规章', normative: '行政规范性文件' } satisfies Record<DocumentKind, string>,
  documentColumns: { issued: '本年制发件数', repealed: '本年废止件数', inForce: '现行有效件数' },
  requestCorner: '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和',
  applicants: '申请人情况',
  columns: {
    person: '自然人',
    organisations: '法人或其他组织',
    business: '商业企业',
    research: '科研机构',
    nonprofit: '社会公益组织',
    legal: '法律服务机构',
    other: '其他',
    total: '总计',
  } satisfies Record<RequestColumn | 'organisations', string>,
  received: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  results: '三、本年度办理结果',
  resultsTotal: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
  review: '行政复议',
  lawsuit: '行政诉讼',
  lawsuitDirect: '未经复议直接起诉',
  lawsuitAfterReview: '复议后起诉',
  appealColumns: { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' } satisfies Record<
    (typeof appealColumns)[number],
    string
  >,
};

const groupNumbers = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'];
/** The official wording of 部分公开's row: a request partly disclosed counts here and nowhere else. */
const groupLabel = (group: (typeof outcomeGroups)[number], index: number) =>
  `${groupNumbers[index]}${group.group === 'partly-disclosed' ? '部分公开（区分处理的，只计这一情形，不计其他情形）' : group.label}`;

/** One row of part 三: its key and its header path, outermost first (the CSV writes the whole path). */
export interface RequestRow { key: RequestRowKey; path: string[] }

export const requestRows: RequestRow[] = [
  { key: 'received', path: [labels.received] },
  { key: 'carriedOver', path: [labels.carriedOver] },
  ...outcomeGroups.flatMap((group, index): RequestRow[] =>
    group.reasons.length === 0
      ? [{ key: group.group as Outcome, path: [labels.results, groupLabel(group, index)] }]
      : group.reasons.map((reason, n) => ({
          key: `${group.group}/${reason.code}` as Outcome,
          path: [labels.results, groupLabel(group, index), `${n + 1}.${reason.label}`],
        })),
  ),
  { key: 'resultsTotal', path: [labels.results, labels.resultsTotal] },
  { key: 'carriedForward', path: [labels.carriedForward] },
];

export const requestRowKeys: RequestRowKey[] = requestRows.map((row) => row.key);
export { outcomes, applicantKinds, type ApplicantKind };
