import { readFileSync } from 'node:fs';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { FieldError } from '../../src/requests/rules/schema.ts';
import { site } from '../../src/config/site.ts';
import { problem } from '../http/problem.ts';
import type { Database } from '../db/database.ts';
import { findStaffByName, type Staff } from './accounts.ts';
import { type ActionContext, type ActionResult, addAppeal, askForCompletion, extendDeadline, type Input, recordCompletion, reply, updateAppeal } from './actions.ts';
import { createRequireStaff, safeNext, sameOriginPosts, type StaffEnv } from './auth.ts';
import { siteStylesheet, STAFF_CSS_PATH, staffHtml } from './layout.tsx';
import { verifyPassword, hashForUnknownNames } from './passwords.ts';
import { findRequest, listRequests, requestAppeals, requestAudit, requestHistory, type StaffRequest, type StatusFilter, statusFilters } from '../requests/repository.ts';
import { skippedHolidays } from './due-words.ts';
import { clearSessionCookie, createSession, endSession, findSession, sessionToken, setSessionCookie } from './sessions.ts';
import { staffText as s } from './text.ts';
import { createSignInThrottle, type SignInThrottle } from './throttle.ts';
import { ActionPage, type ActionName, DetailPage, type FormValues, ListPage, MessagePage, SignInPage } from './views.tsx';

export interface StaffOptions {
  db: Database;
  now: () => Date;
  distDir: string;
  clientAddress: (c: Context) => string;
  replyWorkingDays?: number;
  extensionWorkingDays?: number;
  throttle?: SignInThrottle;
}

/** Far above any real form (a 10,000-character reply is about 30 KB), far below harm. */
const MAX_BODY_BYTES = 64 * 1024;
const staffCss = readFileSync(new URL('./staff.css', import.meta.url), 'utf8');

export type SignInResult = { kind: 'signed-in'; staff: Staff; token: string } | { kind: 'wrong' } | { kind: 'slow-down'; retryAfterSeconds: number };

/** Checks a name and password against the slow-down and the accounts; starts a session when they match. */
async function signIn(options: StaffOptions, throttle: SignInThrottle, name: string, password: string, address: string): Promise<SignInResult> {
  const decision = throttle.check(name, address);
  if (!decision.allowed) return { kind: 'slow-down', retryAfterSeconds: decision.retryAfterSeconds };
  const staff = await findStaffByName(options.db, name);
  // The same work for an unknown name as for a wrong password: the time taken does not tell which names exist.
  const matches = await verifyPassword(password, staff?.passwordHash ?? (await hashForUnknownNames()));
  if (!staff || !matches) {
    throttle.failed(name, address);
    return { kind: 'wrong' };
  }
  throttle.succeeded(name);
  const token = await createSession(options.db, staff.id, options.now());
  return { kind: 'signed-in', staff: { id: staff.id, name: staff.name }, token };
}

const actions: Record<Exclude<ActionName, 'update-appeal'>, (context: ActionContext, reference: string, input: Input) => Promise<ActionResult<unknown>>> = {
  'ask-completion': askForCompletion,
  'record-completion': recordCompletion,
  extend: extendDeadline,
  reply,
  'add-appeal': addAppeal,
};

/** The API's names for the actions, nouns as REST has them. */
const apiActions: Record<string, Exclude<ActionName, 'update-appeal'>> = {
  'completion-request': 'ask-completion',
  completion: 'record-completion',
  extension: 'extend',
  reply: 'reply',
  appeals: 'add-appeal',
};

const actionFields: Record<ActionName, readonly string[]> = {
  'ask-completion': ['note'],
  'record-completion': ['date'],
  extend: ['reason'],
  reply: ['outcome', 'replyText', 'refusalReason', 'legalBasis'],
  'add-appeal': ['kind', 'filedOn', 'result', 'decidedOn'],
  'update-appeal': ['result', 'decidedOn'],
};

import { looksLikeReference } from '../requests/reference.ts';

function formValues(posted: Record<string, unknown>, fields: readonly string[]): FormValues {
  const values: FormValues = {};
  for (const field of fields) if (typeof posted[field] === 'string') values[field] = posted[field] as string;
  return values;
}

/**
 * The staff side: /staff/ pages (server-rendered, no script), /api/staff/ JSON, and for any other staff page (the
 * annual report's): `requireStaff`, a middleware that sets `c.get('staff')` ({id, name}) or sends the person to sign
 * in (401 under /api/), and `renderPage(c, <StaffPage title section="reports">…</StaffPage>)`.
 */
