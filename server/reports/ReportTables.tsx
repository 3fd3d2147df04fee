import type { ComponentChildren } from 'preact';
import {
  appealColumns,
  applicantKinds,
  documentColumns,
  documentKinds,
  labels,
  requestRows,
  type AppealCounts,
  type ReportFigures,
} from '../../src/reports/figures.ts';

/**
 * The three tables of the State Council's 2021 report layout. Their headers span rows and columns, which a
 * screen reader cannot always work out from `scope`, so every number names its headers (`headers` = the ids of
 * its row and column headers, outermost first) and simple headers carry `scope` as well. Each table scrolls
 * inside its own named, focusable region, so at 320 px the page itself never scrolls sideways.
 * Used by the public report page and the staff preview; `idPrefix` keeps ids unique when two reports share a page.
 */
export function ReportTables({ figures, idPrefix = 'report', headingLevel = 2 }: { figures: ReportFigures; idPrefix?: string; headingLevel?: HeadingLevel }) {
  return (
    <>
      <ProactiveTable figures={figures} id={`${idPrefix}-proactive`} level={headingLevel} />
      <p class="hint">{labels.proactiveNote}</p>
      {figures.itemsPublished !== undefined && <p>{labels.itemsPublished}：{figures.itemsPublished}</p>}
      <RequestsTable figures={figures} id={`${idPrefix}-requests`} level={headingLevel} />
      <AppealsTable figures={figures} id={`${idPrefix}-appeals`} level={headingLevel} />
    </>
  );
}

export type HeadingLevel = 2 | 3;
type TableProps = { figures: ReportFigures; id: string; level: HeadingLevel };

function Region({ id, caption, level, children }: { id: string; caption: string; level: HeadingLevel; children: ComponentChildren }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      {/* The heading, for heading navigation, stays outside the scrolling region so that at 320 px it wraps on
          screen; the caption (the same words) names the table and its region. */}
      <Heading class="report-table__heading">{caption}</Heading>
      {/* Named and focusable so that a keyboard can scroll a table wider than the screen. */}
      <section class="table-region report-table-region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table class="table report-table" id={id}>
          <caption id={`${id}-caption`} class="visually-hidden">{caption}</caption>
          {children}
        </table>
      </section>
    </>
  );
}

