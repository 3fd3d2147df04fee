import type { Context } from 'hono';
import { validator } from 'hono/validator';
import * as v from 'valibot';
import type { FieldError } from '../../src/requests/contract.ts';
import { problem } from './problem.ts';

/** A valibot object schema whose fields are named by its entries: the fields a body may have. */
export type BodySchema = v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>;

/** One message per field, the first valibot found, in the order of the schema's entries. */
function fieldErrors(schema: BodySchema, issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
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
 * - 400 when the body is not JSON, or not a JSON object;
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
    // Parsed here first (Hono keeps the parsed body for the validator), so that a body that is not JSON gets this
    // site's problem+json 400 rather than the validator's exception.
    try {
      await c.req.json();
    } catch {
      return problem(c, 400, 'Bad Request', { detail: 'The body is not valid JSON' });
    }
    return check(c, next);
  };
  return middleware;
}

/**
 * Reads a form post's fields with `schema` (hono/validator), for the route to read as `c.req.valid('form')`:
 * `{values, errors}`. Fields the schema does not name are dropped (a page's form posts only its own); `values`
 * holds the named fields that are text, to show again; `errors` the schema's messages. The route answers the
 * errors with its page, so nothing is answered here.
 */
export function formBody<S extends BodySchema>(schema: S) {
  return validator('form', (value: Record<string, unknown>): { values: Record<string, string>; errors: FieldError[] } => {
    const values: Record<string, string> = {};
    for (const field of Object.keys(schema.entries)) if (typeof value[field] === 'string') values[field] = value[field];
    const result = v.safeParse(schema, Object.fromEntries(Object.keys(schema.entries).filter((field) => field in value).map((field) => [field, value[field]])));
    return { values, errors: result.success ? [] : fieldErrors(schema, result.issues) };
  });
}
