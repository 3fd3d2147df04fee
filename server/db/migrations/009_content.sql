-- Staff publish the catalogue (disclosure) and the guides themselves (issue 14): each item's draft, the versions
-- published, the review steps taken on the way (撰稿, 校对, 一审, 二审, 三审, configured in src/config/site.ts), the
-- files attached, and who may take which step. Fields are the front matter of src/content/schema.ts, as jsonb.

-- Who may take which review step (src/config/site.ts contentReview): an account made without `--role` has every role,
-- administrator included (`every_role`), as the first account of a small office needs; so do the accounts made
-- before roles existed. An account made with `--role` has exactly the roles in staff_roles.
ALTER TABLE staff ADD COLUMN every_role boolean NOT NULL DEFAULT true;

CREATE TABLE staff_roles (
  staff_id integer NOT NULL REFERENCES staff (id),
  role text NOT NULL,
  PRIMARY KEY (staff_id, role)
);

CREATE TABLE content_items (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  collection text NOT NULL CHECK (collection IN ('disclosure', 'guides')),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  -- draft: being written (or sent back to its writer); in-review: the writer signed it off and the steps go on;
  -- published: the draft is the live version. A live version stays public while a new draft is written.
  status text NOT NULL CHECK (status IN ('draft', 'in-review', 'published')),
  -- The draft: front matter, the Markdown body, and an optional English version {fields, body}.
  fields jsonb NOT NULL,
  body text NOT NULL,
  english jsonb,
  -- Who last saved the draft: a draft sent back returns to them.
  writer_id integer NOT NULL REFERENCES staff (id),
  saved_at timestamptz NOT NULL,
  -- Review steps count in rounds: a new round starts whenever the draft changes, is sent back or is published, so a
  -- sign-off always concerns the text as it is.
  review_round integer NOT NULL DEFAULT 1,
  -- The earlier version the draft was restored from, until the draft changes again: its publish names it.
  restored_from integer,
  -- The version the public reads (content_versions.number); null until the first publish.
  live_version integer,
  -- Withdrawn: the page answers 410 saying when; publishing again brings it back.
  withdrawn_at timestamptz,
  withdrawn_reason text,
  created_at timestamptz NOT NULL,
  UNIQUE (collection, slug),
  CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL))
);

-- Each publish, kept as published: never updated (restoring an old one makes it the draft, published as a new one).
CREATE TABLE content_versions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id integer NOT NULL REFERENCES content_items (id),
  number integer NOT NULL CHECK (number >= 1),
  fields jsonb NOT NULL,
  body text NOT NULL,
  english jsonb,
  -- content_files ids the version carries, in order.
  file_ids jsonb NOT NULL DEFAULT '[]',
  -- What changed from the version before, per field (server/content/differences.ts); null for the first.
  changes jsonb,
  published_by integer NOT NULL REFERENCES staff (id),
  published_at timestamptz NOT NULL,
  -- An administrator's direct publish (urgent notice or import): the review steps were not taken.
  skipped_review boolean NOT NULL,
  -- The shipped Markdown file (src/content/…), imported when staff first edited it: published before, by the build.
  imported boolean NOT NULL DEFAULT false,
  -- The earlier version this one restored, if any.
  restored_from integer,
  review_round integer NOT NULL,
  UNIQUE (item_id, number)
);
CREATE INDEX content_versions_published ON content_versions (published_at);

-- Review steps taken: who signed off or sent back which step of which round, with the comment, and whether the
-- confidentiality check (保密审查) was recorded at that step.
CREATE TABLE content_review_steps (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id integer NOT NULL REFERENCES content_items (id),
  review_round integer NOT NULL,
  step text NOT NULL,
  staff_id integer NOT NULL REFERENCES staff (id),
  decision text NOT NULL CHECK (decision IN ('sign-off', 'send-back')),
  comment text,
  confidentiality_checked boolean NOT NULL DEFAULT false,
  at timestamptz NOT NULL,
  CHECK (decision = 'sign-off' OR comment IS NOT NULL)
);
CREATE INDEX content_review_steps_item ON content_review_steps (item_id, review_round, id);
-- One person, one step per round; one sign-off per step per round.
CREATE UNIQUE INDEX content_review_steps_person ON content_review_steps (item_id, review_round, staff_id);
CREATE UNIQUE INDEX content_review_steps_step ON content_review_steps (item_id, review_round, step) WHERE decision = 'sign-off';

-- Files attached to items, kept in the database like reply_files (one backup keeps them): the name as uploaded, the
-- type found from the bytes (server/files/kinds.ts). `removed_at` set when staff take it off the draft: a version
-- that carried it still names it.
CREATE TABLE content_files (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id integer NOT NULL REFERENCES content_items (id),
  name text NOT NULL,
  type text NOT NULL,
  size integer NOT NULL CHECK (size >= 0),
  content bytea NOT NULL,
  attached_by integer NOT NULL REFERENCES staff (id),
  attached_at timestamptz NOT NULL,
  removed_at timestamptz
);
CREATE INDEX content_files_item ON content_files (item_id, id);

-- The audit trail names the content item an entry is about (request_id stays for requests).
ALTER TABLE audit_log ADD COLUMN content_item_id integer REFERENCES content_items (id);
CREATE INDEX audit_log_content ON audit_log (content_item_id, at);
