-- The reply reaches the applicant (issue 13, points 2 and 3): the files sent with a reply, the e-mail outbox, and the
-- letters posted or handed over. Files are kept in the database, not on disk, so that one `npm run backup` keeps
-- everything (server/db/backup.ts writes bytea as hex).

-- The information itself, as staff attached it to the reply: the name as uploaded, the type found from the bytes
-- (server/files/kinds.ts), never the browser's claim.
CREATE TABLE reply_files (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id integer NOT NULL REFERENCES requests (id),
  name text NOT NULL,
  type text NOT NULL,
  size integer NOT NULL CHECK (size >= 0),
  content bytea NOT NULL,
  attached_at timestamptz NOT NULL
);
CREATE INDEX reply_files_request ON reply_files (request_id, id);

-- Mail written in the same transaction as the staff action that makes it; server/mail/worker.ts sends it. `key` names
-- what the message is (one per letter: the same key is never queued twice) and `message_id` is derived from it, so a
-- message sent again after a crash carries the same Message-ID. A row is the worker's while `lease_until` is ahead.
CREATE TABLE mail_outbox (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id integer NOT NULL REFERENCES requests (id),
  key text NOT NULL UNIQUE,
  message_id text NOT NULL UNIQUE,
  to_address text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  body_html text,
  -- reply_files ids, attached in this order (jsonb: restored by the backup as it was dumped).
  file_ids jsonb NOT NULL DEFAULT '[]',
  queued_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  lease_until timestamptz,
  last_error text,
  sent_at timestamptz
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX mail_outbox_request ON mail_outbox (request_id);

-- Letters and files posted (with the carrier's tracking number) or collected at the federation: the applicant sees
-- them in the request's history.
CREATE TABLE deliveries (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id integer NOT NULL REFERENCES requests (id),
  method text NOT NULL CHECK (method IN ('post', 'collection')),
  delivered_on date NOT NULL,
  tracking_number text,
  recorded_at timestamptz NOT NULL,
  CHECK (method = 'post' OR tracking_number IS NULL)
);
CREATE INDEX deliveries_request ON deliveries (request_id, delivered_on);