function ProactiveTable({ figures, id, level }: TableProps) {
  const h = (name: string) => `${id}-${name}`;
  return (
    <Region id={id} caption={labels.part2} level={level}>
      <thead>
        <tr>
          <th scope="col" id={h('content')}>{labels.documentContent}</th>
          {documentColumns.map((column) => (
            <th key={column} scope="col" id={h(column)} class="numeric">{labels.documentColumns[column]}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {documentKinds.map((kind) => (
          <tr key={kind}>
            <th scope="row" id={h(kind)}>{labels.documentKinds[kind]}</th>
            {documentColumns.map((column) => (
              <td key={column} class="numeric" headers={`${h(kind)} ${h(column)}`}>{figures.proactive[kind][column]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </Region>
  );
}

/** Part 三's row headers: each level of a row's path spans the rows that share it, and the last fills the columns. */
const ROW_HEADER_COLUMNS = 3;

function RequestsTable({ figures, id, level }: TableProps) {
  const h = (name: string) => `${id}-${name}`;
  const columnHeaders = (kind: (typeof applicantKinds)[number] | 'total') =>
    kind === 'person' || kind === 'total' ? `${h('applicants')} ${h(kind)}` : `${h('applicants')} ${h('organisations')} ${h(kind)}`;
  const rows = requestRows.map((row, index) => {
    const headerIds: string[] = [];
    const cells = row.path.map((label, level) => {
      // The first row with this prefix owns the header; the others point at it.
      const prefix = row.path.slice(0, level + 1).join('/');
      const first = requestRows.findIndex((other) => other.path.slice(0, level + 1).join('/') === prefix);
      const headerId = h(`row-${first}-${level}`);
      headerIds.push(headerId);
      if (first !== index) return null;
      const rowSpan = requestRows.filter((other) => other.path.slice(0, level + 1).join('/') === prefix).length;
      const last = level === row.path.length - 1;
      const colSpan = last ? ROW_HEADER_COLUMNS - level : 1;
      return (
        <th key={level} id={headerId} scope={rowSpan > 1 ? 'rowgroup' : 'row'} rowSpan={rowSpan > 1 ? rowSpan : undefined} colSpan={colSpan > 1 ? colSpan : undefined}>
          {label}
        </th>
      );
    });
    return (
      <tr key={row.key}>
        {cells}
        {[...applicantKinds, 'total' as const].map((kind) => (
          <td key={kind} class="numeric" headers={`${headerIds.join(' ')} ${columnHeaders(kind)}`}>{figures.requests[row.key][kind]}</td>
        ))}
      </tr>
    );
  });
  return (
    <Region id={id} caption={labels.part3} level={level}>
      <thead>
        <tr>
          <td colSpan={ROW_HEADER_COLUMNS} rowSpan={3} class="report-table__note">{labels.requestCorner}</td>
          <th colSpan={7} scope="colgroup" id={h('applicants')}>{labels.applicants}</th>
        </tr>
        <tr>
          <th rowSpan={2} scope="col" id={h('person')}>{labels.columns.person}</th>
          <th colSpan={5} scope="colgroup" id={h('organisations')}>{labels.columns.organisations}</th>
          <th rowSpan={2} scope="col" id={h('total')}>{labels.columns.total}</th>
        </tr>
        <tr>
          {applicantKinds.filter((kind) => kind !== 'person').map((kind) => (
            <th key={kind} scope="col" id={h(kind)}>{labels.columns[kind]}</th>
          ))}
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </Region>
  );
}

function AppealsTable({ figures, id, level }: TableProps) {
  const h = (name: string) => `${id}-${name}`;
  const groups: { key: 'review' | 'lawsuit' | 'lawsuitAfterReview'; parents: string[]; counts: AppealCounts }[] = [
    { key: 'review', parents: [h('review')], counts: figures.appeals.review },
    { key: 'lawsuit', parents: [h('lawsuit'), h('direct')], counts: figures.appeals.lawsuit },
    { key: 'lawsuitAfterReview', parents: [h('lawsuit'), h('after-review')], counts: figures.appeals.lawsuitAfterReview },
  ];
  const resultHeader = (group: string, column: string) => h(`${group}-${column}`);
  return (
    <Region id={id} caption={labels.part4} level={level}>
      <thead>
        <tr>
          <th colSpan={5} scope="colgroup" id={h('review')}>{labels.review}</th>
          <th colSpan={10} scope="colgroup" id={h('lawsuit')}>{labels.lawsuit}</th>
        </tr>
        <tr>
          {appealColumns.map((column) => (
            <th key={column} rowSpan={2} scope="col" id={resultHeader('review', column)}>{labels.appealColumns[column]}</th>
          ))}
          <th colSpan={5} scope="colgroup" id={h('direct')}>{labels.lawsuitDirect}</th>
          <th colSpan={5} scope="colgroup" id={h('after-review')}>{labels.lawsuitAfterReview}</th>
        </tr>
        <tr>
          {groups.slice(1).flatMap((group) =>
            appealColumns.map((column) => (
              <th key={`${group.key}-${column}`} scope="col" id={resultHeader(group.key, column)}>{labels.appealColumns[column]}</th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        <tr>
          {groups.flatMap((group) =>
            appealColumns.map((column) => (
              <td key={`${group.key}-${column}`} class="numeric" headers={[...group.parents, resultHeader(group.key, column)].join(' ')}>
                {group.counts[column]}
              </td>
            )),
          )}
        </tr>
      </tbody>
    </Region>
  );
}