export function createStaff(options: StaffOptions) {
  const throttle = options.throttle ?? createSignInThrottle(() => options.now().getTime());
  const requireStaff = createRequireStaff(options);
  const stylesheet = siteStylesheet(options.distDir);
  const frame = (c: Context) => ({ stylesheet, staff: (c as Context<StaffEnv>).get('staff') as Staff | undefined });
  const context = (c: Context<StaffEnv>): ActionContext => ({
    db: options.db,
    staff: c.get('staff'),
    now: options.now(),
    replyWorkingDays: options.replyWorkingDays,
    extensionWorkingDays: options.extensionWorkingDays,
  });
  const extensionDays = options.extensionWorkingDays ?? site.disclosure.extensionWorkingDays;
  const replyDays = options.replyWorkingDays ?? site.disclosure.replyWorkingDays;

  // ---- Pages ----
  const pages = new Hono<StaffEnv>();
  const limit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.text('Content Too Large', 413, { 'Cache-Control': 'no-store' }) });
  pages.use(
    '/staff/*',
    sameOriginPosts((c) => staffHtml(c, <MessagePage title={s.signIn.title} text={s.signIn.crossSite} />, { stylesheet }, 403)),
  );
  pages.get('/staff', (c) => c.redirect('/staff/', 301));
  pages.get(STAFF_CSS_PATH, (c) => c.body(staffCss, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' }));

  const signInPage = (c: Context, values: FormValues, errors: FieldError[], status: 200 | 422 | 429 = 200, notice?: string, headers: Record<string, string> = {}) =>
    staffHtml(c, <SignInPage values={values} errors={errors} notice={notice} next={safeNext(c.req.query('next'))} />, { stylesheet }, status, headers);

  pages.get('/staff/sign-in', async (c, next) => {
    // Already signed in (a bookmark, the back button): straight on to the console.
    const token = sessionToken(c);
    if (token && (await findSession(options.db, token, options.now()))) return c.redirect(safeNext(c.req.query('next')), 303);
    return next();
  });
  pages.get('/staff/sign-in', (c) => signInPage(c, {}, [], 200, c.req.query('signed-out') !== undefined ? s.signIn.signedOut : c.req.query('next') ? s.signIn.expired : undefined));
  pages.post('/staff/sign-in', limit, async (c) => {
    const posted = await c.req.parseBody();
    const values = formValues(posted, ['name']);
    const name = (values.name ?? '').trim();
    const password = typeof posted.password === 'string' ? posted.password : '';
    const errors: FieldError[] = [];
    if (name === '') errors.push({ field: 'name', message: s.signIn.missingName });
    if (password === '') errors.push({ field: 'password', message: s.signIn.missingPassword });
    if (errors.length) return signInPage(c, values, errors, 422);
    const result = await signIn(options, throttle, name, password, options.clientAddress(c));
    if (result.kind === 'slow-down') {
      return signInPage(c, values, [{ field: 'password', message: s.signIn.slowDown(result.retryAfterSeconds) }], 429, undefined, {
        'Retry-After': String(result.retryAfterSeconds),
      });
    }
    if (result.kind === 'wrong') return signInPage(c, values, [{ field: 'password', message: s.signIn.wrong }], 422);
    setSessionCookie(c, result.token);
    return c.redirect(safeNext(c.req.query('next')), 303);
  });
  pages.post('/staff/sign-out', async (c) => {
    const token = sessionToken(c);
    if (token) await endSession(options.db, token);
    clearSessionCookie(c);
    return c.redirect('/staff/sign-in?signed-out', 303);
  });

  pages.use('/staff/*', requireStaff);
  pages.get('/staff/', async (c) => {
    const asked = c.req.query('status') ?? 'open';
    const filter = (statusFilters as readonly string[]).includes(asked) ? (asked as StatusFilter) : 'open';
    const requests = await listRequests(options.db, filter);
    return staffHtml(c, <ListPage requests={requests} filter={filter} now={options.now()} />, frame(c));
  });

  const withRequest = async (c: Context<StaffEnv>, show: (request: StaffRequest) => Promise<Response> | Response) => {
    const reference = c.req.param('reference') ?? '';
    const request = looksLikeReference(reference) ? await findRequest(options.db, reference) : undefined;
    if (!request) return staffHtml(c, <MessagePage title={s.notFound.title} text={s.notFound.text} />, frame(c), 404);
    return show(request);
  };

  pages.get('/staff/requests/:reference/', (c) =>
    withRequest(c, async (request) => {
      const [history, audit, appeals] = await Promise.all([
        requestHistory(options.db, request.id),
        requestAudit(options.db, request.id),
        requestAppeals(options.db, request.id),
      ]);
      const skipped = skippedHolidays(request, { reply: replyDays, extension: extensionDays });
      return staffHtml(
        c,
        <DetailPage request={request} history={history} audit={audit} appeals={appeals} now={options.now()} done={c.req.query('done')} skipped={skipped} />,
        frame(c),
      );
    }),
  );

  const actionPage = (c: Context<StaffEnv>, action: ActionName, request: StaffRequest, values: FormValues, errors: FieldError[], status: 200 | 409 | 422 = 200, refused?: string, appeal?: Awaited<ReturnType<typeof requestAppeals>>[number]) =>
    staffHtml(
      c,
      <ActionPage action={action} request={request} values={values} errors={errors} refused={refused} extensionDays={extensionDays} path={new URL(c.req.url).pathname} appeal={appeal} />,
      frame(c),
      status,
    );

  for (const action of Object.keys(actions) as (keyof typeof actions)[]) {
    const path = `/staff/requests/:reference/${action}/`;
    pages.get(path, (c) => withRequest(c, (request) => actionPage(c, action, request, {}, [])));
    pages.post(path, limit, (c) =>
      withRequest(c, async (request) => {
        const values = formValues(await c.req.parseBody(), actionFields[action]);
        const result = await actions[action](context(c), request.reference, values);
        if (result.kind === 'done') return c.redirect(`/staff/requests/${request.reference}/?done=${action}`, 303);
        if (result.kind === 'invalid') return actionPage(c, action, request, values, result.errors, 422);
        if (result.kind === 'refused') return actionPage(c, action, request, values, [], 409, result.message);
        return c.notFound();
      }),
    );
  }

  const findAppeal = async (request: StaffRequest, id: string) =>
    /^\d{1,9}$/.test(id) ? (await requestAppeals(options.db, request.id)).find((appeal) => appeal.id === Number(id)) : undefined;
  pages.get('/staff/requests/:reference/appeals/:id/', (c) =>
    withRequest(c, async (request) => {
      const appeal = await findAppeal(request, c.req.param('id'));
      if (!appeal) return staffHtml(c, <MessagePage title={s.notFound.title} text={s.notFound.text} />, frame(c), 404);
      return actionPage(c, 'update-appeal', request, { result: appeal.result, decidedOn: appeal.decidedOn ?? '' }, [], 200, undefined, appeal);
    }),
  );
  pages.post('/staff/requests/:reference/appeals/:id/', limit, (c) =>
    withRequest(c, async (request) => {
      const appeal = await findAppeal(request, c.req.param('id'));
      if (!appeal) return staffHtml(c, <MessagePage title={s.notFound.title} text={s.notFound.text} />, frame(c), 404);
      const values = formValues(await c.req.parseBody(), actionFields['update-appeal']);
      const result = await updateAppeal(context(c), request.reference, appeal.id, values);
      if (result.kind === 'done') return c.redirect(`/staff/requests/${request.reference}/?done=update-appeal`, 303);
      if (result.kind === 'invalid') return actionPage(c, 'update-appeal', request, values, result.errors, 422, undefined, appeal);
      return staffHtml(c, <MessagePage title={s.notFound.title} text={s.notFound.text} />, frame(c), 404);
    }),
  );
  // Other /staff/ addresses (the annual report's pages) are left to the routes mounted after these.

  // ---- API ----
  const api = new Hono<StaffEnv>();
  api.use(sameOriginPosts((c) => problem(c, 403, 'Forbidden', { detail: 'Cross-site requests are refused' })));

  /** JSON bodies only: a form post from another site cannot send one without the browser asking first. */
  const jsonBody = async (c: Context, fields: readonly string[]): Promise<{ body: Input } | { response: Response }> => {
    const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      return { response: problem(c, 415, 'Unsupported Media Type', { detail: 'Send application/json' }, { 'Accept-Post': 'application/json' }) };
    }
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return { response: problem(c, 400, 'Bad Request', { detail: 'The body is not valid JSON' }) };
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return { response: problem(c, 400, 'Bad Request', { detail: 'Send a JSON object' }) };
    const unknown = Object.keys(body).filter((key) => !fields.includes(key));
    if (unknown.length) {
      return { response: problem(c, 422, 'Unprocessable Content', { errors: unknown.map((field) => ({ field, message: s.errors.unknownField })) }) };
    }
    return { body: body as Input };
  };

  api.post('/session', limit, async (c) => {
    const parsed = await jsonBody(c, ['name', 'password']);
    if ('response' in parsed) return parsed.response;
    const name = typeof parsed.body.name === 'string' ? parsed.body.name.trim() : '';
    const password = typeof parsed.body.password === 'string' ? parsed.body.password : '';
    const errors: FieldError[] = [];
    if (name === '') errors.push({ field: 'name', message: s.signIn.missingName });
    if (password === '') errors.push({ field: 'password', message: s.signIn.missingPassword });
    if (errors.length) return problem(c, 422, 'Unprocessable Content', { errors });
    const result = await signIn(options, throttle, name, password, options.clientAddress(c));
    if (result.kind === 'slow-down') {
      return problem(c, 429, 'Too Many Requests', { detail: s.signIn.slowDown(result.retryAfterSeconds), retryAfter: result.retryAfterSeconds }, { 'Retry-After': String(result.retryAfterSeconds) });
    }
    if (result.kind === 'wrong') return problem(c, 401, 'Unauthorized', { detail: s.signIn.wrong });
    setSessionCookie(c, result.token);
    return c.json({ name: result.staff.name }, 200);
  });
  api.delete('/session', async (c) => {
    const token = sessionToken(c);
    if (token) await endSession(options.db, token);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  api.use('*', requireStaff);
  api.get('/requests', async (c) => {
    const asked = c.req.query('status') ?? 'open';
    if (!(statusFilters as readonly string[]).includes(asked)) {
      return problem(c, 400, 'Bad Request', { detail: `status must be one of ${statusFilters.join(', ')}` });
    }
    return c.json({ requests: await listRequests(options.db, asked as StatusFilter) });
  });
  api.get('/requests/:reference', async (c) => {
    const reference = c.req.param('reference');
    const request = looksLikeReference(reference) ? await findRequest(options.db, reference) : undefined;
    if (!request) return problem(c, 404, 'Not Found');
    const [history, audit, appeals] = await Promise.all([
      requestHistory(options.db, request.id),
      requestAudit(options.db, request.id),
      requestAppeals(options.db, request.id),
    ]);
    return c.json({ request, history, appeals, audit });
  });

  const answer = (c: Context, result: ActionResult<unknown>, created = false) => {
    switch (result.kind) {
      case 'done':
        return c.json(result.value, created ? 201 : 200);
      case 'invalid':
        return problem(c, 422, 'Unprocessable Content', { errors: result.errors });
      case 'refused':
        return problem(c, 409, 'Conflict', { detail: result.message });
      case 'not-found':
        return problem(c, 404, 'Not Found');
    }
  };

  api.post('/requests/:reference/:action', limit, async (c) => {
    const action = apiActions[c.req.param('action')];
    if (!action) return problem(c, 404, 'Not Found');
    const parsed = await jsonBody(c, actionFields[action]);
    if ('response' in parsed) return parsed.response;
    const reference = c.req.param('reference');
    if (!looksLikeReference(reference)) return problem(c, 404, 'Not Found');
    return answer(c, await actions[action](context(c), reference, parsed.body), action === 'add-appeal');
  });
  api.patch('/requests/:reference/appeals/:id', limit, async (c) => {
    const parsed = await jsonBody(c, actionFields['update-appeal']);
    if ('response' in parsed) return parsed.response;
    const id = c.req.param('id');
    if (!/^\d{1,9}$/.test(id)) return problem(c, 404, 'Not Found');
    return answer(c, await updateAppeal(context(c), c.req.param('reference'), Number(id), parsed.body));
  });
  api.all('*', (c) => problem(c, 404, 'Not Found'));

  /** Answers with a staff page (StaffPage inside) for any staff route: the site's stylesheet, who is signed in, no-store. */
  const renderPage = (c: Context, page: preact.JSX.Element, status: 200 | 400 | 404 | 409 | 422 = 200) => staffHtml(c, page, frame(c), status);

  return { pages, api, requireStaff, renderPage };
}
