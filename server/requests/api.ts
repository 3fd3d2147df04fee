import { Hono, type Context } from 'hono';
import { requestLocales, type RequestLocale } from '../../src/requests/rules/schema.ts';
import type { Database } from '../db/database.ts';
import { createRateLimiter, type RateLimiter, rateLimit } from '../http/rate-limit.ts';
import { localeFromAcceptLanguage } from './locale.ts';
import { isReferencePrefix, looksLikeReference } from './reference.ts';
import { randomBytes } from 'node:crypto';
import { sameHash, statusTokenHash } from './secrets.ts';
import { findStatus, findStatusTokenHash } from './repository.ts';
import { submitRequest } from './submit.ts';
import { methodNotAllowed, problem } from '../http/problem.ts';
import { isUuid, jsonRefusal, limitBody, MAX_BODY_BYTES, parseJsonBody } from '../http/limits.ts';
import { requestStatusApiHref } from '../../src/addresses/addresses.ts';

export interface RequestsApiOptions {
  db: Database;
  now: () => Date;
  /** Who is asking, for the rate limit. */
  clientAddress: (c: Context) => string;
  rateLimit: { limit: number; windowMs: number };
  /** One allowance per address for every way in: the app's JSON and the form posted without JavaScript. */
  limiter?: RateLimiter;
  referencePrefix: string;
  workingDays: number;
}

/**
 * Compared with when there is no such request, so an unknown reference takes the same work to refuse as a wrong
 * token (issue 11). The hash of no token anyone holds: random, made once.
 */
const NO_SUCH_TOKEN = statusTokenHash(randomBytes(32).toString('base64url'));

function bodyLocale(body: unknown): RequestLocale | undefined {
  const locale = body !== null && typeof body === 'object' ? (body as { locale?: unknown }).locale : undefined;
  return (requestLocales as readonly unknown[]).includes(locale) ? (locale as RequestLocale) : undefined;
}

/** POST /api/requests and GET /api/requests/<reference>?token=… */
export function requestsApi(options: RequestsApiOptions): Hono {
  // At start-up, not at the first request: a prefix the reference pattern refuses would make unreadable references.
  if (!isReferencePrefix(options.referencePrefix)) {
    throw new RangeError(`site.disclosure.referencePrefix must be 1 to 16 capital letters A–Z, not ${JSON.stringify(options.referencePrefix)}`);
  }
  const api = new Hono();
  const limiter = options.limiter ?? createRateLimiter({ ...options.rateLimit, db: options.db, now: () => options.now().getTime() });

  api.post(
    '/',
    rateLimit(limiter, options.clientAddress),
    limitBody(MAX_BODY_BYTES, (c) => problem(c, 413, 'Content Too Large', { detail: `The body must be at most ${MAX_BODY_BYTES} bytes` })),
    async (c) => {
      const key = c.req.header('Idempotency-Key')?.trim() ?? '';
      if (!isUuid(key)) {
        return problem(c, 400, 'Bad Request', {
          detail: 'Send an Idempotency-Key header holding a UUID, the same for every attempt to send one request',
        });
      }
      const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json') {
        return problem(c, 415, 'Unsupported Media Type', { detail: 'Send the request as application/json' }, { 'Accept-Post': 'application/json' });
      }
      const parsed = parseJsonBody(await c.req.text());
      if (!parsed.ok) return problem(c, 400, 'Bad Request', { detail: jsonRefusal(parsed.reason) });
      const body = parsed.value;
      const locale = bodyLocale(body) ?? localeFromAcceptLanguage(c.req.header('Accept-Language'));
      const result = await submitRequest(
        options.db,
        { key: key.toLowerCase(), body, locale, now: options.now() },
        { referencePrefix: options.referencePrefix, workingDays: options.workingDays },
      );
      switch (result.kind) {
        case 'invalid':
          return problem(c, 422, 'Unprocessable Content', { errors: result.errors });
        case 'conflict':
          return problem(c, 409, 'Conflict', { detail: 'This Idempotency-Key was used for a request with another body' });
        case 'created':
        case 'replayed':
          return c.json(result.receipt, 201, {
            Location: requestStatusApiHref(result.receipt.reference),
            ...(result.kind === 'replayed' && { 'Idempotent-Replayed': 'true' }),
          });
      }
    },
  );
  api.all('/', (c) => methodNotAllowed(c, ['POST']));

  api.get('/:reference', async (c) => {
    const reference = c.req.param('reference');
    const token = c.req.query('token') ?? '';
    // The same work for a wrong token as for an unknown reference, and the same answer: one look-up of the stored hash,
    // one hash of the token, one constant-time compare. Only a right token reads the status and its history.
    const stored = looksLikeReference(reference) ? await findStatusTokenHash(options.db, reference) : undefined;
    const matches = sameHash(statusTokenHash(token), stored ?? NO_SUCH_TOKEN);
    if (stored === undefined || !matches || token === '') return problem(c, 404, 'Not Found');
    const found = await findStatus(options.db, reference);
    if (!found) return problem(c, 404, 'Not Found');
    return c.json(found.status, 200);
  });
  api.all('/:reference', (c) => methodNotAllowed(c, ['GET', 'HEAD']));
  return api;
}
