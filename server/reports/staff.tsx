import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import type { ComponentChildren } from 'preact';
import { ErrorSummary } from '../../src/components/ErrorSummary/ErrorSummary.tsx';
import type { FieldError } from '../../src/requests/contract.ts';
import { TextArea } from '../../src/components/Field/Field.tsx';
import { ReportTables } from './ReportTables.tsx';
import { isStorableText } from '../../src/requests/rules/characters.ts';
import { limitBody, readForm } from '../http/limits.ts';
import { ReportSections } from './PublishedReport.tsx';
import { CATALOGUE_FACTS, type CatalogueDocument } from '../../build/site-files/catalogue-facts.ts';
import { reportText } from './text.ts';
import type { Database } from '../db/database.ts';
import type { StaffEnv } from '../staff/auth.ts';
import { siteStylesheet, StaffPage, staffHtml } from '../staff/layout.tsx';
import { renderNarrative } from './markdown.ts';
import { chinaDate } from '../requests/due-date.ts';
import { computeFigures, yearStart } from './statistics.ts';
import { draft, narrativeFields, publishedReport, publishedYears, publishReport, saveDraft, type Narrative } from './store.ts';
import { reportHref, staffReportHref, staffReportsHref } from '../../src/addresses/addresses.ts';
import { mailbox } from '../../src/config/site.ts';
import { questionTopics } from '../../src/questions/contract.ts';
import { mailboxText } from '../questions/console-text.ts';
import { type MailboxFigures, mailboxFigures } from './mailbox-figures.ts';
import { appendParagraph, mailboxParagraph } from './mailbox.ts';

/**
 * The staff pages that prepare and publish a year's report: `/staff/reports/` lists the years,
 * `/staff/reports/<year>/` shows the live figures and a form for the three texts, which posts back to itself to
 * preview, save, or publish, or to append the online mailbox's figures (server/reports/mailbox-figures.ts) to the "other
 * matters" text as a generated paragraph (server/reports/mailbox.ts), shown again to check and save. Server-rendered HTML, no script: the forms work without JavaScript. Each page is a
 * staff page like the console's own (`StaffPage` through `staffHtml`: the console's frame and navigation,
 * no-store since it may hold figures not yet published); the console's `requireStaff` says who is signed in
 * (`c.get('staff')`), and tests pass a stand-in.
 */
export interface ReportStaffOptions {
  db: Database;
  now: () => Date;
  /** The build: its stylesheet, its catalogue facts (which count part 二), and a year with a built page (2017), not published here. */
  distDir: string;
  /** The staff console's sign-in check (`StaffConsole.requireStaff`). */
  requireStaff: MiddlewareHandler<StaffEnv>;
  /** The mailbox's target in working days, named in its paragraph; default site's `mailbox.answerWorkingDays`. */
  answerWorkingDays?: number;
}

/** Enough for a long report; a paste of something else entirely is refused rather than stored. */
export const NARRATIVE_LIMIT = 20_000;
/** Three texts at the limit, form-encoded: a Chinese character is 9 bytes as %XX%XX%XX, a rare one 12. */
const BODY_LIMIT = 3 * NARRATIVE_LIMIT * 12 + 4096;

