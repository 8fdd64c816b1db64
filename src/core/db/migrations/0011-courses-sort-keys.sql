-- SPDX-License-Identifier: GPL-3.0-or-later
-- The course list sorted by waiting time or by length a page at a time, from one index
-- each, instead of sorting 100,000 rows by a figure that grows with today. Both keys
-- are figures as of course_figures_day (the repository moves that day to today before
-- it reads): the triggers below keep them in step with every write to what they are
-- made of, and the move of the day brings the open courses' keys up to it.
--   waiting_key: the wait, or for an open course still waiting the wait so far; NULL
--                for a course closed without a first conversation (sorted last).
--   length_key:  the days from the first contact to the closing, or to that day.

ALTER TABLE courses ADD COLUMN waiting_key INTEGER;
ALTER TABLE courses ADD COLUMN length_key INTEGER;

CREATE TRIGGER courses_sort_keys_insert AFTER INSERT ON courses
BEGIN
  UPDATE courses SET
    waiting_key = coalesce (waiting_days,
                            CASE WHEN closed_day IS NULL
                                 THEN CAST (julianday ((SELECT day FROM course_figures_day)) AS INTEGER)
                                      - first_contact_day END),
    length_key = coalesce (closed_day, CAST (julianday ((SELECT day FROM course_figures_day)) AS INTEGER))
                 - first_contact_day
  WHERE id = new.id;
END;

CREATE TRIGGER courses_sort_keys_update AFTER UPDATE OF first_contact, first_conversation, closed_date ON courses
BEGIN
  UPDATE courses SET
    waiting_key = coalesce (waiting_days,
                            CASE WHEN closed_day IS NULL
                                 THEN CAST (julianday ((SELECT day FROM course_figures_day)) AS INTEGER)
                                      - first_contact_day END),
    length_key = coalesce (closed_day, CAST (julianday ((SELECT day FROM course_figures_day)) AS INTEGER))
                 - first_contact_day
  WHERE id = new.id;
END;

-- Only the open courses' keys depend on the day.
CREATE TRIGGER courses_sort_keys_day_moved AFTER UPDATE OF day ON course_figures_day
BEGIN
  UPDATE courses SET
    waiting_key = coalesce (waiting_days, CAST (julianday (new.day) AS INTEGER) - first_contact_day),
    length_key = CAST (julianday (new.day) AS INTEGER) - first_contact_day
  WHERE closed_day IS NULL;
END;

UPDATE courses SET
  waiting_key = coalesce (waiting_days,
                          CASE WHEN closed_day IS NULL
                               THEN CAST (julianday ((SELECT day FROM course_figures_day)) AS INTEGER)
                                    - first_contact_day END),
  length_key = coalesce (closed_day, CAST (julianday ((SELECT day FROM course_figures_day)) AS INTEGER))
               - first_contact_day;

-- As the other courses_by_* indexes: the key, the tie-breaks, then what every filter
-- reads, so sorting and filtering read the index alone.
CREATE INDEX courses_by_waiting_key ON courses
  (waiting_key, name_key, id, status, adviser_id, referral_source, closed_date, first_conversation,
   waiting_days, first_contact, last_activity);
CREATE INDEX courses_by_length_key ON courses
  (length_key, name_key, id, status, adviser_id, referral_source, closed_date, first_conversation,
   waiting_days, first_contact, last_activity);
