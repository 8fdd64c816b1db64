-- SPDX-License-Identifier: GPL-3.0-or-later
-- Implementation plans: a plan from a versioned model template with its sections.
-- Every row belongs to one plan and goes with it (ON DELETE CASCADE); links from
-- activities, indicators and trial actions to a core element or focus area are
-- cleared when that row goes. The fidelity history is append-only. Text is '' when
-- empty, dates YYYY-MM-DD or NULL, moments ISO 8601 UTC; enumerations by their keys
-- (bb-plan-enums.c). A municipality holds tens of plans with hundreds of activities.

CREATE TABLE plans (
  id               INTEGER PRIMARY KEY,
  uuid             TEXT NOT NULL UNIQUE,
  title            TEXT NOT NULL CHECK (length (trim (title)) > 0),
  sort_key         TEXT NOT NULL,
  -- The template's model key ('' for a blank plan), its title when the plan was made
  -- or carried over, and the version made from or last carried over to.
  model            TEXT NOT NULL DEFAULT '',
  model_title      TEXT NOT NULL DEFAULT '',
  template_version TEXT NOT NULL DEFAULT '',
  organisation     TEXT NOT NULL DEFAULT '',
  owner            TEXT NOT NULL DEFAULT '',
  purpose          TEXT NOT NULL DEFAULT '',
  target_group     TEXT NOT NULL DEFAULT '',
  period_start     TEXT CHECK (period_start IS NULL OR date (period_start) = period_start),
  period_end       TEXT CHECK (period_end IS NULL OR date (period_end) = period_end),
  status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'completed')),
  -- The latest row of plan_stage_events, kept here for the list.
  stage            TEXT NOT NULL DEFAULT 'exploration'
                     CHECK (stage IN ('exploration', 'installation', 'initial-implementation',
                                      'full-implementation')),
  archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created          TEXT NOT NULL,
  modified         TEXT NOT NULL
);

CREATE INDEX plans_list ON plans (archived, status, sort_key, id);

