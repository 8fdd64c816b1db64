-- SPDX-License-Identifier: GPL-3.0-or-later
-- Search as you type over 100,000 courses: each keystroke asks for the words that
-- begin with what was typed, and without a prefix index FTS5 merges the lists of
-- every such word (tens of thousands for "s"). With indexes of the first one, two
-- and three letters, a short prefix reads one list. The index is copied from the
-- old table, not recomputed from the courses (course_search_text).

CREATE VIRTUAL TABLE course_fts_prefixed USING fts5 (
  names, notes,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
INSERT INTO course_fts_prefixed (rowid, names, notes) SELECT rowid, names, notes FROM course_fts;
DROP TABLE course_fts;
ALTER TABLE course_fts_prefixed RENAME TO course_fts;

-- The filter by closing reason (a link of the overview) in the list's name order,
-- without reading every course: ties by name as courses_by_name, and the columns the
-- overview's links combine it with.
CREATE INDEX courses_by_closing_reason ON courses
  (closing_reason, name_key, id, closed_date, status, adviser_id, conversations, first_contact);
