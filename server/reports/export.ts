import { appealColumns, applicantKinds, documentColumns, documentKinds, labels, requestRows } from '../../src/reports/figures.ts';
import type { PublishedReport } from './store.ts';

/**
 * A published report as CSV and JSON. The CSV has one block per table: its caption, a line of column headers
 * (each with its full path, outer headers first, joined by " / "), then one line per table row starting with the
 * row's full header path. UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly.
 */
const PATH = ' / ';
const BOM = '\uFEFF';

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (fields: (string | number)[]) => fields.map(csvField).join(',');

export function reportCsv(report: PublishedReport): string {
  const f = report.figures;
  const requestColumnPaths = [
    [labels.applicants, labels.columns.person],
    ...applicantKinds.filter((kind) => kind !== 'person').map((kind) => [labels.applicants, labels.columns.organisations, labels.columns[kind]]),
    [labels.applicants, labels.columns.total],
  ].map((path) => path.join(PATH));
  const appealGroups = [
    { path: [labels.review], counts: f.appeals.review },
    { path: [labels.lawsuit, labels.lawsuitDirect], counts: f.appeals.lawsuit },
    { path: [labels.lawsuit, labels.lawsuitAfterReview], counts: f.appeals.lawsuitAfterReview },
  ];
  const lines = [
    line([labels.part2]),
    line([labels.documentContent, ...documentColumns.map((column) => labels.documentColumns[column])]),
    ...documentKinds.map((kind) => line([labels.documentKinds[kind], ...documentColumns.map((column) => f.proactive[kind][column])])),
    ...(f.itemsPublished === undefined ? [] : [line([labels.itemsPublished, f.itemsPublished])]),
    '',
    line([labels.part3]),
    line(['', ...requestColumnPaths]),
    ...requestRows.map((row) => line([row.path.join(PATH), ...[...applicantKinds, 'total' as const].map((kind) => f.requests[row.key][kind])])),
    '',
    line([labels.part4]),
    line(['', ...appealGroups.flatMap((group) => appealColumns.map((column) => [...group.path, labels.appealColumns[column]].join(PATH)))]),
    line([labels.part4.replace(/^四、/, ''), ...appealGroups.flatMap((group) => appealColumns.map((column) => group.counts[column]))]),
  ];
  return BOM + lines.join('\r\n') + '\r\n';
}

export function reportJson(report: PublishedReport, title: string) {
  return {
    year: report.year,
    title,
    publishedAt: report.publishedAt.toISOString(),
    figures: report.figures,
    // The Markdown the staff wrote; the page shows it rendered.
    narrative: { overview: report.overview, problems: report.problems, otherMatters: report.otherMatters },
  };
}
