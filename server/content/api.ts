/**
 * The integration API for catalogue items and guides (issue 14 point 3), under the staff session at
 * /api/staff/content (README "Staff API"), for staff tools and for importing from another system:
 * - `POST /` `{collection, slug, …fields, body, english?}`: creates (201) or updates (200) the draft;
 * - `GET /<collection>/<slug>`: the draft, its review, its versions and audit trail;
 * - `POST /<collection>/<slug>/publish` `{decision?, comment?, confidentialityChecked?}`: an administrator's direct
 *   publish, or the caller's review step (server/content/actions.ts);
 * - `POST /<collection>/<slug>/versions/<n>/restore`: version n becomes the draft;
 * - `POST /<collection>/<slug>/files` (multipart, one `files` part per file, as a reply's), `DELETE …/files/<id>`;
 * - `DELETE /<collection>/<slug>` `{reason}`: withdraws.
 * Errors as problem+json like the rest of the staff API: 401 without a session, 403 for another site's post or a
 * missing role, 404, 409, 413, 415, and 422 `{errors: [{field, message, …}]}` (a refused publish adds `warnings`).
 */
import { type Context, Hono } from 'hono';
import { contentReview, site } from '../../src/config/site.ts';
import { multipartReply } from '../files/multipart.ts';
import { uploadMessages } from '../files/uploads.ts';
import { isJsonRequest, notJson } from '../http/validate.ts';
import { jsonRefusal, limitBody, parseJsonBody } from '../http/limits.ts';
import { problem } from '../http/problem.ts';
import { sameOriginPosts, type StaffEnv } from '../staff/auth.ts';
import type { StaffConsole } from '../staff/console.ts';
import { attachToDraft, type CheckContent, type ContentContext, type ContentResult, itemView, publish, removeFromDraft, restoreVersion, saveDraft, withdraw } from './actions.ts';
import { type Collection, isCollection, SLUG } from './fields.ts';
import { findItem, itemAudit, itemVersions } from './store.ts';

export interface ContentApiOptions {
  staffConsole: StaffConsole;
  /** The authoring checks run at publish (server/content/checks/, as server/app.ts gives them). */
  check?: CheckContent;
  /** Where the shipped Markdown files are; default src/content. */
  shippedDir?: string;
}

/** A draft's JSON: the body of the longest item many times over, and a little room; files come as multipart. */
export const MAX_CONTENT_BODY_BYTES = 512 * 1024;

const limit = limitBody(MAX_CONTENT_BODY_BYTES, (c) => problem(c, 413, 'Content Too Large', { detail: `The body must be at most ${MAX_CONTENT_BODY_BYTES} bytes` }));

/** The JSON object sent, `{}` for no body at all (a publish needs none), or the problem to answer. */
async function jsonObject(c: Context, empty: 'allowed' | 'refused'): Promise<Record<string, unknown> | Response> {
  const text = await c.req.text();
  if (text === '' && empty === 'allowed') return {};
  if (!isJsonRequest(c)) return notJson(c);
  const parsed = parseJsonBody(text);
  if (!parsed.ok) return problem(c, 400, 'Bad Request', { detail: jsonRefusal(parsed.reason) });
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return problem(c, 400, 'Bad Request', { detail: 'Send a JSON object' });
  return value as Record<string, unknown>;
}

function answer(c: Context, result: ContentResult<unknown>): Response {
  switch (result.kind) {
    case 'done':
      return c.json(result.value, result.created ? 201 : 200);
    case 'invalid':
      return problem(c, 422, 'Unprocessable Content', { errors: result.errors, ...(result.warnings && { warnings: result.warnings }) });
    case 'refused':
      return problem(c, 409, 'Conflict', { detail: result.message });
    case 'forbidden':
      return problem(c, 403, 'Forbidden', { detail: result.message });
    case 'not-found':
      return problem(c, 404, 'Not Found');
  }
}

/** The address's collection and slug, or undefined when they cannot name an item. */
function itemOf(c: Context): { collection: Collection; slug: string } | undefined {
  const collection = c.req.param('collection');
  const slug = c.req.param('slug') ?? '';
  return isCollection(collection) && SLUG.test(slug) ? { collection, slug } : undefined;
}

const positive = (text: string | undefined) => (text && /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : undefined);

export function contentApi(options: ContentApiOptions): Hono<StaffEnv> {
  const { staffConsole } = options;
  const api = new Hono<StaffEnv>();
  const context = (c: Context<StaffEnv>): ContentContext => ({
    ...staffConsole.actionContext(c),
    ...(options.check && { check: options.check }),
    ...(options.shippedDir && { shippedDir: options.shippedDir }),
  });
  api.use(sameOriginPosts((c) => problem(c, 403, 'Forbidden', { detail: 'Cross-site requests are refused' })));
  api.use('*', staffConsole.requireStaff);

  api.post('/', limit, async (c) => {
    const body = await jsonObject(c, 'refused');
    return body instanceof Response ? body : answer(c, await saveDraft(context(c), body));
  });
  api.get('/:collection/:slug', async (c) => {
    const item = itemOf(c);
    const found = item && (await findItem(staffConsole.options.db, item.collection, item.slug));
    if (!found) return problem(c, 404, 'Not Found');
    const { db } = staffConsole.options;
    const [view, versions, audit] = await Promise.all([itemView(db, found, contentReview), itemVersions(db, found.id), itemAudit(db, found.id)]);
    return c.json({ ...view, versions, audit });
  });
  api.post('/:collection/:slug/publish', limit, async (c) => {
    const item = itemOf(c);
    if (!item) return problem(c, 404, 'Not Found');
    const body = await jsonObject(c, 'allowed');
    return body instanceof Response ? body : answer(c, await publish(context(c), item.collection, item.slug, body));
  });
  api.post('/:collection/:slug/versions/:number/restore', async (c) => {
    const item = itemOf(c);
    const number = positive(c.req.param('number'));
    if (!item || number === undefined) return problem(c, 404, 'Not Found');
    return answer(c, await restoreVersion(context(c), item.collection, item.slug, number));
  });
  api.post(
    '/:collection/:slug/files',
    multipartReply(
      async (c, post) => {
        const item = itemOf(c);
        if (!item) return problem(c, 404, 'Not Found');
        return answer(c, await attachToDraft(context(c as Context<StaffEnv>), item.collection, item.slug, post.uploads));
      },
      {
        tooLarge: (c) => problem(c, 413, 'Content Too Large', { detail: uploadMessages.bodyTooLarge }),
        unreadable: (c) => problem(c, 400, 'Bad Request', { detail: 'The body is not valid multipart/form-data' }),
      },
    ),
    (c) => problem(c, 415, 'Unsupported Media Type', { detail: 'Send multipart/form-data with one files part per file' }, { 'Accept-Post': 'multipart/form-data' }),
  );
  api.delete('/:collection/:slug/files/:id', async (c) => {
    const item = itemOf(c);
    const id = positive(c.req.param('id'));
    if (!item || id === undefined) return problem(c, 404, 'Not Found');
    return answer(c, await removeFromDraft(context(c), item.collection, item.slug, id));
  });
  api.delete('/:collection/:slug', limit, async (c) => {
    const item = itemOf(c);
    if (!item) return problem(c, 404, 'Not Found');
    const body = await jsonObject(c, 'refused');
    return body instanceof Response ? body : answer(c, await withdraw(context(c), item.collection, item.slug, body));
  });
  api.all('*', (c) => problem(c, 404, 'Not Found'));
  return api;
}
