import { readFileSync } from 'node:fs';
import { type Context, Hono } from 'hono';
import type { FieldError } from '../../src/requests/contract.ts';
import { limitBody, MAX_BODY_BYTES } from '../http/limits.ts';
import * as v from 'valibot';
import { fieldErrors, formBody } from '../http/validate.ts';
import { multipartReply } from '../files/multipart.ts';
import { type Upload, uploadMessages } from '../files/uploads.ts';
import { requestMail } from '../mail/outbox.ts';
import { DeliverySection } from '../mail/DeliverySection.tsx';
import { looksLikeReference } from '../requests/reference.ts';
import {
  findRequest, listRequests, requestAppeals, requestAudit, requestDeliveries, requestFiles, requestHistory, requestLetters, type StaffRequest, type StatusFilter, statusFilters,
} from '../requests/repository.ts';
import { updateAppeal } from './actions.ts';
import { safeNext, sameOriginPosts, type StaffEnv } from './auth.ts';
import { appealId, type RequestActionName, requestActions, signInFields, type StaffConsole } from './console.ts';
import { skippedHolidays } from './due-words.ts';
import { loadHolidayCalendar } from '../requests/holiday-calendar.ts';
import { STAFF_CSS_PATH, staffHtml } from './layout.tsx';
import { actionBodies, signInBody } from './schemas.ts';
import { findSession, sessionToken, setSessionCookie } from './sessions.ts';
import { staffText as s } from './text.ts';
import { ActionPage, type ActionName, DetailPage, type FormValues, LetterPrintPage, ListPage, MessagePage, SignInPage, unconfiguredWords } from './views.tsx';
import { staffActionHref, staffHref, staffLetterHref, staffRequestHref, staffSignInHref, staffSignOutHref } from '../../src/addresses/addresses.ts';
import { site } from '../../src/config/site.ts';
import { findLetter } from '../letters/store.ts';

// The letter's own styles (screen and A4 print) come with the console's: one source for the phone and the print page.
const staffCss = [new URL('./staff.css', import.meta.url), new URL('../../src/requests/letters/Letter.css', import.meta.url)]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const limit = limitBody(MAX_BODY_BYTES, (c) => c.text('Content Too Large', 413, { 'Cache-Control': 'no-store' }));

/**
 * The staff console's pages under /staff/: server-rendered HTML forms, no script, never cached. Sign-in and
 * sign-out are open; every other /staff/ address needs a session (`StaffConsole.requireStaff`), and every post must
 * come from this site (403 otherwise). Other /staff/ addresses (the annual report's pages) are left to routes
 * mounted after these, which use the same `requireStaff` and page frame.
 */
