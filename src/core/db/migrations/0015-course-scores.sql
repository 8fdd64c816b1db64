-- SPDX-License-Identifier: GPL-3.0-or-later
-- The outcome card (src/core/overview) judges each closed course's first and last
-- score on an instrument. Read from every measure, that was half the overview's time
-- on 100,000 courses; course_scores holds them, one row per course and instrument,
-- kept by the triggers below. First and last go by date, then by id. The course's
-- closing day (only when closed, not "not admitted") and adviser are copied in, so
-- that a period's scores are one range of course_scores_by_closing.

CREATE TABLE course_scores (
  course_id   INTEGER NOT NULL,
  instrument  TEXT NOT NULL,
  measures    INTEGER NOT NULL,
  first_date  TEXT NOT NULL,
  first_score REAL NOT NULL,
  last_date   TEXT NOT NULL,
  last_score  REAL NOT NULL,
  closed_date TEXT,
  adviser_id  INTEGER,
  PRIMARY KEY (course_id, instrument)
) WITHOUT ROWID;

INSERT INTO course_scores (course_id, instrument, measures, first_date, first_score, last_date, last_score,
                           closed_date, adviser_id)
SELECT s.*, CASE WHEN c.status = 'closed' THEN c.closed_date END, c.adviser_id
  FROM (SELECT DISTINCT course_id, instrument, count (*) OVER w, first_value (date) OVER w,
               first_value (score) OVER w, last_value (date) OVER w, last_value (score) OVER w
          FROM measures
        WINDOW w AS (PARTITION BY course_id, instrument ORDER BY date, id
                     ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) s
  JOIN courses c ON c.id = s.course_id;

CREATE INDEX course_scores_by_closing ON course_scores
  (instrument, closed_date, measures, last_date, first_score, last_score, adviser_id);

-- The courses begun in a period by day of first contact and of first conversation,
-- in the index's order: the new courses and the waits of the overview in one pass.
CREATE INDEX courses_by_first_contact_wait ON courses (first_contact, first_conversation, adviser_id);

-- A course and instrument's row made again from its measures (none without one),
-- by inserting the pair into this view: one body for every trigger below.
CREATE VIEW course_scores_refresh AS SELECT course_id, instrument FROM course_scores;

CREATE TRIGGER course_scores_refresh_row INSTEAD OF INSERT ON course_scores_refresh
BEGIN
  DELETE FROM course_scores WHERE course_id = new.course_id AND instrument = new.instrument;
  INSERT INTO course_scores (course_id, instrument, measures, first_date, first_score, last_date, last_score,
                             closed_date, adviser_id)
  SELECT f.course_id, f.instrument,
         (SELECT count (*) FROM measures m WHERE m.course_id = f.course_id AND m.instrument = f.instrument),
         f.date, f.score, l.date, l.score, CASE WHEN c.status = 'closed' THEN c.closed_date END, c.adviser_id
    FROM (SELECT course_id, instrument, date, score FROM measures
           WHERE course_id = new.course_id AND instrument = new.instrument ORDER BY date, id LIMIT 1) f,
         (SELECT date, score FROM measures
           WHERE course_id = new.course_id AND instrument = new.instrument ORDER BY date DESC, id DESC LIMIT 1) l,
         courses c
   WHERE c.id = f.course_id;
END;

CREATE TRIGGER measures_scores_insert AFTER INSERT ON measures
BEGIN
  INSERT INTO course_scores_refresh (course_id, instrument) VALUES (new.course_id, new.instrument);
END;

CREATE TRIGGER measures_scores_delete AFTER DELETE ON measures
BEGIN
  INSERT INTO course_scores_refresh (course_id, instrument) VALUES (old.course_id, old.instrument);
END;

-- Both the row it left and the row it joined.
CREATE TRIGGER measures_scores_update AFTER UPDATE OF course_id, instrument, date, score ON measures
BEGIN
  INSERT INTO course_scores_refresh (course_id, instrument) VALUES (old.course_id, old.instrument);
  INSERT INTO course_scores_refresh (course_id, instrument) VALUES (new.course_id, new.instrument);
END;

CREATE TRIGGER courses_scores_closing AFTER UPDATE OF status, closed_date, adviser_id ON courses
BEGIN
  UPDATE course_scores SET closed_date = CASE WHEN new.status = 'closed' THEN new.closed_date END,
                           adviser_id = new.adviser_id
   WHERE course_id = new.id;
END;