-- The plan list's search: title, organisation, owner and model, kept by the
-- repository when it writes a plan (FTS5 cannot be written from triggers while
-- trusted_schema is OFF); rowid is the plan's id.
CREATE VIRTUAL TABLE plan_fts USING fts5 (
  text,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE plan_stage_events (
  id      INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  stage   TEXT NOT NULL
            CHECK (stage IN ('exploration', 'installation', 'initial-implementation',
                             'full-implementation')),
  date    TEXT NOT NULL CHECK (date (date) = date)
);

CREATE INDEX plan_stage_events_plan ON plan_stage_events (plan_id, date, id);

CREATE TABLE plan_elements (
  id            INTEGER PRIMARY KEY,
  plan_id       INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  template_key  TEXT NOT NULL DEFAULT '',
  position      INTEGER NOT NULL DEFAULT 0,
  title         TEXT NOT NULL CHECK (length (trim (title)) > 0),
  description   TEXT NOT NULL DEFAULT '',
  -- The latest row of plan_fidelity_ratings, kept by the trigger below.
  fidelity      TEXT NOT NULL DEFAULT 'not-started'
                  CHECK (fidelity IN ('not-started', 'partly', 'largely', 'fully')),
  fidelity_date TEXT
);

CREATE INDEX plan_elements_plan ON plan_elements (plan_id, position);

-- Written once, never changed: a new rating is a new row. Only deleting the element
-- (or its plan) takes its ratings with it; by then the element's row is gone.
CREATE TABLE plan_fidelity_ratings (
  id         INTEGER PRIMARY KEY,
  element_id INTEGER NOT NULL REFERENCES plan_elements (id) ON DELETE CASCADE,
  date       TEXT NOT NULL CHECK (date (date) = date),
  level      TEXT NOT NULL CHECK (level IN ('not-started', 'partly', 'largely', 'fully')),
  note       TEXT NOT NULL DEFAULT ''
);

CREATE INDEX plan_fidelity_ratings_element ON plan_fidelity_ratings (element_id, date, id);

CREATE TRIGGER plan_fidelity_ratings_no_update BEFORE UPDATE ON plan_fidelity_ratings
BEGIN
  SELECT RAISE (ABORT, 'a fidelity rating cannot be changed');
END;

CREATE TRIGGER plan_fidelity_ratings_no_delete BEFORE DELETE ON plan_fidelity_ratings
  WHEN EXISTS (SELECT 1 FROM plan_elements WHERE id = old.element_id)
BEGIN
  SELECT RAISE (ABORT, 'a fidelity rating cannot be changed');
END;

CREATE TRIGGER plan_fidelity_ratings_latest AFTER INSERT ON plan_fidelity_ratings
BEGIN
  UPDATE plan_elements
     SET (fidelity, fidelity_date) =
         (SELECT level, date FROM plan_fidelity_ratings
           WHERE element_id = new.element_id ORDER BY date DESC, id DESC LIMIT 1)
   WHERE id = new.element_id;
END;

CREATE TABLE plan_challenges (
  id                INTEGER PRIMARY KEY,
  plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  template_key      TEXT NOT NULL DEFAULT '',
  position          INTEGER NOT NULL DEFAULT 0,
  title             TEXT NOT NULL CHECK (length (trim (title)) > 0),
  guiding_questions TEXT NOT NULL DEFAULT '',
  rating            TEXT NOT NULL DEFAULT 'not-rated'
                      CHECK (rating IN ('not-rated', 'low', 'medium', 'high')),
  note              TEXT NOT NULL DEFAULT ''
);

CREATE INDEX plan_challenges_plan ON plan_challenges (plan_id, position);

CREATE TABLE plan_focus_areas (
  id                INTEGER PRIMARY KEY,
  plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  template_key      TEXT NOT NULL DEFAULT '',
  position          INTEGER NOT NULL DEFAULT 0,
  title             TEXT NOT NULL CHECK (length (trim (title)) > 0),
  guiding_questions TEXT NOT NULL DEFAULT '',
  adaptations       TEXT NOT NULL DEFAULT ''
);

CREATE INDEX plan_focus_areas_plan ON plan_focus_areas (plan_id, position);

CREATE TABLE plan_activities (
  id              INTEGER PRIMARY KEY,
  plan_id         INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  template_key    TEXT NOT NULL DEFAULT '',
  position        INTEGER NOT NULL DEFAULT 0,
  title           TEXT NOT NULL CHECK (length (trim (title)) > 0),
  content         TEXT NOT NULL DEFAULT '',
  responsible     TEXT NOT NULL DEFAULT '',
  participants    TEXT NOT NULL DEFAULT '',
  start_date      TEXT CHECK (start_date IS NULL OR date (start_date) = start_date),
  end_date        TEXT CHECK (end_date IS NULL OR date (end_date) = end_date),
  duration_days   INTEGER CHECK (duration_days >= 0),
  coordinate_with TEXT NOT NULL DEFAULT '',
  support_tools   TEXT NOT NULL DEFAULT '',
  element_id      INTEGER REFERENCES plan_elements (id) ON DELETE SET NULL,
  focus_area_id   INTEGER REFERENCES plan_focus_areas (id) ON DELETE SET NULL,
  status          TEXT NOT NULL DEFAULT 'planned'
                    CHECK (status IN ('planned', 'in-progress', 'done', 'postponed', 'cancelled')),
  progress_notes  TEXT NOT NULL DEFAULT '',
  actor           TEXT NOT NULL DEFAULT '',
  target          TEXT NOT NULL DEFAULT '',
  timing          TEXT NOT NULL DEFAULT '',
  dose            TEXT NOT NULL DEFAULT '',
  outcome         TEXT NOT NULL DEFAULT '',
  rationale       TEXT NOT NULL DEFAULT '',
  -- The day it runs to (bb_plan_activity_dup_end ()), for the overdue count.
  due_date        TEXT GENERATED ALWAYS AS
                    (coalesce (end_date, date (start_date, '+' || duration_days || ' days'), start_date))
                    VIRTUAL
);

CREATE INDEX plan_activities_plan ON plan_activities (plan_id, position);
CREATE INDEX plan_activities_status ON plan_activities (plan_id, status, due_date);
CREATE INDEX plan_activities_element ON plan_activities (element_id);
CREATE INDEX plan_activities_focus_area ON plan_activities (focus_area_id);

CREATE TABLE plan_partners (
  id             INTEGER PRIMARY KEY,
  plan_id        INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL DEFAULT 0,
  name           TEXT NOT NULL CHECK (length (trim (name)) > 0),
  new_tasks      TEXT NOT NULL DEFAULT '',
  to_inform      TEXT NOT NULL DEFAULT '',
  contact_person TEXT NOT NULL DEFAULT '',
  challenges     TEXT NOT NULL DEFAULT '',
  agreement      TEXT NOT NULL DEFAULT '',
  agreement_date TEXT CHECK (agreement_date IS NULL OR date (agreement_date) = agreement_date)
);

CREATE INDEX plan_partners_plan ON plan_partners (plan_id, position);

CREATE TABLE plan_indicators (
  id         INTEGER PRIMARY KEY,
  plan_id    INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL DEFAULT 0,
  name       TEXT NOT NULL CHECK (length (trim (name)) > 0),
  definition TEXT NOT NULL DEFAULT '',
  source     TEXT NOT NULL DEFAULT '',
  kind       TEXT NOT NULL DEFAULT 'manual'
               CHECK (kind IN ('manual', 'waiting-median', 'conversations-per-course',
                               'share-handed-over', 'share-follow-up', 'share-goals-reached')),
  -- Whose courses a figure counts (NULL: all); never written to a plan file.
  adviser_id INTEGER REFERENCES advisers (id) ON DELETE SET NULL,
  element_id INTEGER REFERENCES plan_elements (id) ON DELETE SET NULL,
  target     REAL,
  unit       TEXT NOT NULL DEFAULT ''
);

CREATE INDEX plan_indicators_plan ON plan_indicators (plan_id, position);
CREATE INDEX plan_indicators_element ON plan_indicators (element_id);
CREATE INDEX plan_indicators_adviser ON plan_indicators (adviser_id);

CREATE TABLE plan_measurements (
  id           INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES plan_indicators (id) ON DELETE CASCADE,
  date         TEXT NOT NULL CHECK (date (date) = date),
  value        REAL NOT NULL,
  origin       TEXT NOT NULL DEFAULT 'typed' CHECK (origin IN ('typed', 'courses', 'figure-file')),
  note         TEXT NOT NULL DEFAULT ''
);

CREATE INDEX plan_measurements_indicator ON plan_measurements (indicator_id, date, id);

CREATE TABLE plan_trials (
  id          INTEGER PRIMARY KEY,
  plan_id     INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL DEFAULT 0,
  title       TEXT NOT NULL CHECK (length (trim (title)) > 0),
  description TEXT NOT NULL DEFAULT '',
  start_date  TEXT CHECK (start_date IS NULL OR date (start_date) = start_date),
  element_id  INTEGER REFERENCES plan_elements (id) ON DELETE SET NULL
);

CREATE INDEX plan_trials_plan ON plan_trials (plan_id, position);
CREATE INDEX plan_trials_element ON plan_trials (element_id);

CREATE TABLE plan_reviews (
  id           INTEGER PRIMARY KEY,
  trial_id     INTEGER NOT NULL REFERENCES plan_trials (id) ON DELETE CASCADE,
  date         TEXT NOT NULL CHECK (date (date) = date),
  worked       TEXT NOT NULL DEFAULT '',
  did_not_work TEXT NOT NULL DEFAULT '',
  decision     TEXT NOT NULL DEFAULT 'none' CHECK (decision IN ('none', 'continue', 'adjust', 'drop')),
  note         TEXT NOT NULL DEFAULT ''
);

CREATE INDEX plan_reviews_trial ON plan_reviews (trial_id, date, id);

CREATE TABLE plan_competence_events (
  id                INTEGER PRIMARY KEY,
  plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  date              TEXT NOT NULL CHECK (date (date) = date),
  title             TEXT NOT NULL CHECK (length (trim (title)) > 0),
  n_participants    INTEGER CHECK (n_participants >= 0),
  participants      TEXT NOT NULL DEFAULT '',
  share_rating_high REAL CHECK (share_rating_high BETWEEN 0 AND 1),
  share_used_after  REAL CHECK (share_used_after BETWEEN 0 AND 1),
  note              TEXT NOT NULL DEFAULT ''
);

CREATE INDEX plan_competence_events_plan ON plan_competence_events (plan_id, date, id);
