-- Counters that must hold across server instances and restarts (DESIGN.md, "Storage"): the disclosure-request rate
-- limit (server/http/rate-limit.ts) and the staff sign-in slow-down (server/staff/throttle.ts). Both are changed
-- only by single INSERT … ON CONFLICT DO UPDATE statements, so concurrent requests on any instance count exactly.
-- Times are milliseconds since 1970 (the app's clock, which tests move), not the database's now().

-- A token bucket per client address: `tokens` left (fractional) as of `at_ms`.
CREATE TABLE request_allowances (
  address text PRIMARY KEY,
  tokens double precision NOT NULL,
  at_ms bigint NOT NULL
);
CREATE INDEX request_allowances_at ON request_allowances (at_ms);

-- Sign-in attempts counted per key, 'name:<lower-cased name>' or 'address:<client address>': `failures` includes the
-- attempts being checked right now, reserved before their password is, and `last_ms` is when the latest began.
CREATE TABLE sign_in_failures (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  last_ms bigint NOT NULL
);
CREATE INDEX sign_in_failures_last ON sign_in_failures (last_ms);