const text = {
  listTitle: '年度报告',
  listIntro: '每年的政府信息公开工作年度报告由系统按数据生成表格，工作人员填写三段文字后发布。',
  yearTitle: (year: number) => `${year}年度报告`,
  published: (date: string) => `已发布（${date}）`,
  notPublished: '未发布',
  historical: '历史报告（内容文件）',
  liveFigures: '当前数据',
  liveIntro: '下面的表格按现在的数据计算。发布时保存这一刻的数字，之后新到的数据不会改变已发布的报告；再次发布会替换它。',
  texts: '报告文字',
  textsHint: '可以使用 Markdown：空一行分段，**加粗**，“- ”开头为列表，[文字](地址) 为链接。HTML 代码会按原样显示为文字。',
  labels: { overview: '总体情况', problems: '存在的主要问题及改进情况', otherMatters: '其他需要报告的事项' } satisfies Record<keyof Narrative, string>,
  preview: '预览',
  save: '保存草稿',
  publish: '发布报告',
  republish: '重新发布（替换已发布的报告）',
  previewTitle: '预览',
  saved: '草稿已保存。',
  publishedNotice: '报告已发布。',
  viewPublic: (year: number) => `查看公开的${year}年报告`,
  required: (label: string) => `请填写“${label}”；没有内容时写“无”`,
  tooLong: (label: string, over: number) => `“${label}”超出 ${over} 个字，最多 ${NARRATIVE_LIMIT} 个字`,
  notEnded: (year: number) => `${year}年还没有结束，年度结束后才能发布这一年的报告`,
  builtYear: (year: number) => `${year}年的报告是历史页面，不能在这里发布`,
  unknownAction: '请选择预览、保存草稿或发布报告',
  characters: (label: string) => `“${label}”含有无法保存的字符（可能是复制粘贴时带入的），请删除后再提交`,
  unreadable: '无法读取提交的表单，没有保存任何内容。请重新提交。',
  tooLarge: `提交的内容太长，没有保存任何内容。每一部分最多 ${NARRATIVE_LIMIT} 个字。`,
  years: '选择年份',
  mailbox: '网上信箱',
  mailboxIntro: '网上信箱的数字按现在的数据计算，可以插入“其他需要报告的事项”，插入后请检查并保存草稿。',
  mailboxLabels: {
    received: '收到留言',
    questions: '其中咨询',
    suggestions: '其中意见建议',
    answered: '年内答复',
    onTime: (days: number) => `在 ${days} 个工作日的目标内答复`,
    converted: '转为政府信息公开申请',
    byTopic: (topic: string) => `意见建议：${topic}`,
  },
  pieces: (n: number) => `${n} 件`,
  insertMailbox: '把网上信箱的数字插入“其他需要报告的事项”',
  inserted: '已把网上信箱的数字加到“其他需要报告的事项”末尾，还没有保存。请检查后保存草稿。',
  alreadyInserted: '“其他需要报告的事项”里已经有这段网上信箱的数字，没有重复插入。',
  insertTooLong: (over: number) => `插入网上信箱的数字后，“其他需要报告的事项”超出 ${over} 个字，最多 ${NARRATIVE_LIMIT} 个字。请先删减。`,
};

const YEAR = /^\d{4}$/;
const count = (value: string) => [...value].length;

type Action = 'preview' | 'save' | 'publish' | 'insert-mailbox';
const actions: readonly string[] = ['preview', 'save', 'publish', 'insert-mailbox'] satisfies Action[];

/** The mailbox's figures for the year, and the button that appends them to "other matters" (inside the texts' form). */
function MailboxSection({ figures, answerWorkingDays }: { figures: MailboxFigures; answerWorkingDays: number }) {
  const l = text.mailboxLabels;
  const rows: [string, number][] = [
    [l.received, figures.received.total],
    [l.questions, figures.received.question],
    [l.suggestions, figures.received.suggestion],
    [l.answered, figures.answered],
    [l.onTime(answerWorkingDays), figures.answeredOnTime],
    [l.converted, figures.converted],
    ...questionTopics.map((topic): [string, number] => [l.byTopic(mailboxText.topics[topic]), figures.suggestionsByTopic[topic]]),
  ];
  return (
    <section aria-labelledby="mailbox">
      <h3 id="mailbox">{text.mailbox}</h3>
      <p>{text.mailboxIntro}</p>
      <dl class="summary-list">
        {rows.map(([label, n]) => <div key={label}><dt>{label}</dt><dd>{text.pieces(n)}</dd></div>)}
      </dl>
      <button class="button button--secondary" type="submit" name="action" value="insert-mailbox">{text.insertMailbox}</button>
    </section>
  );
}

