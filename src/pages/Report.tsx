import { Page } from '../components/Page/Page.tsx';
import { catalogueHref } from '../addresses/addresses.ts';
import { Prose } from '../components/Prose/Prose.tsx';
import type { Report as ReportData } from '../content/schema.ts';
import { useForeignLang, useMessages } from '../i18n/index.ts';
import { type ReportWords, reportWords } from '../i18n/words/report/index.ts';

/** The words this page shows, loaded with it (src/app/contentRoute.tsx). */
export const words = [reportWords];

type Figure = keyof ReportData['figures'];
type Unit = keyof ReportWords['units'];

/**
 * The report's four tables, grouped as the regulation's annual-report format groups the figures: each named by
 * its caption's message, which is also its id, and each row a figure with its unit.
 */
const TABLES: [caption: 'proactive' | 'onRequest' | 'reviewsAndLawsuits' | 'fees', rows: [Figure, Unit][]][] = [
  ['proactive', [['normativeDocuments', 'piece'], ['itemsPublished', 'item'], ['documentsPublished', 'piece']]],
  ['onRequest', [['applicationsReceived', 'piece'], ['replyWorkingDays', 'workingDays']]],
  ['reviewsAndLawsuits', [['reviews', 'case'], ['lawsuits', 'case']]],
  ['fees', [['feesCharged', 'yuan']]],
];

export default function Report({ item: report }: { item: ReportData }) {
  const t = useMessages();
  const w = reportWords.use();
  const textLang = useForeignLang()(report.lang);

  return (
    <Page pinyin={`reports/${report.slug}`} title={report.title} description={report.summary} trail={[{ href: catalogueHref(), label: t.disclosure.title }]} lang={report.lang}>
      <dl class="summary-list">
        <div><dt>{t.disclosure.issuer}</dt><dd lang={textLang}>{report.issuer}</dd></div>
        <div><dt>{w.published}</dt><dd><time dateTime={report.published}>{report.published}</time></dd></div>
      </dl>
      <section aria-labelledby="figures">
        <h2 id="figures">{w.figures}</h2>
        {TABLES.map(([id, rows]) => (
          // Named and focusable so that a keyboard can scroll the table when it is wider than the screen.
          <section key={id} class="table-region" aria-labelledby={id} tabIndex={0}>
            <table class="table">
              <caption id={id}>{w[id]}</caption>
              <thead>
                <tr><th scope="col">{w.item}</th><th scope="col" class="numeric">{w.value}</th></tr>
              </thead>
              <tbody>
                {rows.map(([figure, unit]) => (
                  <tr key={figure}><th scope="row">{w[figure]}</th><td class="numeric">{report.figures[figure]} {w.units[unit]}</td></tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </section>
      <div lang={textLang}><Prose html={report.html} pinyin={`reports/${report.slug}`} /></div>
    </Page>
  );
}
