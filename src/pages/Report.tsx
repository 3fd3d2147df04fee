import { Page } from '../components/Page/Page.tsx';
import { catalogueHref } from '../addresses/addresses.ts';
import { Prose } from '../components/Prose/Prose.tsx';
import type { Report as ReportData } from '../content/schema.ts';
import { useForeignLang, useMessages, type Messages } from '../i18n/index.ts';

type Row = [label: string, value: number, unit: string];

function FigureTable({ id, caption, rows, t }: { id: string; caption: string; rows: Row[]; t: Messages }) {
  return (
    // Named and focusable so that a keyboard can scroll the table when it is wider than the screen.
    <section class="table-region" aria-labelledby={id} tabIndex={0}>
      <table class="table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr><th scope="col">{t.report.item}</th><th scope="col" class="numeric">{t.report.value}</th></tr>
        </thead>
        <tbody>
          {rows.map(([label, value, unit]) => (
            <tr key={label}><th scope="row">{label}</th><td class="numeric">{value} {unit}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function tables(report: ReportData, t: Messages) {
  const f = report.figures;
  const u = t.report.units;
  return [
    { id: 'proactive', caption: t.report.proactive, rows: [
      [t.report.normativeDocuments, f.normativeDocuments, u.piece],
      [t.report.itemsPublished, f.itemsPublished, u.item],
      [t.report.documentsPublished, f.documentsPublished, u.piece],
    ] },
    { id: 'on-request', caption: t.report.onRequest, rows: [
      [t.report.applicationsReceived, f.applicationsReceived, u.piece],
      [t.report.replyWorkingDays, f.replyWorkingDays, u.workingDays],
    ] },
    { id: 'reviews', caption: t.report.reviews, rows: [
      [t.report.reviewsRow, f.reviews, u.case],
      [t.report.lawsuits, f.lawsuits, u.case],
    ] },
    { id: 'fees', caption: t.report.fees, rows: [[t.report.feesCharged, f.feesCharged, u.yuan]] },
  ] satisfies { id: string; caption: string; rows: Row[] }[];
}

export default function Report({ item: report }: { item: ReportData }) {
  const t = useMessages();
  const textLang = useForeignLang()(report.lang);

  return (
    <Page pinyin={`reports/${report.slug}`} title={report.title} description={report.summary} trail={[{ href: catalogueHref(), label: t.disclosure.title }]} lang={report.lang}>
      <dl class="summary-list">
        <div><dt>{t.disclosure.issuer}</dt><dd lang={textLang}>{report.issuer}</dd></div>
        <div><dt>{t.report.published}</dt><dd><time dateTime={report.published}>{report.published}</time></dd></div>
      </dl>
      <section aria-labelledby="figures">
        <h2 id="figures">{t.report.figures}</h2>
        {tables(report, t).map((table) => <FigureTable key={table.id} t={t} {...table} />)}
      </section>
      <div lang={textLang}><Prose html={report.html} pinyin={`reports/${report.slug}`} /></div>
    </Page>
  );
}
