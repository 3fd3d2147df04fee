import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import type { FieldError } from '../../src/requests/contract.ts';
import { isStorableText } from '../../src/requests/rules/characters.ts';
import { limitBody, MAX_BODY_BYTES } from '../http/limits.ts';
import { problem } from '../http/problem.ts';
import { formBody, jsonBody } from '../http/validate.ts';
import { chinaDate, type HolidayData } from '../requests/due-date.ts';
import { packageHolidayData, packageSchedule, packageYears, type Schedule, scheduleDifferences, storedSchedules } from '../requests/holiday-calendar.ts';
import { sameOriginPosts, type StaffEnv } from '../staff/auth.ts';
import type { StaffConsole } from '../staff/console.ts';
import { staffHtml } from '../staff/layout.tsx';
import { staffText } from '../staff/text.ts';
import { checkSchedule, checkYear, enterableYears, parseScheduleText, type ScheduleInput, scheduleEntries, scheduleText } from './schedule.ts';
import { saveSchedule, scheduleAudit } from './store.ts';
import { holidayText as t } from './text.ts';
import { HolidayListPage, HolidayMessagePage, HolidaySavedPage, HolidayYearPage, type YearRow } from './views.tsx';
import { staffHolidaySavedHref, staffHolidaysHref, staffHolidayYearHref } from '../../src/addresses/addresses.ts';

export interface HolidayOptions {
  staffConsole: StaffConsole;
  /** The holiday package's data; tests pass a newer package's to see the stored schedule kept. */
  holidayData?: HolidayData;
}

const storable = (message: string) => v.optional(v.pipe(v.string(message), v.check((value) => isStorableText(value, true), message)));

/** The form's two fields: each the lines staff typed (server/holidays/schedule.ts reads them). */
const formSchema = v.object({ holidays: storable(t.errors.notText), workdays: storable(t.errors.notText) });

/** The API's body: each field date → name, as the chinese-days data set keys its days. */
const daysSchema = v.optional(v.record(v.string(), v.pipe(v.string(t.errors.notText), v.maxLength(200, t.errors.nameInvalid)), t.errors.notText));
const jsonSchema = v.object({ holidays: daysSchema, workdays: daysSchema });

const limit = limitBody(MAX_BODY_BYTES, (c) => c.text('Content Too Large', 413, { 'Cache-Control': 'no-store' }));
const apiLimit = limitBody(MAX_BODY_BYTES, (c) => problem(c, 413, 'Content Too Large', { detail: `The body must be at most ${MAX_BODY_BYTES} bytes` }));

/** What saving needs, from the console: the database, who, when, the working days. */
function saveContext(options: HolidayOptions, c: Context<StaffEnv>) {
  const { staffConsole } = options;
  return {
    ...staffConsole.actionContext(c),
    replyWorkingDays: staffConsole.replyWorkingDays,
    extensionWorkingDays: staffConsole.extensionWorkingDays,
    holidayData: options.holidayData ?? packageHolidayData,
  };
}

/** Checks and saves `input` as `year`'s schedule: the errors, or the save's audit id and the requests moved. */
async function checkAndSave(options: HolidayOptions, c: Context<StaffEnv>, yearText: string, input: ScheduleInput) {
  const today = chinaDate(options.staffConsole.options.now());
  const year = checkYear(yearText, today);
  if ('error' in year) return { kind: 'invalid' as const, errors: [{ field: 'year', message: year.error }] };
  const checked = checkSchedule(year.year, input);
  if ('errors' in checked) return { kind: 'invalid' as const, errors: checked.errors };
  return { kind: 'saved' as const, year: year.year, ...(await saveSchedule(saveContext(options, c), year.year, checked.schedule)) };
}

/**
 * The staff pages for holiday schedules (`/staff/holidays/…`): the years and where each one's schedule comes from,
 * a year's form (GOV.UK pattern: labels, hints, error summary, values kept), and the confirmation after a save
 * listing the requests whose due date changed. Server-rendered HTML, no script; mounted after the console's pages,
 * whose sign-in check and cross-site refusal it repeats so that it stands on its own.
 */
