import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Errors as RFC 9457 problem details, which the app and scripts read the same way. */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return c.body(JSON.stringify({ type: 'about:blank', title, status, ...extra }), status, {
    ...headers,
    'Content-Type': 'application/problem+json',
  });
}

/** For an address that exists but not with this method. */
export function methodNotAllowed(c: Context, allow: readonly string[]): Response {
  return problem(c, 405, 'Method Not Allowed', {}, { Allow: allow.join(', ') });
}
