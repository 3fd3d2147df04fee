import { ErrorSummary } from '../../src/components/ErrorSummary/ErrorSummary.tsx';
import { TextArea } from '../../src/components/Field/Field.tsx';
import type { FieldError } from '../../src/requests/contract.ts';
import type { ScheduleDifference } from '../requests/holiday-calendar.ts';
import { chinaDate } from '../requests/due-date.ts';
import { StaffPage } from '../staff/layout.tsx';
import type { ScheduleAudit } from './store.ts';
import { holidayText as t } from './text.ts';
import { staffHolidaysHref, staffHolidayYearHref, staffRequestHref } from '../../src/addresses/addresses.ts';

const day = (iso: string) => t.fullDate(chinaDate(new Date(iso)));
const errorFor = (errors: FieldError[], field: string) => errors.find((error) => error.field === field)?.message;

/** One row of the years' table: where the year's schedule comes from now. */
export interface YearRow {
  year: number;
  source: 'package' | 'staff' | 'none';
  savedBy?: string;
  savedAt?: string;
  /** The stored year differs from a package that has it too. */
  differs: boolean;
  /** Staff may enter or change it today. */
  enterable: boolean;
}

export function HolidayListPage({ rows }: { rows: YearRow[] }) {
  return (
    <StaffPage title={t.list.title} section="holidays">
      <p>{t.list.intro}</p>
      <h2 id="years-title">{t.list.years}</h2>
      <section class="table-region" aria-labelledby="years-title" tabIndex={0}>
        <table class="table">
          <caption>{t.list.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.list.yearColumn}</th>
              <th scope="col">{t.list.sourceColumn}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                <td>
                  {row.source === 'staff' ? t.list.fromStaff(row.savedBy!, day(row.savedAt!)) : row.source === 'package' ? t.list.fromPackage : t.list.none}
                  {row.differs && <>（<strong>{t.list.differs}</strong>）</>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ul class="link-list">
        {rows.filter((row) => row.enterable).map((row) => (
          <li key={row.year}><a href={staffHolidayYearHref(row.year)}>{t.list.edit(row.year)}</a></li>
        ))}
      </ul>
    </StaffPage>
  );
}

function describe(entry: ScheduleDifference['stored']): string {
  if (!entry) return t.year.ordinary;
  return entry.kind === 'holiday' ? t.year.holiday(entry.name) : t.year.workday(entry.name);
}

export function HolidayYearPage({ year, values, errors, inPackage, stored, differences }: {
  year: number;
  values: { holidays: string; workdays: string };
  errors: FieldError[];
  inPackage: boolean;
  stored?: { savedBy: string; savedAt: string };
  differences: ScheduleDifference[];
}) {
  return (
    <StaffPage title={t.year.title(year)} hasErrors={errors.length > 0} section="holidays" trail={[{ href: staffHolidaysHref, label: t.list.title }]}>
      <ErrorSummary errors={errors} />
      <p>{t.year.intro(year)}</p>
      {stored && <p>{t.year.storedNote(stored.savedBy, day(stored.savedAt))}</p>}
      {inPackage && <p>{t.year.packageNote(year)}</p>}
      {differences.length > 0 && (
        <div class="panel">
          <h2 id="differences-title">{t.year.differencesTitle}</h2>
          <p>{t.year.differencesIntro}</p>
          <section class="table-region" aria-labelledby="differences-title" tabIndex={0}>
            <table class="table">
              <caption>{t.year.differencesCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.year.differenceColumns.date}</th>
                  <th scope="col">{t.year.differenceColumns.stored}</th>
                  <th scope="col">{t.year.differenceColumns.package}</th>
                </tr>
              </thead>
              <tbody>
                {differences.map((difference) => (
                  <tr key={difference.date}>
                    <th scope="row">{t.fullDate(difference.date)}（{t.weekday(difference.date)}）</th>
                    <td>{describe(difference.stored)}</td>
                    <td>{describe(difference.package)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      )}
      <form method="post" action={staffHolidayYearHref(year)} novalidate>
        <TextArea name="holidays" label={t.year.holidays} hint={t.year.holidaysHint} value={values.holidays} error={errorFor(errors, 'holidays')} rows={10} />
        <TextArea name="workdays" label={t.year.workdays} hint={t.year.workdaysHint} value={values.workdays} error={errorFor(errors, 'workdays')} rows={5} />
        <button type="submit" class="button">{t.year.submit}</button>
      </form>
      <p><a class="standalone-link" href={staffHolidaysHref}>{t.year.back}</a></p>
    </StaffPage>
  );
}

export function HolidaySavedPage({ audit }: { audit: ScheduleAudit }) {
  const shown = (date: { dueDate: string; provisional: boolean }) => `${t.fullDate(date.dueDate)}${date.provisional ? t.saved.provisional : ''}`;
  return (
    <StaffPage title={t.saved.title(audit.year)} section="holidays" trail={[{ href: staffHolidaysHref, label: t.list.title }]}>
      <div class="panel" role="status">
        <p>{audit.recounted.length > 0 ? t.saved.changed(audit.recounted.length) : t.saved.none}</p>
      </div>
      {audit.recounted.length > 0 && (
        <>
          <section class="table-region" aria-labelledby="recounted-caption" tabIndex={0}>
            <table class="table">
              <caption id="recounted-caption">{t.saved.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.saved.columns.reference}</th>
                  <th scope="col">{t.saved.columns.before}</th>
                  <th scope="col">{t.saved.columns.after}</th>
                </tr>
              </thead>
              <tbody>
                {audit.recounted.map((request) => (
                  <tr key={request.reference}>
                    <th scope="row"><a href={staffRequestHref(request.reference)}>{request.reference}</a></th>
                    <td>{shown(request.before)}</td>
                    <td>{shown(request.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <p>{t.saved.applicant}</p>
        </>
      )}
      <p><a class="standalone-link" href={staffHolidayYearHref(audit.year)}>{t.year.title(audit.year)}</a></p>
      <p><a class="standalone-link" href={staffHolidaysHref}>{t.year.back}</a></p>
    </StaffPage>
  );
}

export function HolidayMessagePage({ title, text }: { title: string; text: string }) {
  return (
    <StaffPage title={title} section="holidays" trail={[{ href: staffHolidaysHref, label: t.list.title }]}>
      <p>{text}</p>
      <p><a class="standalone-link" href={staffHolidaysHref}>{t.year.back}</a></p>
    </StaffPage>
  );
}
