import { catalogueHref, reportDataHref } from '../../src/addresses/addresses.ts';
import { Page } from '../../src/components/Page/Page.tsx';
import { ReportTables, type HeadingLevel } from './ReportTables.tsx';
import { site } from '../../src/config/site.ts';
import type { ReportFigures } from '../../src/reports/figures.ts';
import { reportText as t } from './text.ts';
import { zhHans } from '../../src/i18n/zh-Hans.ts';

/** The narrative sections, already rendered from Markdown by the server's safe renderer. */
export interface NarrativeHtml {
  overview: string;
  problems: string;
  otherMatters: string;
}

/**
 * A report generated from the data, in the State Council's order: 总体情况, the three tables, problems and
 * improvements, other matters. Rendered on the server only (the public page and the staff preview), so the
 * Markdown has been made safe before it reaches `dangerouslySetInnerHTML`.
 */
export function ReportSections({ figures, narrative, idPrefix = 'report', headingLevel = 2 }: {
  figures: ReportFigures;
  narrative: NarrativeHtml;
  idPrefix?: string;
  /** 3 inside the staff preview, under its own h2. */
  headingLevel?: HeadingLevel;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const prose = (html: string) => <div class="prose" dangerouslySetInnerHTML={{ __html: html || `<p>${t.empty}</p>` }} />;
  return (
    <>
      <section aria-labelledby={`${idPrefix}-overview`}>
        <Heading id={`${idPrefix}-overview`}>{t.sections.overview}</Heading>
        {prose(narrative.overview)}
      </section>
      <ReportTables figures={figures} idPrefix={idPrefix} headingLevel={headingLevel} />
      <section aria-labelledby={`${idPrefix}-problems`}>
        <Heading id={`${idPrefix}-problems`}>{t.sections.problems}</Heading>
        {prose(narrative.problems)}
      </section>
      <section aria-labelledby={`${idPrefix}-other`}>
        <Heading id={`${idPrefix}-other`}>{t.sections.otherMatters}</Heading>
        {prose(narrative.otherMatters)}
      </section>
    </>
  );
}

/**
 * The public page's content, in the app's `Page` (breadcrumbs, the one h1, the head, the QR code of its address):
 * who published it and when, the report, the downloads.
 */
export function PublishedReport({ year, figures, narrative, publishedOn }: {
  year: number;
  figures: ReportFigures;
  narrative: NarrativeHtml;
  publishedOn: string;
}) {
  return (
    <Page title={t.title(year)} description={t.description(year)} trail={[{ href: catalogueHref(), label: zhHans.disclosure.title }]}>
      <dl class="summary-list">
        <div><dt>{t.issuer}</dt><dd>{site.name}</dd></div>
        <div><dt>{t.published}</dt><dd><time dateTime={publishedOn}>{publishedOn}</time></dd></div>
      </dl>
      <ReportSections figures={figures} narrative={narrative} />
      <section aria-labelledby="downloads">
        <h2 id="downloads">{t.downloads}</h2>
        <ul class="link-list">
          <li><a href={reportDataHref(year, 'csv')} download={`report-${year}.csv`}>{t.csv(year)}</a></li>
          <li><a href={reportDataHref(year, 'json')}>{t.json(year)}</a></li>
        </ul>
      </section>
    </Page>
  );
}
