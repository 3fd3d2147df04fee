-- A year's holiday schedule (放假安排: days off and make-up working days, 调休) as staff entered it from the State
-- Council's notice, for years the shipped holiday package (chinese-days) does not cover yet. A stored year replaces
-- the package's data for that year (server/requests/holiday-calendar.ts): a newer package never overwrites it.
-- Who saved it, when, and what changed are in audit_log (action 'holiday-schedule', request_id null).

CREATE TABLE holiday_schedules (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
  saved_by integer NOT NULL REFERENCES staff (id),
  saved_at timestamptz NOT NULL
);

-- One row per day: a day is either off or working, never both (the primary key).
CREATE TABLE holiday_schedule_days (
  day date PRIMARY KEY,
  year integer NOT NULL REFERENCES holiday_schedules (year) ON DELETE CASCADE,
  -- 'holiday': an official day off (weekend days inside a holiday included); 'workday': a weekend day worked (调休).
  kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
  -- The holiday's Chinese name as the notice gives it (春节); for a workday, the holiday it makes up for.
  name text NOT NULL,
  CHECK (EXTRACT(YEAR FROM day) = year)
);

CREATE INDEX holiday_schedule_days_year ON holiday_schedule_days (year);
