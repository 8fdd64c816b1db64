-- SPDX-License-Identifier: GPL-3.0-or-later
-- Youth courses: advisers, young people, their courses with status history, meetings,
-- outcome measures, hand-overs to offers of the catalogue, figures, search, and an
-- append-only access log. Sized for 100,000 courses and 1,000,000 meetings: every
-- filter and sort of the course list has an index, and the figures it sorts by are
-- columns the triggers below keep up to date.
--
-- Dates are YYYY-MM-DD, moments ISO 8601 UTC. No table has a CPR number: the
-- repositories refuse text that holds one.

CREATE TABLE advisers (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL CHECK (length (trim (name)) > 0),
  sort_key   TEXT NOT NULL,
  profession TEXT NOT NULL DEFAULT 'other'
               CHECK (profession IN ('social-worker', 'psychologist', 'other')),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE INDEX advisers_list ON advisers (active, sort_key);
CREATE INDEX advisers_name ON advisers (name);

CREATE TABLE young_people (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  name            TEXT NOT NULL CHECK (length (trim (name)) > 0),
  sort_key        TEXT NOT NULL,
  is_pseudonym    INTEGER NOT NULL DEFAULT 0 CHECK (is_pseudonym IN (0, 1)),
  birth_date      TEXT CHECK (birth_date IS NULL OR date (birth_date) = birth_date),
  phone           TEXT NOT NULL DEFAULT '',
  email           TEXT NOT NULL DEFAULT '',
  address         TEXT NOT NULL DEFAULT '',
  occupation      TEXT NOT NULL DEFAULT 'unknown'
                    CHECK (occupation IN ('unknown', 'school', 'education', 'work', 'none', 'other')),
  occupation_note TEXT NOT NULL DEFAULT '',
  consent_date    TEXT CHECK (consent_date IS NULL OR date (consent_date) = consent_date),
  consent_scope   TEXT NOT NULL DEFAULT '',
  created         TEXT NOT NULL,
  modified        TEXT NOT NULL
);

CREATE INDEX young_people_sort ON young_people (sort_key);

CREATE TABLE guardians (
  id              INTEGER PRIMARY KEY,
  young_person_id INTEGER NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL DEFAULT 0,
  name            TEXT NOT NULL CHECK (length (trim (name)) > 0),
  relation        TEXT NOT NULL DEFAULT '',
  phone           TEXT NOT NULL DEFAULT '',
  email           TEXT NOT NULL DEFAULT '',
  involvement     TEXT NOT NULL DEFAULT 'informed' CHECK (involvement IN ('none', 'informed', 'involved')),
  note            TEXT NOT NULL DEFAULT ''
);

CREATE INDEX guardians_young_person ON guardians (young_person_id, position);

CREATE TABLE courses (
  id                    INTEGER PRIMARY KEY,
  uuid                  TEXT NOT NULL UNIQUE,
  young_person_id       INTEGER NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
  -- The responsible adviser; the others are in course_staff.
  adviser_id            INTEGER REFERENCES advisers (id) ON DELETE RESTRICT,
  referral_source       TEXT NOT NULL DEFAULT 'self'
                          CHECK (referral_source IN ('self', 'parent', 'school', 'gp', 'psychiatry',
                                                     'job-centre', 'other')),
  referral_note         TEXT NOT NULL DEFAULT '',
  first_contact         TEXT NOT NULL CHECK (date (first_contact) = first_contact),
  planned_conversations INTEGER CHECK (planned_conversations BETWEEN 0 AND 99),
  -- The latest row of course_status_events, kept here for the list's filters.
  status                TEXT NOT NULL DEFAULT 'contacted'
                          CHECK (status IN ('contacted', 'waiting', 'advisory', 'treatment-individual',
                                            'treatment-group', 'follow-up', 'on-hold', 'closed',
                                            'not-admitted')),
  status_since          TEXT NOT NULL,
  -- Holistic assessment, Retssikkerhedsloven § 5.
  assessment_date       TEXT CHECK (assessment_date IS NULL OR date (assessment_date) = assessment_date),
  assessment_note       TEXT NOT NULL DEFAULT '',
  -- Set when the course ends: closed, or not admitted.
  closed_date           TEXT CHECK (closed_date IS NULL OR date (closed_date) = closed_date),
  closing_reason        TEXT CHECK (closing_reason IN ('goals-reached', 'referred-on', 'dropped-out',
                                                       'moved', 'other')),
  -- The title stays when the offer is deleted, so the course still says where it went.
  onward_offer_id       INTEGER REFERENCES offers (id) ON DELETE SET NULL,
  onward_offer_title    TEXT NOT NULL DEFAULT '',
  notes                 TEXT NOT NULL DEFAULT '',
  created               TEXT NOT NULL,
  modified              TEXT NOT NULL,
  -- The young person's sort key, kept here by the triggers below so the list sorts
  -- by name from one index.
  name_key              TEXT NOT NULL DEFAULT '',

  -- Figures from the meetings, as of course_figures_day (see below); only the
  -- triggers write them.
  first_conversation    TEXT,
  conversations         INTEGER NOT NULL DEFAULT 0,
  no_shows              INTEGER NOT NULL DEFAULT 0,
  meetings_held         INTEGER NOT NULL DEFAULT 0,
  last_meeting          TEXT,
  -- Day numbers, so the list sorts by lengths without parsing dates row by row.
  first_contact_day     INTEGER GENERATED ALWAYS AS (CAST (julianday (first_contact) AS INTEGER)) STORED,
  closed_day            INTEGER GENERATED ALWAYS AS (CAST (julianday (closed_date) AS INTEGER)) STORED,
  waiting_days          INTEGER GENERATED ALWAYS AS
                          (CAST (julianday (first_conversation) - julianday (first_contact) AS INTEGER)) STORED,
  -- The last day anything happened: the last meeting held, or else the first contact.
  last_activity         TEXT GENERATED ALWAYS AS (coalesce (last_meeting, first_contact)) STORED
);

CREATE INDEX courses_young_person ON courses (young_person_id);
CREATE INDEX courses_adviser ON courses (adviser_id, status);
CREATE INDEX courses_status ON courses (status);
CREATE INDEX courses_referral_source ON courses (referral_source);
CREATE INDEX courses_waiting ON courses (waiting_days);
-- One index per sort of the list, each with the columns every filter reads, so that
-- sorting and filtering 100,000 courses never reads their notes.
CREATE INDEX courses_by_name ON courses
  (name_key, id, status, adviser_id, referral_source, closed_date, first_conversation, waiting_days,
   first_contact, last_activity, first_contact_day, closed_day);
CREATE INDEX courses_by_first_contact ON courses
  (first_contact, name_key, id, status, adviser_id, referral_source, closed_date, first_conversation,
   waiting_days, last_activity);
CREATE INDEX courses_by_conversations ON courses
  (conversations, name_key, id, status, adviser_id, referral_source, closed_date, first_conversation,
   waiting_days, first_contact, last_activity);
CREATE INDEX courses_by_last_activity ON courses
  (last_activity, name_key, id, status, adviser_id, referral_source, closed_date, first_conversation,
   waiting_days, first_contact);
CREATE INDEX courses_onward_offer ON courses (onward_offer_id);

CREATE TRIGGER courses_name_key_insert AFTER INSERT ON courses
BEGIN
  UPDATE courses SET name_key = (SELECT sort_key FROM young_people WHERE id = new.young_person_id)
   WHERE id = new.id;
END;

CREATE TRIGGER courses_name_key_update AFTER UPDATE OF young_person_id ON courses
BEGIN
  UPDATE courses SET name_key = (SELECT sort_key FROM young_people WHERE id = new.young_person_id)
   WHERE id = new.id;
END;

CREATE TRIGGER young_people_name_key_update AFTER UPDATE OF sort_key ON young_people
BEGIN
  UPDATE courses SET name_key = new.sort_key WHERE young_person_id = new.id;
END;

CREATE TABLE course_staff (
  course_id  INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  adviser_id INTEGER NOT NULL REFERENCES advisers (id) ON DELETE RESTRICT,
  position   INTEGER NOT NULL DEFAULT 0,
  role       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (course_id, adviser_id)
) WITHOUT ROWID;

CREATE INDEX course_staff_adviser ON course_staff (adviser_id, course_id);

CREATE TABLE course_goals (
  id        INTEGER PRIMARY KEY,
  course_id INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL DEFAULT 0,
  text      TEXT NOT NULL CHECK (length (trim (text)) > 0),
  progress  INTEGER CHECK (progress BETWEEN 0 AND 10),
  note      TEXT NOT NULL DEFAULT ''
);

CREATE INDEX course_goals_course ON course_goals (course_id, position);

CREATE TABLE course_status_events (
  id          INTEGER PRIMARY KEY,
  course_id   INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  status      TEXT NOT NULL
                CHECK (status IN ('contacted', 'waiting', 'advisory', 'treatment-individual',
                                  'treatment-group', 'follow-up', 'on-hold', 'closed',
                                  'not-admitted')),
  date        TEXT NOT NULL CHECK (date (date) = date),
  note        TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
);

CREATE INDEX course_status_events_course ON course_status_events (course_id, date, id);

CREATE TABLE meetings (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  course_id    INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  date         TEXT NOT NULL CHECK (date (date) = date),
  time         TEXT CHECK (time IS NULL OR time (time) = time || ':00'),
  kind         TEXT NOT NULL CHECK (kind IN ('advisory', 'treatment', 'network', 'parent', 'group')),
  participants TEXT NOT NULL DEFAULT '',
  duration     INTEGER CHECK (duration BETWEEN 1 AND 1440),
  notes        TEXT NOT NULL DEFAULT '',
  no_show      INTEGER NOT NULL DEFAULT 0 CHECK (no_show IN (0, 1)),
  rating       INTEGER CHECK (rating BETWEEN 1 AND 5)
);

-- The timeline, and the figures: held meetings by kind and date.
CREATE INDEX meetings_course ON meetings (course_id, date, time);
CREATE INDEX meetings_figures ON meetings (course_id, no_show, kind, date);
-- The meetings that cross from planned to held when a day passes.
CREATE INDEX meetings_date ON meetings (date);

-- User-defined instruments, in the format of data/instruments/*.json; the built-in
-- ones ship with the program.
CREATE TABLE instruments (
  id         INTEGER PRIMARY KEY,
  key        TEXT NOT NULL UNIQUE,
  definition TEXT NOT NULL,
  created    TEXT NOT NULL
);

CREATE TABLE measures (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  course_id  INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
  instrument TEXT NOT NULL,
  date       TEXT NOT NULL CHECK (date (date) = date),
  respondent TEXT NOT NULL DEFAULT 'self' CHECK (respondent IN ('self', 'parent', 'teacher')),
  -- The answers as typed, comma-separated; the scores the instrument made of them.
  items      TEXT NOT NULL,
  score      REAL NOT NULL,
  scales     TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT ''
);

CREATE INDEX measures_course ON measures (course_id, instrument, date);
CREATE INDEX measures_instrument ON measures (instrument);
CREATE INDEX measures_meeting ON measures (meeting_id);

-- Links from a course to offers of the catalogue, with the hand-over note.
CREATE TABLE handovers (
  id          INTEGER PRIMARY KEY,
  course_id   INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  offer_id    INTEGER REFERENCES offers (id) ON DELETE SET NULL,
  offer_title TEXT NOT NULL,
  state       TEXT NOT NULL CHECK (state IN ('suggested', 'referred', 'accepted', 'started')),
  state_date  TEXT NOT NULL CHECK (date (state_date) = state_date),
  note        TEXT NOT NULL DEFAULT '',
  created     TEXT NOT NULL,
  modified    TEXT NOT NULL
);

CREATE UNIQUE INDEX handovers_course_offer ON handovers (course_id, offer_id);
CREATE INDEX handovers_offer ON handovers (offer_id, state, course_id);

-- ---- the access log ----------------------------------------------------------
-- Who opened, created, changed, deleted, exported or printed which young person's
-- data, written in the transaction of the access itself. No foreign key: the log
-- outlives the young person it tells of.

CREATE TABLE access_log (
  id              INTEGER PRIMARY KEY,
  at              TEXT NOT NULL,
  adviser         TEXT NOT NULL,
  os_user         TEXT NOT NULL,
  young_person_id INTEGER NOT NULL,
  action          TEXT NOT NULL CHECK (action IN ('open', 'create', 'change', 'delete', 'export', 'print')),
  subject         TEXT NOT NULL,
  subject_id      INTEGER,
  detail          TEXT NOT NULL DEFAULT ''
);

CREATE INDEX access_log_young_person ON access_log (young_person_id, id);

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN
  SELECT RAISE (ABORT, 'the access log cannot be changed');
END;

CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN
  SELECT RAISE (ABORT, 'the access log cannot be changed');
END;

-- ---- figures -----------------------------------------------------------------
-- A meeting dated after today is planned, not held. The figures count what was held
-- up to course_figures_day; the repository moves that day to the clock's today (and
-- the trigger on it recounts the courses whose meetings crossed it) before it reads
-- them. Every recount goes through course_figures_pending, so the counting is
-- written once.

CREATE TABLE course_figures_day (
  day TEXT NOT NULL
);

INSERT INTO course_figures_day (day) VALUES ('1970-01-01');

CREATE TABLE course_figures_pending (
  course_id INTEGER PRIMARY KEY
);

-- A row here holds the recounts back while a bulk write (an import, the demonstration
-- data) adds meetings by the thousand; it then recounts every course once.
CREATE TABLE course_figures_paused (
  paused INTEGER NOT NULL
);

CREATE TRIGGER course_figures_recount AFTER INSERT ON course_figures_pending
  WHEN NOT EXISTS (SELECT 1 FROM course_figures_paused)
BEGIN
  UPDATE courses SET
    first_conversation = (SELECT min (m.date) FROM meetings m
                           WHERE m.course_id = courses.id AND m.no_show = 0 AND m.kind = 'advisory'
                             AND m.date >= courses.first_contact
                             AND m.date <= (SELECT day FROM course_figures_day)),
    conversations = (SELECT count (*) FROM meetings m
                      WHERE m.course_id = courses.id AND m.no_show = 0 AND m.kind = 'advisory'
                        AND m.date <= (SELECT day FROM course_figures_day)),
    meetings_held = (SELECT count (*) FROM meetings m
                      WHERE m.course_id = courses.id AND m.no_show = 0
                        AND m.date <= (SELECT day FROM course_figures_day)),
    no_shows = (SELECT count (*) FROM meetings m
                 WHERE m.course_id = courses.id AND m.no_show = 1),
    last_meeting = (SELECT max (m.date) FROM meetings m
                     WHERE m.course_id = courses.id AND m.no_show = 0
                       AND m.date <= (SELECT day FROM course_figures_day))
  WHERE id = new.course_id;
  DELETE FROM course_figures_pending WHERE course_id = new.course_id;
END;

-- Resuming recounts what was held back, each course once.
CREATE TRIGGER course_figures_resumed AFTER DELETE ON course_figures_paused
  WHEN NOT EXISTS (SELECT 1 FROM course_figures_paused)
BEGIN
  INSERT OR REPLACE INTO course_figures_pending (course_id) SELECT course_id FROM course_figures_pending;
END;

CREATE TRIGGER meetings_figures_insert AFTER INSERT ON meetings
BEGIN
  INSERT OR IGNORE INTO course_figures_pending (course_id) VALUES (new.course_id);
END;

CREATE TRIGGER meetings_figures_update AFTER UPDATE OF course_id, date, kind, no_show ON meetings
BEGIN
  INSERT OR IGNORE INTO course_figures_pending (course_id) VALUES (new.course_id);
  INSERT OR IGNORE INTO course_figures_pending (course_id)
    SELECT old.course_id WHERE old.course_id != new.course_id;
END;

CREATE TRIGGER meetings_figures_delete AFTER DELETE ON meetings
BEGIN
  INSERT OR IGNORE INTO course_figures_pending (course_id) VALUES (old.course_id);
END;

CREATE TRIGGER courses_figures_first_contact AFTER UPDATE OF first_contact ON courses
BEGIN
  INSERT OR IGNORE INTO course_figures_pending (course_id) VALUES (new.id);
END;

CREATE TRIGGER course_figures_day_moved AFTER UPDATE OF day ON course_figures_day
BEGIN
  INSERT OR IGNORE INTO course_figures_pending (course_id)
    SELECT DISTINCT course_id FROM meetings
     WHERE date > min (old.day, new.day) AND date <= max (old.day, new.day);
END;

-- ---- search ------------------------------------------------------------------
-- As for offers (0002): triggers note which courses changed and the repository
-- brings course_fts up to date before every commit, since FTS5 cannot be written
-- from triggers while trusted_schema is OFF.

CREATE VIEW course_search_text AS
SELECT c.id AS id,
       y.name || ' ' ||
         coalesce ((SELECT group_concat (g.name, ' ') FROM guardians g WHERE g.young_person_id = y.id), '')
         AS names,
       c.notes || ' ' || c.referral_note || ' ' || c.assessment_note || ' ' || y.occupation_note || ' ' ||
         coalesce ((SELECT group_concat (o.text || ' ' || o.note, ' ') FROM course_goals o
                     WHERE o.course_id = c.id), '') || ' ' ||
         coalesce ((SELECT group_concat (m.notes || ' ' || m.participants, ' ') FROM meetings m
                     WHERE m.course_id = c.id), '') || ' ' ||
         coalesce ((SELECT group_concat (h.offer_title || ' ' || h.note, ' ') FROM handovers h
                     WHERE h.course_id = c.id), '') || ' ' ||
         coalesce ((SELECT group_concat (e.note, ' ') FROM course_status_events e
                     WHERE e.course_id = c.id), '')
         AS notes
  FROM courses c JOIN young_people y ON y.id = c.young_person_id;

CREATE VIRTUAL TABLE course_fts USING fts5 (
  names, notes,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE course_search_pending (
  course_id INTEGER PRIMARY KEY
);

CREATE TRIGGER courses_search_insert AFTER INSERT ON courses
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id) VALUES (new.id);
END;

CREATE TRIGGER courses_search_update AFTER UPDATE OF notes, referral_note, assessment_note ON courses
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id) VALUES (new.id);
END;

CREATE TRIGGER courses_search_delete AFTER DELETE ON courses
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id) VALUES (old.id);
END;

CREATE TRIGGER young_people_search_update AFTER UPDATE OF name, occupation_note ON young_people
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id)
    SELECT id FROM courses WHERE young_person_id = new.id;
END;

CREATE TRIGGER guardians_search_insert AFTER INSERT ON guardians
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id)
    SELECT id FROM courses WHERE young_person_id = new.young_person_id;
END;

CREATE TRIGGER guardians_search_update AFTER UPDATE ON guardians
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id)
    SELECT id FROM courses WHERE young_person_id IN (old.young_person_id, new.young_person_id);
END;

CREATE TRIGGER guardians_search_delete AFTER DELETE ON guardians
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id)
    SELECT id FROM courses WHERE young_person_id = old.young_person_id;
END;

CREATE TRIGGER course_goals_search_insert AFTER INSERT ON course_goals
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id) VALUES (new.course_id);
END;

CREATE TRIGGER course_goals_search_update AFTER UPDATE ON course_goals
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id) VALUES (new.course_id);
END;

CREATE TRIGGER course_goals_search_delete AFTER DELETE ON course_goals
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id) VALUES (old.course_id);
END;

CREATE TRIGGER meetings_search_insert AFTER INSERT ON meetings
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id) VALUES (new.course_id);
END;

CREATE TRIGGER meetings_search_update AFTER UPDATE OF course_id, notes, participants ON meetings
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id) VALUES (new.course_id);
  INSERT OR IGNORE INTO course_search_pending (course_id)
    SELECT old.course_id WHERE old.course_id != new.course_id;
END;

CREATE TRIGGER meetings_search_delete AFTER DELETE ON meetings
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id) VALUES (old.course_id);
END;

CREATE TRIGGER handovers_search_insert AFTER INSERT ON handovers
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id) VALUES (new.course_id);
END;

CREATE TRIGGER handovers_search_update AFTER UPDATE OF offer_title, note ON handovers
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id) VALUES (new.course_id);
END;

CREATE TRIGGER handovers_search_delete AFTER DELETE ON handovers
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id) VALUES (old.course_id);
END;

CREATE TRIGGER course_status_events_search_insert AFTER INSERT ON course_status_events
BEGIN
  INSERT OR IGNORE INTO course_search_pending (course_id) VALUES (new.course_id);
END;
