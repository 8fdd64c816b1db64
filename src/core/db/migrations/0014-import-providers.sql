-- SPDX-License-Identifier: GPL-3.0-or-later
-- A provider an import changed (one it did not create), whole as it was before the
-- import's first change to it: its row and its details (has_details 0: it had none),
-- so that undoing the import brings back every field. Imports from before this kept
-- only the sector and department (import_lists), and their undo still reads those.
CREATE TABLE import_providers (
  import_id     INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  provider_id   INTEGER NOT NULL,
  name          TEXT NOT NULL,
  sort_key      TEXT NOT NULL,
  sector        TEXT NOT NULL,
  department    TEXT NOT NULL,
  website       TEXT NOT NULL,
  email         TEXT NOT NULL,
  phone         TEXT NOT NULL,
  shares_name   INTEGER NOT NULL,
  has_details   INTEGER NOT NULL CHECK (has_details IN (0, 1)),
  description   TEXT,
  legal_status  TEXT,
  tax_id        TEXT,
  sector_stated INTEGER,
  extra         TEXT,
  PRIMARY KEY (import_id, provider_id)
) WITHOUT ROWID;

-- Offers name their provider, and imports look it up by name once an offer: the
-- unique index is partial (shares_name = 0), so "name = ?" could not use it and
-- read every provider.
CREATE INDEX providers_by_name ON providers (name);
