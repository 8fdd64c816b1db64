-- SPDX-License-Identifier: GPL-3.0-or-later
-- What the terms of other taxonomies stand for here, remembered per source (the file
-- name without its edition, see bb_taxonomy_source_for_file_name ()) so that the next
-- file from the same publisher maps them the same way. A term is known by its
-- taxonomy ('' when it names none) and its code, or its name when it has no code.
-- A term without a row is kept as a keyword, the default.

CREATE TABLE taxonomy_mappings (
  source          TEXT NOT NULL,
  taxonomy        TEXT NOT NULL,
  term            TEXT NOT NULL,
  target_group_id INTEGER REFERENCES target_groups (id) ON DELETE CASCADE,
  step_id         INTEGER REFERENCES steps (id) ON DELETE CASCADE,
  PRIMARY KEY (source, taxonomy, term),
  CHECK ((target_group_id IS NULL) != (step_id IS NULL))
) WITHOUT ROWID;

CREATE INDEX taxonomy_mappings_target_group ON taxonomy_mappings (target_group_id);
CREATE INDEX taxonomy_mappings_step ON taxonomy_mappings (step_id);