export function staffPages(staffConsole: StaffConsole): Hono<StaffEnv> {
  const { db, now } = staffConsole.options;
  const letterFacts = staffConsole.options.letterFacts ?? site.letters;
  const pages = new Hono<StaffEnv>();
  const page = (c: Context, element: preact.JSX.Element, status?: Parameters<typeof staffHtml>[3], headers?: Record<string, string>) =>
    staffHtml(c, element, staffConsole.frame(c), status, headers);
  const notFound = (c: Context) => page(c, <MessagePage title={s.notFound.title} text={s.notFound.text} />, 404);
  /** A post whose body cannot be read as a form (multipart without a boundary): 400, with what to do. */
  const unreadable = (c: Context) => page(c, <MessagePage title={s.errors.unreadableFormTitle} text={s.errors.unreadableForm} />, 400);

  pages.use(`${staffHref}*`, sameOriginPosts((c) => page(c, <MessagePage title={s.signIn.title} text={s.signIn.crossSite} />, 403)));
  pages.get(staffHref.slice(0, -1), (c) => c.redirect(staffHref, 301));
  pages.get(STAFF_CSS_PATH, (c) => c.body(staffCss, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' }));

  // ---- Signing in and out ----
  const signInPage = (c: Context, values: FormValues, errors: FieldError[], status: 200 | 422 | 429 = 200, notice?: string, headers: Record<string, string> = {}) =>
    staffHtml(c, <SignInPage values={values} errors={errors} notice={notice} next={safeNext(c.req.query('next'))} />, { stylesheet: staffConsole.frame(c).stylesheet }, status, headers);

  pages.get(staffSignInHref, async (c, next) => {
    // Already signed in (a bookmark, the back button): straight on to the console.
    const token = sessionToken(c);
    if (token && (await findSession(db, token, now()))) return c.redirect(safeNext(c.req.query('next')), 303);
    return next();
  });
  pages.get(staffSignInHref, (c) =>
    signInPage(c, {}, [], 200, c.req.query('signed-out') !== undefined ? s.signIn.signedOut : c.req.query('next') ? s.signIn.expired : undefined),
  );
  pages.post(staffSignInHref, limit, formBody(signInBody, unreadable), async (c) => {
    const { values, errors } = c.req.valid('form');
    // The password is never shown again.
    const shown = { ...(values.name !== undefined && { name: values.name }) };
    // The schema's errors first: a name it refuses (a control character) never reaches the accounts' query.
    if (errors.length > 0) return signInPage(c, shown, errors, 422);
    const fields = signInFields(values);
    if ('errors' in fields) return signInPage(c, shown, fields.errors, 422);
    const result = await staffConsole.signIn(c, fields.name, fields.password);
    if (result.kind === 'slow-down') {
      return signInPage(c, shown, [{ field: 'password', message: s.signIn.slowDown(result.retryAfterSeconds) }], 429, undefined, {
        'Retry-After': String(result.retryAfterSeconds),
      });
    }
    if (result.kind === 'wrong') return signInPage(c, shown, [{ field: 'password', message: s.signIn.wrong }], 422);
    setSessionCookie(c, result.token);
    return c.redirect(safeNext(c.req.query('next')), 303);
  });
  pages.post(staffSignOutHref, async (c) => {
    await staffConsole.signOut(c);
    return c.redirect(`${staffSignInHref}?signed-out`, 303);
  });

  // ---- Requests ----
  pages.use(`${staffHref}*`, staffConsole.requireStaff);
  pages.get(staffHref, async (c) => {
    const asked = c.req.query('status') ?? 'open';
    const filter = (statusFilters as readonly string[]).includes(asked) ? (asked as StatusFilter) : 'open';
    return page(c, <ListPage requests={await listRequests(db, filter)} filter={filter} now={now()} />);
  });

  const withRequest = async (c: Context<StaffEnv>, show: (request: StaffRequest) => Promise<Response> | Response) => {
    const reference = c.req.param('reference') ?? '';
    const request = looksLikeReference(reference) ? await findRequest(db, reference) : undefined;
    return request ? show(request) : notFound(c);
  };

  pages.get(staffRequestHref(':reference'), (c) =>
    withRequest(c, async (request) => {
      const [history, audit, appeals, letters, calendar] = await Promise.all([
        requestHistory(db, request.id),
        requestAudit(db, request.id),
        requestAppeals(db, request.id),
        requestLetters(db, request.id),
        loadHolidayCalendar(db),
      ]);
      const skipped = skippedHolidays(request, { reply: staffConsole.replyWorkingDays, extension: staffConsole.extensionWorkingDays }, calendar);
      const [files, mails, deliveries] = await Promise.all([requestFiles(db, request.id), requestMail(db, request.id), requestDeliveries(db, request.id)]);
      const delivery = <DeliverySection request={request} files={files} mails={mails} deliveries={deliveries} mailConfigured={staffConsole.options.mail !== undefined} />;
      return page(
        c,
        <DetailPage
          request={request} history={history} audit={audit} appeals={appeals} letters={letters} letterFacts={letterFacts} now={now()} done={c.req.query('done')} skipped={skipped}
          delivery={delivery}
        />,
      );
    }),
  );
  pages.get(staffLetterHref(':reference', ':id'), (c) =>
    withRequest(c, async (request) => {
      const id = appealId(c.req.param('id') ?? '');
      const letter = id === undefined ? undefined : await findLetter(db, request.id, id);
      return letter ? page(c, <LetterPrintPage request={request} letter={letter} />) : notFound(c);
    }),
  );

  const actionPage = async (
    c: Context<StaffEnv>,
    action: ActionName,
    request: StaffRequest,
    form: { values: FormValues; errors: FieldError[] },
    status: 200 | 409 | 422 = 200,
    refused?: string,
    appeal?: Awaited<ReturnType<typeof requestAppeals>>[number],
  ) =>
    page(
      c,
      <ActionPage
        action={action}
        request={request}
        values={form.values}
        errors={form.errors}
        refused={refused}
        extensionDays={staffConsole.extensionWorkingDays}
        path={new URL(c.req.url).pathname}
        appeal={appeal}
        calendar={await loadHolidayCalendar(db)}
        unconfigured={unconfiguredWords(letterFacts)}
      />,
      status,
    );

  /** Runs the action with the form's values (and files), then back to the request, or the form again with what is wrong. */
  const act = async (c: Context<StaffEnv>, action: RequestActionName, request: StaffRequest, form: { values: FormValues; errors: FieldError[] }, files?: Upload[]) => {
    if (form.errors.length > 0) return actionPage(c, action, request, form, 422);
    const result = await requestActions[action](staffConsole.actionContext(c), request.reference, { ...form.values, ...(files && { files }) });
    if (result.kind === 'done') return c.redirect(`${staffRequestHref(request.reference)}?done=${action}`, 303);
    if (result.kind === 'invalid') return actionPage(c, action, request, { values: form.values, errors: result.errors }, 422);
    if (result.kind === 'refused') return actionPage(c, action, request, form, 409, result.message);
    return notFound(c);
  };

  // The reply form posts multipart/form-data, with its files (issue 13), under the multipart limit.
  pages.post(
    staffActionHref(':reference', 'reply'),
    multipartReply(
      (c, post) =>
        withRequest(c as Context<StaffEnv>, (request) => {
          const schema = actionBodies.reply;
          const values: FormValues = {};
          for (const field of Object.keys(schema.entries)) if (typeof post.fields[field] === 'string') values[field] = post.fields[field];
          const checked = v.safeParse(schema, Object.fromEntries(Object.keys(schema.entries).filter((field) => field in post.fields).map((field) => [field, post.fields[field]])));
          const errors = checked.success ? [] : fieldErrors(schema, checked.issues);
          return act(c as Context<StaffEnv>, 'reply', request, { values, errors }, post.uploads);
        }),
      { tooLarge: (c) => page(c, <MessagePage title={s.errors.unreadableFormTitle} text={uploadMessages.bodyTooLarge} />, 413), unreadable },
    ),
  );

  for (const action of Object.keys(requestActions) as RequestActionName[]) {
    const path = staffActionHref(':reference', action);
    pages.get(path, (c) => withRequest(c, (request) => actionPage(c, action, request, { values: {}, errors: [] })));
    pages.post(path, limit, formBody(actionBodies[action], unreadable), (c) => withRequest(c, (request) => act(c, action, request, c.req.valid('form'))));
  }

  const findAppeal = async (request: StaffRequest, text: string) => {
    const id = appealId(text);
    return id === undefined ? undefined : (await requestAppeals(db, request.id)).find((appeal) => appeal.id === id);
  };
  pages.get(staffActionHref(':reference', 'appeals/:id'), (c) =>
    withRequest(c, async (request) => {
      const appeal = await findAppeal(request, c.req.param('id') ?? '');
      if (!appeal) return notFound(c);
      return actionPage(c, 'update-appeal', request, { values: { result: appeal.result, decidedOn: appeal.decidedOn ?? '' }, errors: [] }, 200, undefined, appeal);
    }),
  );
  pages.post(staffActionHref(':reference', 'appeals/:id'), limit, formBody(actionBodies['update-appeal'], unreadable), (c) =>
    withRequest(c, async (request) => {
      const appeal = await findAppeal(request, c.req.param('id') ?? '');
      if (!appeal) return notFound(c);
      const form = c.req.valid('form');
      if (form.errors.length > 0) return actionPage(c, 'update-appeal', request, form, 422, undefined, appeal);
      const result = await updateAppeal(staffConsole.actionContext(c), request.reference, appeal.id, form.values);
      if (result.kind === 'done') return c.redirect(`${staffRequestHref(request.reference)}?done=update-appeal`, 303);
      if (result.kind === 'invalid') return actionPage(c, 'update-appeal', request, { values: form.values, errors: result.errors }, 422, undefined, appeal);
      return notFound(c);
    }),
  );
  return pages;
}
