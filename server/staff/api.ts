import { type Context, Hono } from 'hono';
import { limitBody, MAX_BODY_BYTES } from '../http/limits.ts';
import { problem } from '../http/problem.ts';
import * as v from 'valibot';
import { fieldErrors, jsonBody } from '../http/validate.ts';
import { multipartReply } from '../files/multipart.ts';
import { uploadMessages } from '../files/uploads.ts';
import { looksLikeReference } from '../requests/reference.ts';
import { requestMail } from '../mail/outbox.ts';
import { findRequest, listRequests, requestAppeals, requestAudit, requestDeliveries, requestFiles, requestHistory, type StatusFilter, statusFilters } from '../requests/repository.ts';
import { type ActionResult, updateAppeal } from './actions.ts';
import { sameOriginPosts, type StaffEnv } from './auth.ts';
import { appealId, type RequestActionName, requestActions, signInFields, type StaffConsole } from './console.ts';
import { actionBodies, signInBody } from './schemas.ts';
import { setSessionCookie } from './sessions.ts';
import { staffText as s } from './text.ts';

/** The API's names for the actions, nouns as REST has them (README "Staff API"). */
const apiActions: Record<string, RequestActionName> = {
  'completion-request': 'ask-completion',
  completion: 'record-completion',
  extension: 'extend',
  reply: 'reply',
  appeals: 'add-appeal',
  consultation: 'consult',
  'third-party-answer': 'record-third-party',
  deliveries: 'record-delivery',
};

const limit = limitBody(MAX_BODY_BYTES, (c) => problem(c, 413, 'Content Too Large', { detail: `The body must be at most ${MAX_BODY_BYTES} bytes` }));
const unknownField = { unknownField: s.errors.unknownField };

/** An action's result as the API answers it: the changed record (201 for a new appeal), 422, 409 or 404 problem+json. */
function answer(c: Context, result: ActionResult<unknown>, created = false): Response {
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
}

/**
 * The staff console's JSON API, mounted at /api/staff (README "Staff API"): the session, the list, a request, and
 * the actions. Bodies are JSON only (415 otherwise), checked by the schemas of server/staff/schemas.ts before
 * anything is stored (400, 422); posts from another site are refused (403); without a session 401; errors as
 * problem+json.
 */
export function staffApi(staffConsole: StaffConsole): Hono<StaffEnv> {
  const { db } = staffConsole.options;
  const api = new Hono<StaffEnv>();
  api.use(sameOriginPosts((c) => problem(c, 403, 'Forbidden', { detail: 'Cross-site requests are refused' })));

  api.post('/session', limit, jsonBody(signInBody, unknownField), async (c) => {
    const fields = signInFields(c.req.valid('json'));
    if ('errors' in fields) return problem(c, 422, 'Unprocessable Content', { errors: fields.errors });
    const result = await staffConsole.signIn(c, fields.name, fields.password);
    if (result.kind === 'slow-down') {
      return problem(
        c,
        429,
        'Too Many Requests',
        { detail: s.signIn.slowDown(result.retryAfterSeconds), retryAfter: result.retryAfterSeconds },
        { 'Retry-After': String(result.retryAfterSeconds) },
      );
    }
    if (result.kind === 'wrong') return problem(c, 401, 'Unauthorized', { detail: s.signIn.wrong });
    setSessionCookie(c, result.token);
    return c.json({ name: result.staff.name }, 200);
  });
  api.delete('/session', async (c) => {
    await staffConsole.signOut(c);
    return c.body(null, 204);
  });

  api.use('*', staffConsole.requireStaff);
  api.get('/requests', async (c) => {
    const asked = c.req.query('status') ?? 'open';
    if (!(statusFilters as readonly string[]).includes(asked)) {
      return problem(c, 400, 'Bad Request', { detail: `status must be one of ${statusFilters.join(', ')}` });
    }
    return c.json({ requests: await listRequests(db, asked as StatusFilter) });
  });
  api.get('/requests/:reference', async (c) => {
    const reference = c.req.param('reference');
    const request = looksLikeReference(reference) ? await findRequest(db, reference) : undefined;
    if (!request) return problem(c, 404, 'Not Found');
    const [history, audit, appeals, files, mail, deliveries] = await Promise.all([
      requestHistory(db, request.id),
      requestAudit(db, request.id),
      requestAppeals(db, request.id),
      requestFiles(db, request.id),
      requestMail(db, request.id),
      requestDeliveries(db, request.id),
    ]);
    // Each e-mail's state as staff read it (issue 13): sent at, or the last failure and the next attempt.
    const mailState = mail.map(({ key, sentAt, attempts, lastError, nextAttemptAt }) => ({ key, sentAt, attempts, lastError, ...(!sentAt && { nextAttemptAt }) }));
    return c.json({ request, history, appeals, audit, files, mail: mailState, deliveries, mailConfigured: staffConsole.options.mail !== undefined });
  });

  // The reply with its files (issue 13): multipart/form-data, the same fields and one `files` part per file, under the
  // multipart limit; JSON goes on to the route below, under the 64 KiB limit.
  api.post(
    '/requests/:reference/reply',
    multipartReply(
      async (c, post) => {
        const reference = c.req.param('reference') ?? '';
        if (!looksLikeReference(reference)) return problem(c, 404, 'Not Found');
        const unknown = Object.keys(post.fields).filter((field) => !Object.hasOwn(actionBodies.reply.entries, field));
        if (unknown.length > 0) return problem(c, 422, 'Unprocessable Content', { errors: unknown.map((field) => ({ field, message: s.errors.unknownField })) });
        const checked = v.safeParse(actionBodies.reply, post.fields);
        if (!checked.success) return problem(c, 422, 'Unprocessable Content', { errors: fieldErrors(actionBodies.reply, checked.issues) });
        const context = staffConsole.actionContext(c as Context<StaffEnv>);
        return answer(c, await requestActions.reply(context, reference, { ...checked.output, files: post.uploads }));
      },
      {
        tooLarge: (c) => problem(c, 413, 'Content Too Large', { detail: uploadMessages.bodyTooLarge }),
        unreadable: (c) => problem(c, 400, 'Bad Request', { detail: 'The body is not valid multipart/form-data' }),
      },
    ),
  );
  for (const [name, action] of Object.entries(apiActions)) {
    api.post(`/requests/:reference/${name}`, limit, jsonBody(actionBodies[action], unknownField), async (c) => {
      const reference = c.req.param('reference');
      if (!looksLikeReference(reference)) return problem(c, 404, 'Not Found');
      return answer(c, await requestActions[action](staffConsole.actionContext(c), reference, c.req.valid('json')), action === 'add-appeal' || action === 'record-delivery');
    });
  }
  api.patch('/requests/:reference/appeals/:id', limit, jsonBody(actionBodies['update-appeal'], unknownField), async (c) => {
    const id = appealId(c.req.param('id'));
    if (id === undefined) return problem(c, 404, 'Not Found');
    return answer(c, await updateAppeal(staffConsole.actionContext(c), c.req.param('reference'), id, c.req.valid('json')));
  });
  api.all('*', (c) => problem(c, 404, 'Not Found'));
  return api;
}
