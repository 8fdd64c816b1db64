-- SPDX-License-Identifier: GPL-3.0-or-later
-- Exchanging catalogues with files without losing what was done here: what each import
-- changed, so that it can be undone in one step, and how far each offer's history had
-- come when a file last held it, so that a re-import can tell edits made here since
-- from its own.

CREATE TABLE imports (
  id          INTEGER PRIMARY KEY,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  file_name   TEXT NOT NULL DEFAULT '',
  undone_at   TEXT
);

-- Every offer an import wrote: one it created, or one it updated with the offer as it
-- was before (a GVariant of type a{sv}) and its exchange mark then.
CREATE TABLE import_offers (
  import_id        INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  offer_id         INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  created          INTEGER NOT NULL CHECK (created IN (0, 1)),
  before           BLOB,
  exchanged_before INTEGER,
  PRIMARY KEY (import_id, offer_id)
) WITHOUT ROWID;

CREATE INDEX import_offers_offer ON import_offers (offer_id);

-- Providers, target groups and steps an import created, and providers whose sector or
-- department it changed, with the values before.
CREATE TABLE import_lists (
  import_id  INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('provider', 'target-group', 'step')),
  item_id    INTEGER NOT NULL,
  created    INTEGER NOT NULL CHECK (created IN (0, 1)),
  sector     TEXT,
  department TEXT,
  PRIMARY KEY (import_id, kind, item_id)
) WITHOUT ROWID;

-- The newest history entry of each offer when a file last held all of it (an import
-- of every field, or an export). A table of its own: a column of offers would send
-- every offer back through the search index at each export.
CREATE TABLE offer_exchanges (
  offer_id  INTEGER PRIMARY KEY REFERENCES offers (id) ON DELETE CASCADE,
  change_id INTEGER NOT NULL
);

-- History written by an import or by its undo; the rest are edits made here.
ALTER TABLE offer_history ADD COLUMN import_id INTEGER REFERENCES imports (id) ON DELETE SET NULL;
