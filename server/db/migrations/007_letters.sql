-- Letters (答复书, 告知书) to the applicant, the accessible format they asked for, and the consultation of a third
-- party (征求第三方意见, 政府信息公开条例 2019 Art. 32), whose time is not counted in the reply period (Art. 33).

-- Optional: in which accessible form the applicant needs the information (src/requests/rules/schema.ts).
ALTER TABLE requests
  ADD COLUMN accessible_format text CHECK (accessible_format IN ('large-print', 'braille', 'electronic-text', 'audio', 'sign-language')),
  -- Consulting a third party: the due date pauses from the start to the recorded answer (one consultation per request).
  ADD COLUMN consultation_started_at timestamptz,
  ADD COLUMN consultation_third_party text,
  ADD COLUMN consultation_ended_on date;

-- The last letter number given in each year: letters run 1, 2, … per year without gaps, because a letter is numbered
-- inside the transaction of the staff action that issues it, and a failed action rolls its number back with it.
CREATE TABLE letter_counters (
  year integer PRIMARY KEY,
  last_number integer NOT NULL
);

-- Each letter as issued: it never changes afterwards (no UPDATE anywhere in the code), so what was sent can be shown.
CREATE TABLE letters (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id integer NOT NULL REFERENCES requests (id),
  -- completion (告知补正), extension (延期答复告知), consultation (征求第三方意见告知), reply (答复书).
  kind text NOT NULL CHECK (kind IN ('completion', 'extension', 'consultation', 'reply')),
  year integer NOT NULL,
  serial integer NOT NULL,
  -- As printed: 残联公复〔2026〕12号.
  number text NOT NULL,
  locale text NOT NULL CHECK (locale IN ('zh-Hans', 'zh-Hant', 'en')),
  subject text NOT NULL,
  -- The letter's parts (server/letters/compose.ts's LetterBody), its plain text and its HTML, as issued.
  body jsonb NOT NULL,
  text text NOT NULL,
  html text NOT NULL,
  issued_at timestamptz NOT NULL,
  UNIQUE (year, serial)
);

CREATE INDEX letters_request ON letters (request_id, issued_at);
