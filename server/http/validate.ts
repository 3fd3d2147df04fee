import type { Context, Next } from 'hono';
import { validator } from 'hono/validator';
import * as v from 'valibot';
import type { FieldError } from '../../src/requests/contract.ts';
import { closing, jsonRefusal, parseJsonBody } from './limits.ts';
import { problem } from './problem.ts';

/** A valibot object schema whose fields are named by its entries: the fields a body may have. */
export type BodySchema = v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>;

/** One message per field, the first valibot found, in the order of the schema's entries. */
export function fieldErrors(schema: BodySchema, issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const field = String(issue.path?.[0]?.key ?? '');
    if (!errors.has(field)) errors.set(field, issue.message);
  }
  const order = Object.keys(schema.entries);
  return [...errors].map(([field, message]) => ({ field, message })).sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

/** True when the request says its body is `application/json` (parameters such as charset aside). */
export function isJsonRequest(c: Context): boolean {
  return c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** 415 problem+json for a body that is not JSON, naming what to send. */
export function notJson(c: Context, detail = 'Send application/json'): Response {
  return problem(c, 415, 'Unsupported Media Type', { detail }, { 'Accept-Post': 'application/json' });
}

/**
 * Validates a JSON body with `schema` (hono/validator), for the route to read as `c.req.valid('json')`. Answers,
 * as problem+json, before the route runs and before anything is stored:
 * - 415 when the Content-Type is not application/json (a form posted from another site cannot send JSON without
 *   the browser asking first);
 * - 400 when the body is not JSON, is nested deeper than MAX_JSON_DEPTH, or is not a JSON object;
 * - 422 `{errors: [{field, message}]}` for fields the schema does not name (every one, with `unknownField` as the
 *   message), else for fields that break the schema (one message per field, the schema's own).
 */
export function jsonBody<S extends BodySchema>(schema: S, messages: { unknownField: string }) {
  const check = validator('json', (value: unknown, c): v.InferOutput<S> | Response => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return problem(c, 400, 'Bad Request', { detail: 'Send a JSON object' });
    const unknown = Object.keys(value).filter((key) => !Object.hasOwn(schema.entries, key));
    if (unknown.length > 0) {
      return problem(c, 422, 'Unprocessable Content', { errors: unknown.map((field) => ({ field, message: messages.unknownField })) });
    }
    const result = v.safeParse(schema, value);
    if (!result.success) return problem(c, 422, 'Unprocessable Content', { errors: fieldErrors(schema, result.issues) });
    return result.output;
  });
  const middleware: typeof check = async (c, next) => {
    if (!isJsonRequest(c)) return notJson(c);
    // Checked here first (the validator parses the text Hono keeps), so that a body that is not JSON, or is nested
    // deep enough to overflow a recursive walk, gets this site's problem+json 400 rather than an exception.
    const parsed = parseJsonBody(await c.req.text());
    if (!parsed.ok) return problem(c, 400, 'Bad Request', { detail: jsonRefusal(parsed.reason) });
    return check(c, next);
  };
  return middleware;
}

/**
 * Reads a form post's fields with `schema` (hono/validator), for the route to read as `c.req.valid('form')`; a body
 * that cannot be read as a form is answered with `unreadable(c)` (a 400 page), with `Connection: close`:
 * `{values, errors}`. Fields the schema does not name are dropped (a page's form posts only its own); `values`
 * holds the named fields that are text, to show again; `errors` the schema's messages. The route answers the
 * errors with its page, so nothing is answered here.
 */
export function formBody<S extends BodySchema>(schema: S, unreadable: (c: Context) => Response | Promise<Response>) {
  const check = validator('form', (value: Record<string, unknown>): { values: Record<string, string>; errors: FieldError[] } => {
    const values: Record<string, string> = {};
    for (const field of Object.keys(schema.entries)) if (typeof value[field] === 'string') values[field] = value[field];
    const result = v.safeParse(schema, Object.fromEntries(Object.keys(schema.entries).filter((field) => field in value).map((field) => [field, value[field]])));
    return { values, errors: result.success ? [] : fieldErrors(schema, result.issues) };
  });
  const middleware = (async (c: Context, next: Next) => {
    // Read here first (the validator reuses what Hono keeps), so that a form that cannot be read (multipart without a
    // boundary, a broken multipart body) gets the route's own 400 page rather than the validator's exception.
    const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
    if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
      try {
        await c.req.formData();
      } catch {
        return closing(await unreadable(c));
      }
    }
    return check(c, next);
  }) as unknown as typeof check;
  return middleware;
}
