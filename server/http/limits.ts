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
