import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { questionStatusApiHref } from '../../src/addresses/addresses.ts';
import { requestLocales, type RequestLocale } from '../../src/requests/rules/schema.ts';
import type { Database } from '../db/database.ts';
import { type RateLimiter, rateLimit } from '../http/rate-limit.ts';
import { isUuid, jsonRefusal, limitBody, MAX_BODY_BYTES, parseJsonBody } from '../http/limits.ts';
import { methodNotAllowed, problem } from '../http/problem.ts';
import { localeFromAcceptLanguage } from '../requests/locale.ts';
import { isReferencePrefix, looksLikeReference } from '../requests/reference.ts';
import { sameHash, statusTokenHash } from '../requests/secrets.ts';
import { findQuestion, findQuestionTokenHash, questionStatus } from './repository.ts';
import { defaultQuestionOptions, submitQuestion, type QuestionSubmitOptions } from './submit.ts';

export interface QuestionsApiOptions {
  db: Database;
  now: () => Date;
  clientAddress: (c: Context) => string;
  /** The same allowance per address as the requests' (one limiter for every way in). */
  limiter: RateLimiter;
  questions?: QuestionSubmitOptions;
}

/** The hash of no token anyone holds, so an unknown reference takes the same work to refuse as a wrong token. */
const NO_SUCH_TOKEN = statusTokenHash(randomBytes(32).toString('base64url'));

function bodyLocale(body: unknown): RequestLocale | undefined {
  const locale = body !== null && typeof body === 'object' ? (body as { locale?: unknown }).locale : undefined;
  return (requestLocales as readonly unknown[]).includes(locale) ? (locale as RequestLocale) : undefined;
}

/**
 * POST /api/questions (JSON, Idempotency-Key header: 201 receipt, replayed for the same key; 422 {errors} per field;
 * 409 for a key reused with another body) and GET /api/questions/<reference>?token=… (200 QuestionStatus, or 404 for
 * an unknown reference or a wrong token alike). Mirrors server/requests/api.ts.
 */
export function questionsApi(options: QuestionsApiOptions): Hono {
  const settings = options.questions ?? defaultQuestionOptions;
  if (!isReferencePrefix(settings.referencePrefix)) {
    throw new RangeError(`mailbox.referencePrefix must be 1 to 16 capital letters A–Z, not ${JSON.stringify(settings.referencePrefix)}`);
  }
  const api = new Hono();
  api.post(
    '/',
    rateLimit(options.limiter, options.clientAddress),
    limitBody(MAX_BODY_BYTES, (c) => problem(c, 413, 'Content Too Large', { detail: `The body must be at most ${MAX_BODY_BYTES} bytes` })),
    async (c) => {
      const key = c.req.header('Idempotency-Key')?.trim() ?? '';
      if (!isUuid(key)) {
        return problem(c, 400, 'Bad Request', { detail: 'Send an Idempotency-Key header holding a UUID, the same for every attempt to send one question' });
      }
      const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json') {
        return problem(c, 415, 'Unsupported Media Type', { detail: 'Send the question as application/json' }, { 'Accept-Post': 'application/json' });
      }
      const parsed = parseJsonBody(await c.req.text());
      if (!parsed.ok) return problem(c, 400, 'Bad Request', { detail: jsonRefusal(parsed.reason) });
      const locale = bodyLocale(parsed.value) ?? localeFromAcceptLanguage(c.req.header('Accept-Language'));
      const result = await submitQuestion(options.db, { key: key.toLowerCase(), body: parsed.value, locale, now: options.now() }, settings);
      switch (result.kind) {
        case 'invalid':
          return problem(c, 422, 'Unprocessable Content', { errors: result.errors });
        case 'conflict':
          return problem(c, 409, 'Conflict', { detail: 'This Idempotency-Key was used for a question with another body' });
        case 'created':
        case 'replayed':
          return c.json(result.receipt, 201, {
            Location: questionStatusApiHref(result.receipt.reference),
            ...(result.kind === 'replayed' && { 'Idempotent-Replayed': 'true' }),
          });
      }
    },
  );
  api.all('/', (c) => methodNotAllowed(c, ['POST']));

  api.get('/:reference', async (c) => {
    const reference = c.req.param('reference');
    const token = c.req.query('token') ?? '';
    const stored = looksLikeReference(reference) ? await findQuestionTokenHash(options.db, reference) : undefined;
    const matches = sameHash(statusTokenHash(token), stored ?? NO_SUCH_TOKEN);
    if (stored === undefined || !matches || token === '') return problem(c, 404, 'Not Found');
    const found = await findQuestion(options.db, reference);
    if (!found) return problem(c, 404, 'Not Found');
    return c.json(questionStatus(found), 200);
  });
  api.all('/:reference', (c) => methodNotAllowed(c, ['GET', 'HEAD']));
  return api;
}
