import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
/**
 * Limits every way in shares: the app's JSON, the form posted without JavaScript, and the staff console.
 * Written once so that a change reaches all of them.
 */

/**
 * Most bytes a request body may have (64 KiB), as README "API" promises. Far above any real one (a 2,000-character
 * description is about 6 KB, a 10,000-character staff reply about 30 KB), far below harm.
 */
export const MAX_BODY_BYTES = 64 * 1024;

/** A UUID as RFC 9562 writes it (any version, either case): the `Idempotency-Key` header and the no-JS form's key. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID (see `UUID`); anything else, a non-string included, is false. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * The hidden field of the no-JavaScript check-answers form that carries the request's key, made when the form
 * started, so pressing "提交申请" twice still makes one request (the app's `Idempotency-Key`, posted as a field).
 */
export const IDEMPOTENCY_KEY_FIELD = 'idempotencyKey';

/**
 * Deepest nesting of arrays and objects a JSON body may have. No request or staff body nests more than two levels;
 * a body nested thousands of levels deep would overflow the stack of any recursive walk (hashing, validating).
 */
export const MAX_JSON_DEPTH = 32;

/**
 * The deepest nesting of `[` and `{` in JSON text, counted without recursion (brackets inside strings, escaped
 * quotes included, do not count). Stops counting at `limit + 1`: the answer is exact up to `limit`.
 */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // a backslash: skip the character it escapes
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return deepest;
}

/**
 * Parses a JSON body: the value, or why it was refused (`'syntax'`: not JSON; `'depth'`: nested deeper than
 * MAX_JSON_DEPTH). Never throws, whatever the text.
 */
export function parseJsonBody(text: string): { ok: true; value: unknown } | { ok: false; reason: 'syntax' | 'depth' } {
  if (jsonDepth(text) > MAX_JSON_DEPTH) return { ok: false, reason: 'depth' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, reason: 'syntax' };
  }
}

/** The problem detail for a JSON body refused by `parseJsonBody`. */
export const jsonRefusal = (reason: 'syntax' | 'depth') =>
  reason === 'depth' ? `The body is nested more than ${MAX_JSON_DEPTH} levels deep` : 'The body is not valid JSON';

/**
 * Marks a refusal so the connection closes after it (`Connection: close`): a client whose body was not read (too
 * large, or refused before reading) must not send its next request on a connection still full of the last body.
 * Returns the same response.
 */
export function closing(response: Response): Response {
  response.headers.set('Connection', 'close');
  return response;
}

/**
 * Hono's bodyLimit, refusing with `refuse`'s answer (a 413) and closing the connection: without an `onError`,
 * bodyLimit throws, and the app's error handler made that a 500.
 */
export function limitBody(maxSize: number, refuse: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  return bodyLimit({ maxSize, onError: async (c) => closing(await refuse(c)) });
}

/**
 * For every route: a refusal (4xx or 5xx) of a request whose body was never read closes the connection, so that the
 * unread body cannot reset the client's next request on it. Requests without a body, and answers to read bodies, keep
 * the connection.
 */
export const closeAfterUnreadBody: MiddlewareHandler = async (c, next) => {
  await next();
  const hasBody = c.req.header('Transfer-Encoding') !== undefined || Number(c.req.header('Content-Length') ?? 0) > 0;
  if (hasBody && c.res.status >= 400 && (c.res.status === 413 || !c.req.raw.bodyUsed)) c.header('Connection', 'close');
};

/**
 * Reads a form post (urlencoded or multipart) without throwing: the fields, or undefined when the body cannot be
 * read as a form (multipart without a boundary, a broken multipart body, another type). The caller answers 400.
 */
export async function readForm(c: Context): Promise<Record<string, string | File | (string | File)[]> | undefined> {
  try {
    return await c.req.parseBody();
  } catch {
    return undefined;
  }
}