export function holidayPages(options: HolidayOptions): Hono<StaffEnv> {
  const { staffConsole } = options;
  const { db, now } = staffConsole.options;
  const data = () => options.holidayData ?? packageHolidayData;
  const pages = new Hono<StaffEnv>();
  const page = (c: Context, element: preact.JSX.Element, status?: 200 | 400 | 403 | 404 | 422) => staffHtml(c, element, staffConsole.frame(c), status);
  const message = (c: Context, text: string, status: 400 | 403 | 404) => page(c, <HolidayMessagePage title={t.errors.title} text={text} />, status);

  pages.use(`${staffHolidaysHref}*`, sameOriginPosts((c) => message(c, staffText.signIn.crossSite, 403)));
  pages.use(`${staffHolidaysHref}*`, staffConsole.requireStaff);
  pages.get(staffHolidaysHref.slice(0, -1), (c) => c.redirect(staffHolidaysHref, 301));

  pages.get(staffHolidaysHref, async (c) => {
    const stored = await storedSchedules(db);
    const inPackage = new Set(packageYears(data()));
    const { from, to } = enterableYears(chinaDate(now()));
    const years = [...new Set([...stored.map((schedule) => schedule.year), ...[from, from + 1, to]])].sort((a, b) => b - a);
    const rows: YearRow[] = years.map((year) => {
      const schedule = stored.find((candidate) => candidate.year === year);
      return {
        year,
        source: schedule ? 'staff' : inPackage.has(year) ? 'package' : 'none',
        ...(schedule && { savedBy: schedule.savedBy, savedAt: schedule.savedAt }),
        differs: !!schedule && inPackage.has(year) && scheduleDifferences(schedule, packageSchedule(year, data())).length > 0,
        enterable: year >= from && year <= to,
      };
    });
    return page(c, <HolidayListPage rows={rows} />);
  });

  const yearPage = async (c: Context, year: number, form?: { values: { holidays: string; workdays: string }; errors: FieldError[] }) => {
    const [stored] = await storedSchedules(db, year);
    const fromPackage: Schedule = packageSchedule(year, data());
    const inPackage = Object.keys(fromPackage.holidays).length > 0;
    // The form starts from what counts now: the stored schedule, else the package's year (to correct it), else empty.
    const values = form?.values ?? scheduleText(stored ?? fromPackage);
    return page(
      c,
      <HolidayYearPage
        year={year}
        values={values}
        errors={form?.errors ?? []}
        inPackage={inPackage}
        stored={stored && { savedBy: stored.savedBy, savedAt: stored.savedAt }}
        differences={stored && inPackage ? scheduleDifferences(stored, fromPackage) : []}
      />,
      form?.errors.length ? 422 : 200,
    );
  };

  pages.get(staffHolidayYearHref(':year'), (c) => {
    const year = checkYear(c.req.param('year') ?? '', chinaDate(now()));
    return 'error' in year ? message(c, year.error, 404) : yearPage(c, year.year);
  });
  pages.post(staffHolidayYearHref(':year'), limit, formBody(formSchema, (c) => message(c, staffText.errors.unreadableForm, 400)), async (c) => {
    const form = c.req.valid('form');
    const values = { holidays: form.values.holidays ?? '', workdays: form.values.workdays ?? '' };
    const yearText = c.req.param('year') ?? '';
    const year = checkYear(yearText, chinaDate(now()));
    if ('error' in year) return message(c, year.error, 404);
    if (form.errors.length > 0) return yearPage(c, year.year, { values, errors: form.errors });
    const result = await checkAndSave(options, c, yearText, parseScheduleText(values));
    if (result.kind === 'invalid') return yearPage(c, year.year, { values, errors: result.errors });
    return c.redirect(staffHolidaySavedHref(result.year, result.auditId), 303);
  });

  pages.get(staffHolidaySavedHref(':year', ':id'), async (c) => {
    const id = c.req.param('id') ?? '';
    const audit = /^\d{1,9}$/.test(id) ? await scheduleAudit(db, Number(id)) : undefined;
    if (!audit || String(audit.year) !== c.req.param('year')) return message(c, t.saved.unknownSave, 404);
    return page(c, <HolidaySavedPage audit={audit} />);
  });
  return pages;
}

/**
 * `POST /api/staff/holidays/<year>` under the staff session: `{holidays: {"YYYY-MM-DD": "名称"}, workdays: {…}}`, each
 * day of a holiday listed. 200 `{year, recounted: [{reference, before, after}]}`; 422 problem+json `{errors: [{field,
 * message}]}` (field `year`, `holidays` or `workdays`, or an unknown field), nothing stored; 401 without a session;
 * 403 from another site; 415 for a body that is not JSON.
 */
export function holidayApi(options: HolidayOptions): Hono<StaffEnv> {
  const api = new Hono<StaffEnv>();
  // As everything under /api/: an answer may name requests, and is never cached.
  api.use(async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  api.use(sameOriginPosts((c) => problem(c, 403, 'Forbidden', { detail: 'Cross-site requests are refused' })));
  api.use('*', options.staffConsole.requireStaff);
  api.post('/:year', apiLimit, jsonBody(jsonSchema, { unknownField: t.errors.unknownField }), async (c) => {
    const result = await checkAndSave(options, c, c.req.param('year'), scheduleEntries(c.req.valid('json')));
    if (result.kind === 'invalid') return problem(c, 422, 'Unprocessable Content', { errors: result.errors });
    return c.json({ year: result.year, recounted: result.recounted }, 200);
  });
  return api;
}
