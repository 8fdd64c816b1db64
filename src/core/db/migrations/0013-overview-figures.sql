-- SPDX-License-Identifier: GPL-3.0-or-later
-- The overview's figures (src/core/overview) over 100,000 courses, each read from an
-- index alone: SQLite reads the table for a generated column, so the statements use
-- the columns themselves (closed_date, not closed_day).
--   courses_by_closing:      the courses ended in a period, with what their cards count
--                            (the flow, conversations per course and against the plan);
--   measures_outcome:        each course's first and last score on an instrument;
--   handovers_by_state_date: the hand-overs and referrals of a period, without the
--                            scan of every hand-over.

CREATE INDEX courses_by_closing ON courses
  (closed_date, status, closing_reason, conversations, planned_conversations, adviser_id);
CREATE INDEX measures_outcome ON measures (course_id, instrument, date, score);
CREATE INDEX handovers_by_state_date ON handovers (state_date, state, offer_id, offer_title, course_id);
