-- The staff side: accounts and sessions, answering requests against the deadline, the audit trail, reviews and
-- lawsuits. Outcome codes are src/requests/outcomes.ts's, the rows of the annual report table.

CREATE TABLE staff (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE,
  -- scrypt, with its parameters and salt: never the password.
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE staff_sessions (
  -- SHA-256 of the cookie's value.
  token_hash text PRIMARY KEY,
  staff_id integer NOT NULL REFERENCES staff (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

ALTER TABLE requests
  -- 补正: asked to complete the request; the clock stops until the completed request arrives.
  ADD COLUMN completion_requested_at timestamptz,
  ADD COLUMN completion_note text,
  ADD COLUMN completed_at timestamptz,
  -- Extended once, with a reason.
  ADD COLUMN extended_at timestamptz,
  ADD COLUMN extension_reason text,
  -- The reply: an outcome code, the text sent, and for refusals the reason and legal basis.
  ADD COLUMN answered_at timestamptz,
  ADD COLUMN outcome text,
  ADD COLUMN reply_text text,
  ADD COLUMN refusal_reason text,
  ADD COLUMN legal_basis text;

CREATE INDEX requests_answered_at ON requests (answered_at);

-- Every staff action: who, when, what, and the request's fields before and after.
CREATE TABLE audit_log (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  staff_id integer NOT NULL REFERENCES staff (id),
  at timestamptz NOT NULL,
  action text NOT NULL,
  request_id integer REFERENCES requests (id),
  before jsonb,
  after jsonb
);

CREATE INDEX audit_log_request ON audit_log (request_id, at);

-- Administrative reviews (行政复议) and lawsuits (行政诉讼) about a request, and their results.
CREATE TABLE appeals (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id integer NOT NULL REFERENCES requests (id),
  kind text NOT NULL CHECK (kind IN ('review', 'lawsuit', 'lawsuit-after-review')),
  result text NOT NULL CHECK (result IN ('upheld', 'corrected', 'other', 'pending')),
  filed_on date NOT NULL,
  decided_on date,
  recorded_at timestamptz NOT NULL
);
