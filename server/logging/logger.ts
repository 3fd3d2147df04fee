/**
 * The server's log: one JSON object a line on standard output (pino), for a process manager or journald to keep.
 * Nothing a person typed into a request reaches it:
 *
 * - request bodies are never logged, and a request's line names its path without the query string (a status
 *   check's `?token=` would unlock the request);
 * - fields that hold personal data or secrets are replaced by `[redacted]` wherever they appear at the top level or
 *   one level down (`REDACTED_FIELDS`, pino's `redact` paths), as are the Cookie, Authorization and Set-Cookie
 *   headers;
 * - an error is logged with its type, SQLSTATE code and stack, but its message and stack are scrubbed
 *   (`scrubText`), because a message may quote user input (a database error quoting a value, a JSON parse error
 *   quoting the body). Other properties of an error (a PostgreSQL error's `detail`, which quotes the row) are dropped.
 *
 * Level: `LOG_LEVEL` (fatal, error, warn, info, debug, trace or silent; default info). The tests run silent
 * (vitest.config.ts).
 */
import type { MiddlewareHandler } from 'hono';
import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Field names whose values are personal data or secrets, in the API's spelling and the database's. */
export const REDACTED_FIELDS = [
  'name',
  'idNumber',
  'id_number',
  'idType',
  'organisationCode',
  'organisation_code',
  'phone',
  'phoneE164',
  'phone_e164',
  'email',
  'address',
  'description',
  'password',
  'password_hash',
  'token',
  'statusToken',
  'status_token',
  'cookie',
  'authorization',
  'replyText',
  'note',
] as const;

const HEADER_PATHS = ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', 'headers.cookie', 'headers.authorization'];

/** The `redact.paths` given to pino: each field at the top level and one level down, and the secret headers. */
export const REDACT_PATHS: string[] = [...REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`]), ...HEADER_PATHS];

const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+/g;
// Five digits or more, with single spaces or hyphens between them and an ID number's final X: ID numbers, phones,
// passport and organisation codes, bank numbers; a stack's line:column numbers are shorter.
const NUMBER = /\d(?:[ -]?\d){4,}[Xx]?/g;
// Chinese (and any other non-ASCII) text: names, addresses, descriptions.
const NON_ASCII = /[^\x00-\x7f]+/g;
// Anything quoted: PostgreSQL and JSON.parse quote the offending value.
const QUOTED = /"[^"\n]*"|'[^'\n]*'|`[^`\n]*`/g;
const TOKEN_PARAM = /(\b(?:token|statusToken)=)[^&\s#"']*/gi;

/**
 * Text with what may be personal data replaced: quoted strings by `"[quoted]"`, e-mail addresses by `[email]`, runs of
 * five digits or more by `[number]`, non-ASCII text by `[text]`, a `token=` query value by `[redacted]`.
 * A name written in Latin letters outside quotes cannot be told from other words: code must not put one in an
 * error message.
 */
export function scrubText(text: string): string {
  return text
    .replace(TOKEN_PARAM, '$1[redacted]')
    .replace(QUOTED, '"[quoted]"')
    .replace(EMAIL, '[email]')
    .replace(NUMBER, '[number]')
    .replace(NON_ASCII, '[text]');
}

/** An error as logged: `{type, code?, message, stack}`, message and stack scrubbed; nothing else it carries. */
export function serializeError(error: unknown): { type: string; code?: string; message: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: scrubText(String(error)) };
  const plain = stdSerializers.err(error);
  const code = (error as { code?: unknown }).code;
  return {
    type: plain.type,
    ...(typeof code === 'string' && { code }),
    message: scrubText(plain.message),
    ...(plain.stack && { stack: scrubText(plain.stack) }),
  };
}

/** Reads `LOG_LEVEL`; throws a message a person can act on when it is not a level. */
export function logLevelFrom(env: Record<string, string | undefined>): LogLevel {
  const value = env.LOG_LEVEL?.trim().toLowerCase() || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(value)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; it is "${env.LOG_LEVEL}".`);
  }
  return value as LogLevel;
}

/**
 * The logger. `destination` defaults to standard output; tests pass a stream that collects the lines.
 * `level` defaults to `LOG_LEVEL` from the environment.
 */
export function createLogger(options: { level?: LogLevel; destination?: DestinationStream } = {}): Logger {
  const level = options.level ?? logLevelFrom(process.env);
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
    },
    options.destination,
  );
}

/**
 * One line per request, at info: `{method, path, status, ms}`, the path without its query string and `ms` the
 * time to the answer's headers in milliseconds (one decimal). Put first, so it also times refusals.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      logger.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms }, 'request');
    }
  };
}
