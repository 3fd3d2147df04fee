-- Disclosure requests (依申请公开) and their history.

-- The last reference number given in each year: references run MDJCL-2026-000001, 000002, … without gaps,
-- because a request that fails rolls its number back with it.
CREATE TABLE request_counters (
  year integer PRIMARY KEY,
  last_number integer NOT NULL
);

CREATE TABLE requests (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  -- SHA-256 of the client's Idempotency-Key: the key itself unlocks first_answer, so it is not kept.
  idempotency_key_hash text NOT NULL UNIQUE,
  -- SHA-256 of the body as first sent: a replay must send the same.
  body_hash text NOT NULL,
  applicant_type text NOT NULL CHECK (applicant_type IN ('person', 'organisation')),
  organisation_kind text CHECK (organisation_kind IN ('business', 'research', 'nonprofit', 'legal', 'other')),
  name text NOT NULL,
  id_type text CHECK (id_type IN ('resident-id', 'passport', 'other')),
  id_number text,
  organisation_code text,
  phone text NOT NULL,
  email text,
  address text,
  description text NOT NULL,
  delivery text NOT NULL CHECK (delivery IN ('email', 'post', 'collect')),
  format text NOT NULL CHECK (format IN ('paper', 'electronic')),
  locale text NOT NULL CHECK (locale IN ('zh-Hans', 'zh-Hant', 'en')),
  received_at timestamptz NOT NULL,
  due_date date NOT NULL,
  -- True when the due date reaches a year whose holidays were not yet announced.
  due_date_provisional boolean NOT NULL,
  status text NOT NULL,
  -- SHA-256 of the status token: the token is shown once, to the phone that sent the request.
  status_token_hash text NOT NULL,
  -- The 201 answer, encrypted with a key derived from the Idempotency-Key, to replay it word for word.
  first_answer_sealed text NOT NULL,
  CHECK ((applicant_type = 'person') = (id_type IS NOT NULL AND id_number IS NOT NULL)),
  CHECK ((applicant_type = 'organisation') = (organisation_kind IS NOT NULL AND organisation_code IS NOT NULL))
);

-- The staff console lists requests by due date.
CREATE INDEX requests_due_date ON requests (due_date);

CREATE TABLE request_events (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id integer NOT NULL REFERENCES requests (id),
  at timestamptz NOT NULL,
  status text NOT NULL,
  -- For staff only: never shown on the public status page.
  note text
);

CREATE INDEX request_events_request ON request_events (request_id, at);
