-- The online mailbox (网上信箱, issue 17): questions (咨询) and suggestions (意见建议), answered by staff.

-- The last question number given in each year: a series of its own beside the requests', MDJCLZX-2026-000001, …
CREATE TABLE question_counters (
  year integer PRIMARY KEY,
  last_number integer NOT NULL
);

CREATE TABLE questions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  -- SHA-256 of the client's Idempotency-Key: the key itself unlocks first_answer_sealed, so it is not kept.
  idempotency_key_hash text NOT NULL UNIQUE,
  body_hash text NOT NULL,
  topic text NOT NULL CHECK (topic IN ('guide', 'disclosure', 'accessibility', 'other')),
  kind text NOT NULL CHECK (kind IN ('question', 'suggestion')),
  -- The site path the person was reading when they asked.
  page text,
  text text NOT NULL,
  answer_by text NOT NULL CHECK (answer_by IN ('email', 'phone')),
  name text,
  contact text,
  locale text NOT NULL CHECK (locale IN ('zh-Hans', 'zh-Hant', 'en')),
  received_at timestamptz NOT NULL,
  -- The office's target (site's mailbox.answerWorkingDays), counted with the requests' holiday calendar.
  due_date date NOT NULL,
  due_date_provisional boolean NOT NULL,
  -- SHA-256 of the status token: the token is shown once, to the phone that asked.
  status_token_hash text NOT NULL,
  -- The 201 answer, encrypted with a key derived from the Idempotency-Key, to replay it word for word.
  first_answer_sealed text NOT NULL,
  answered_at timestamptz,
  answer_text text,
  -- How the answer went: by e-mail (queued in mail_outbox) or on the phone (the status API carries it).
  answer_channel text CHECK (answer_channel IN ('email', 'phone')),
  converted_to_request_id integer REFERENCES requests (id),
  CHECK ((answered_at IS NULL) = (answer_text IS NULL) AND (answered_at IS NULL) = (answer_channel IS NULL)),
  CHECK (answer_by <> 'email' OR contact IS NOT NULL)
);

-- Staff list questions by age.
CREATE INDEX questions_received_at ON questions (received_at);

-- A staff action on a question is audited like one on a request.
ALTER TABLE audit_log ADD COLUMN question_id integer REFERENCES questions (id);
CREATE INDEX audit_log_question ON audit_log (question_id, at);

-- An answer by e-mail goes through the same outbox as a request's letter.
ALTER TABLE mail_outbox ALTER COLUMN request_id DROP NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN question_id integer REFERENCES questions (id);
ALTER TABLE mail_outbox ADD CHECK ((request_id IS NULL) <> (question_id IS NULL));
CREATE INDEX mail_outbox_question ON mail_outbox (question_id);