export function reportStaffRoutes(options: ReportStaffOptions): Hono<StaffEnv> {
  const routes = new Hono<StaffEnv>();
  const answerWorkingDays = options.answerWorkingDays ?? mailbox.answerWorkingDays;
  const catalogue = async (): Promise<CatalogueDocument[]> =>
    JSON.parse(await readFile(join(options.distDir, CATALOGUE_FACTS), 'utf8').catch(() => '[]'));
  const hasBuiltPage = (year: number) => readFile(join(options.distDir, 'reports', String(year), 'index.html')).then(() => true, () => false);
  /** The current year in China: reports are published for years that have ended. */
  const currentYear = () => {
    const now = options.now();
    const next = now.getUTCFullYear() + 1;
    return now >= yearStart(next) ? next : next - 1;
  };

  const stylesheet = siteStylesheet(options.distDir);
  const page = (
    c: Context<StaffEnv>,
    props: { title: string; trail?: { href: string; label: string }[]; hasErrors?: boolean },
    children: ComponentChildren,
    status: 200 | 400 | 422 = 200,
  ) =>
    staffHtml(c, <StaffPage {...props} section="reports">{children}</StaffPage>, { stylesheet, staff: c.get('staff') }, status);

  routes.use(`${staffReportsHref}*`, options.requireStaff);

  routes.get(staffReportsHref, async (c) => {
    const published = new Map((await publishedYears(options.db)).map((entry) => [entry.year, entry.publishedAt]));
    const latest = currentYear();
    const years = [...new Set([latest, latest - 1, latest - 2, ...published.keys()])].sort((a, b) => b - a);
    return page(
      c,
      { title: text.listTitle },
      <>
        <p>{text.listIntro}</p>
        <h2>{text.years}</h2>
        <ul class="item-list">
          {years.map((year) => {
            const at = published.get(year);
            return (
              <li key={year}>
                <a href={staffReportHref(year)}>{text.yearTitle(year)}</a>
                <span class="item-list__meta">{at ? text.published(chinaDate(at)) : text.notPublished}</span>
              </li>
            );
          })}
        </ul>
      </>,
    );
  });

  routes.get(staffReportHref(':year').slice(0, -1), (c) => {
    const year = c.req.param('year') ?? '';
    return YEAR.test(year) ? c.redirect(staffReportHref(year), 301) : c.notFound();
  });

  const editor = async (
    c: Context<StaffEnv>,
    year: number,
    state: { narrative: Narrative; errors: FieldError[]; preview?: boolean; notice?: string },
    status: 200 | 400 | 422 = 200,
  ) => {
    const figures = await computeFigures(options.db, year, await catalogue());
    const questions = await mailboxFigures(options.db, year);
    const published = await publishedReport(options.db, year);
    const built = await hasBuiltPage(year);
    const error = (field: string) => state.errors.find((entry) => entry.field === field)?.message;
    return page(
      c,
      { title: text.yearTitle(year), trail: [{ href: staffReportsHref, label: text.listTitle }], hasErrors: state.errors.length > 0 },
      <>
        <ErrorSummary errors={state.errors} />
        {state.notice && (
          <div class="panel" role="status">
            <p>{state.notice}</p>
            {published && !built && <p><a href={reportHref(year)}>{text.viewPublic(year)}</a></p>}
          </div>
        )}
        <p>
          {built ? text.historical : published ? text.published(chinaDate(published.publishedAt)) : text.notPublished}
          {published && !built && !state.notice && <> · <a href={reportHref(year)}>{text.viewPublic(year)}</a></>}
        </p>
        {state.preview && (
          <section class="report-preview" aria-labelledby="preview">
            <h2 id="preview">{text.previewTitle}：{reportText.title(year)}</h2>
            <ReportSections
              idPrefix="preview"
              headingLevel={3}
              figures={figures}
              narrative={{
                overview: renderNarrative(state.narrative.overview),
                problems: renderNarrative(state.narrative.problems),
                otherMatters: renderNarrative(state.narrative.otherMatters),
              }}
            />
          </section>
        )}
        <form method="post" action={staffReportHref(year)} novalidate>
          <h2>{text.texts}</h2>
          <p class="hint" id="texts-hint">{text.textsHint}</p>
          {narrativeFields.map((field) => (
            <TextArea key={field} name={field} label={text.labels[field]} error={error(field)} value={state.narrative[field]} rows={8} describedByAlso="texts-hint" />
          ))}
          <div class="button-group">
            <button class="button button--secondary" type="submit" name="action" value="preview">{text.preview}</button>
            <button class="button button--secondary" type="submit" name="action" value="save">{text.save}</button>
            <button class="button" type="submit" name="action" value="publish">{published ? text.republish : text.publish}</button>
          </div>
          <MailboxSection figures={questions} answerWorkingDays={answerWorkingDays} />
        </form>
        {!state.preview && (
          <section aria-labelledby="live">
            <h2 id="live">{text.liveFigures}</h2>
            <p>{text.liveIntro}</p>
            <ReportTables figures={figures} idPrefix="live" headingLevel={3} />
          </section>
        )}
      </>,
      status,
    );
  };

  const yearParam = (c: Context<StaffEnv>) => {
    const raw = c.req.param('year') ?? '';
    const year = Number(raw);
    return YEAR.test(raw) && year >= 2000 && year <= currentYear() ? year : undefined;
  };

  routes.get(staffReportHref(':year'), async (c) => {
    const year = yearParam(c);
    if (year === undefined) return c.notFound();
    const saved = (await draft(options.db, year)) ?? (await publishedReport(options.db, year));
    const narrative = saved ? { overview: saved.overview, problems: saved.problems, otherMatters: saved.otherMatters } : { overview: '', problems: '', otherMatters: '' };
    return editor(c, year, { narrative, errors: [], notice: c.req.query('published') !== undefined ? text.publishedNotice : undefined });
  });

  const tooLarge = (c: Context) => c.text(text.tooLarge, 413, { 'Cache-Control': 'no-store' });
  routes.post(staffReportHref(':year'), limitBody(BODY_LIMIT, tooLarge), async (c) => {
    const year = yearParam(c);
    if (year === undefined) return c.notFound();
    const posted = await readForm(c);
    if (!posted) {
      // Multipart without a boundary, or broken: the saved texts again, and nothing stored.
      const saved = (await draft(options.db, year)) ?? (await publishedReport(options.db, year));
      const narrative = saved ? { overview: saved.overview, problems: saved.problems, otherMatters: saved.otherMatters } : { overview: '', problems: '', otherMatters: '' };
      c.header('Connection', 'close');
      return editor(c, year, { narrative, errors: [{ field: 'overview', message: text.unreadable }] }, 400);
    }
    const narrative = Object.fromEntries(
      narrativeFields.map((field) => [field, typeof posted[field] === 'string' ? (posted[field] as string).replace(/\r\n/g, '\n') : '']),
    ) as unknown as Narrative;
    const action = posted.action as Action;
    const errors: FieldError[] = [];
    for (const field of narrativeFields) {
      const over = count(narrative[field]) - NARRATIVE_LIMIT;
      if (!isStorableText(narrative[field], true)) errors.push({ field, message: text.characters(text.labels[field]) });
      else if (over > 0) errors.push({ field, message: text.tooLong(text.labels[field], over) });
      else if (action === 'publish' && narrative[field].trim() === '') errors.push({ field, message: text.required(text.labels[field]) });
    }
    if (action === 'publish' && errors.length === 0) {
      if (year >= currentYear()) errors.push({ field: 'overview', message: text.notEnded(year) });
      else if (await hasBuiltPage(year)) errors.push({ field: 'overview', message: text.builtYear(year) });
    }
    if (!actions.includes(action)) errors.push({ field: 'overview', message: text.unknownAction });
    if (errors.length) return editor(c, year, { narrative, errors }, 422);

    if (action === 'insert-mailbox') {
      const paragraph = mailboxParagraph(await mailboxFigures(options.db, year), answerWorkingDays);
      const otherMatters = appendParagraph(narrative.otherMatters, paragraph);
      if (otherMatters === narrative.otherMatters) return editor(c, year, { narrative, errors: [], notice: text.alreadyInserted });
      const over = count(otherMatters) - NARRATIVE_LIMIT;
      if (over > 0) return editor(c, year, { narrative, errors: [{ field: 'otherMatters', message: text.insertTooLong(over) }] }, 422);
      return editor(c, year, { narrative: { ...narrative, otherMatters }, errors: [], notice: text.inserted });
    }
    const staff = c.get('staff');
    if (action === 'preview') return editor(c, year, { narrative, errors: [], preview: true });
    if (action === 'save') {
      await saveDraft(options.db, year, narrative, staff.id, options.now());
      return editor(c, year, { narrative, errors: [], notice: text.saved });
    }
    const figures = await computeFigures(options.db, year, await catalogue());
    await publishReport(options.db, { year, figures, ...narrative }, staff.id, options.now());
    // After a post, a redirect: reloading the page does not publish again.
    return c.redirect(`${staffReportHref(year)}?published`, 303);
  });

  return routes;
}
