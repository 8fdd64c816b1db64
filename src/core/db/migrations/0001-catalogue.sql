-- SPDX-License-Identifier: GPL-3.0-or-later
-- The offer catalogue: offers, who runs them, for whom, at which step.

CREATE TABLE providers (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL UNIQUE CHECK (length (trim (name)) > 0),
  sort_key   TEXT NOT NULL,
  sector     TEXT NOT NULL DEFAULT 'municipality'
               CHECK (sector IN ('municipality', 'region', 'private', 'voluntary')),
  department TEXT NOT NULL DEFAULT '',
  website    TEXT NOT NULL DEFAULT '',
  email      TEXT NOT NULL DEFAULT '',
  phone      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE target_groups (
  id       INTEGER PRIMARY KEY,
  uuid     TEXT NOT NULL UNIQUE,
  name     TEXT NOT NULL UNIQUE CHECK (length (trim (name)) > 0),
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE steps (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  level       INTEGER NOT NULL,
  name        TEXT NOT NULL UNIQUE CHECK (length (trim (name)) > 0),
  description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE offers (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  title         TEXT NOT NULL CHECK (length (trim (title)) > 0),
  sort_key      TEXT NOT NULL,
  summary       TEXT NOT NULL DEFAULT '',
  description   TEXT NOT NULL DEFAULT '',
  provider_id   INTEGER NOT NULL REFERENCES providers (id) ON DELETE RESTRICT,
  legal_basis   TEXT NOT NULL DEFAULT '',
  age_min       INTEGER CHECK (age_min BETWEEN 0 AND 130),
  age_max       INTEGER CHECK (age_max BETWEEN 0 AND 130 AND (age_min IS NULL OR age_max >= age_min)),
  access        TEXT NOT NULL DEFAULT 'open' CHECK (access IN ('open', 'referral', 'visitation')),
  capacity      INTEGER CHECK (capacity >= 0),
  waiting_weeks INTEGER CHECK (waiting_weeks >= 0),
  location      TEXT NOT NULL DEFAULT '',
  opening_hours TEXT NOT NULL DEFAULT '',
  status        TEXT NOT NULL DEFAULT 'active'
                  CHECK (status IN ('planned', 'active', 'paused', 'closed')),
  reviewed      TEXT,
  keywords      TEXT NOT NULL DEFAULT '',
  created       TEXT NOT NULL,
  modified      TEXT NOT NULL,
  -- Deleted offers wait here until the undo has passed, then are purged.
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE INDEX offers_provider ON offers (provider_id);
-- Covers the list's query sorted by title, so filtering 100,000 offers never reads
-- their long texts.
CREATE INDEX offers_list ON offers (sort_key, id, deleted, provider_id, access, status, reviewed);
CREATE INDEX offers_reviewed ON offers (reviewed);

CREATE TABLE offer_target_groups (
  offer_id        INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  target_group_id INTEGER NOT NULL REFERENCES target_groups (id) ON DELETE RESTRICT,
  PRIMARY KEY (offer_id, target_group_id)
) WITHOUT ROWID;

CREATE INDEX offer_target_groups_group ON offer_target_groups (target_group_id);

CREATE TABLE offer_steps (
  offer_id INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  step_id  INTEGER NOT NULL REFERENCES steps (id) ON DELETE RESTRICT,
  PRIMARY KEY (offer_id, step_id)
) WITHOUT ROWID;

CREATE INDEX offer_steps_step ON offer_steps (step_id);

CREATE TABLE contacts (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  offer_id   INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL DEFAULT 0,
  name       TEXT NOT NULL CHECK (length (trim (name)) > 0),
  role       TEXT NOT NULL DEFAULT '',
  phone      TEXT NOT NULL DEFAULT '',
  email      TEXT NOT NULL DEFAULT '',
  ambassador INTEGER NOT NULL DEFAULT 0 CHECK (ambassador IN (0, 1))
);

CREATE INDEX contacts_offer ON contacts (offer_id, position);

CREATE TABLE offer_history (
  id         INTEGER PRIMARY KEY,
  offer_id   INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  field      TEXT NOT NULL,
  old_value  TEXT,
  new_value  TEXT
);

CREATE INDEX offer_history_offer ON offer_history (offer_id, id);
