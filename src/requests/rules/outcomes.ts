/**
 * How a disclosure request ends: the rows of the State Council's annual report table (国务院办公厅 2021 年度报告
 * 格式, part 三). Staff pick one when they reply, and the annual report counts them, so the codes never change
 * once used. Imports nothing: the server, the staff console, the report and the citizen's pages share it.
 */
export const outcomeGroups = [
  { group: 'disclosed', label: '予以公开', reasons: [] },
  { group: 'partly-disclosed', label: '部分公开', reasons: [] },
  {
    group: 'withheld',
    label: '不予公开',
    reasons: [
      { code: 'state-secret', label: '属于国家秘密' },
      { code: 'prohibited-by-law', label: '其他法律行政法规禁止公开' },
      { code: 'three-safeties', label: '危及“三安全一稳定”' },
      { code: 'third-party', label: '保护第三方合法权益' },
      { code: 'internal-affairs', label: '属于三类内部事务信息' },
      { code: 'process-information', label: '属于四类过程性信息' },
      { code: 'enforcement-file', label: '属于行政执法案卷' },
      { code: 'query-matter', label: '属于行政查询事项' },
    ],
  },
  {
    group: 'unavailable',
    label: '无法提供',
    reasons: [
      { code: 'not-held', label: '本机关不掌握相关政府信息' },
      { code: 'needs-creating', label: '没有现成信息需要另行制作' },
      { code: 'still-unclear', label: '补正后申请内容仍不明确' },
    ],
  },
  {
    group: 'not-processed',
    label: '不予处理',
    reasons: [
      { code: 'petition', label: '信访举报投诉类申请' },
      { code: 'duplicate', label: '重复申请' },
      { code: 'publication', label: '要求提供公开出版物' },
      { code: 'excessive', label: '无正当理由大量反复申请' },
      { code: 'confirmation', label: '要求行政机关确认或重新出具已获取信息' },
    ],
  },
  {
    group: 'other',
    label: '其他处理',
    reasons: [
      { code: 'not-completed', label: '申请人无正当理由逾期不补正' },
      { code: 'fee-unpaid', label: '申请人逾期未按收费通知要求缴纳费用' },
      { code: 'other', label: '其他' },
    ],
  },
] as const;

type Group = (typeof outcomeGroups)[number];
export type OutcomeGroup = Group['group'];

/** What is stored: the group alone, or `group/reason` where the group has reasons (`withheld/state-secret`). */
export type Outcome = {
  [G in Group as G['group']]: G['reasons'] extends readonly [] ? G['group'] : `${G['group']}/${G['reasons'][number]['code']}`;
}[OutcomeGroup];

export const outcomes: readonly Outcome[] = outcomeGroups.flatMap((group) =>
  group.reasons.length === 0 ? [group.group] : group.reasons.map((reason) => `${group.group}/${reason.code}`),
) as Outcome[];

export function isOutcome(value: unknown): value is Outcome {
  return (outcomes as readonly unknown[]).includes(value);
}

export function outcomeGroup(outcome: Outcome): OutcomeGroup {
  return outcome.split('/')[0] as OutcomeGroup;
}

/** The applicant kinds the report counts separately: a person, or one of five kinds of organisation. */
export const applicantKinds = ['person', 'business', 'research', 'nonprofit', 'legal', 'other'] as const;
export type ApplicantKind = (typeof applicantKinds)[number];

/** Administrative reviews and lawsuits about a request, and how they ended (report part 四). */
export const appealKinds = ['review', 'lawsuit', 'lawsuit-after-review'] as const;
export const appealResults = ['upheld', 'corrected', 'other', 'pending'] as const;
export type AppealKind = (typeof appealKinds)[number];
export type AppealResult = (typeof appealResults)[number];
