import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Errors as RFC 9457 problem details, which the app and scripts can read the same way. */
export function problem(c: Context, status: ContentfulStatusCode, title: string, extra: Record<string, unknown> = {}) {
  return c.body(JSON.stringify({ type: 'about:blank', title, status, ...extra }), status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}
