-- SPDX-License-Identifier: GPL-3.0-or-later
-- The course list sorted by waiting time without sorting 100,000 rows: the courses
-- whose wait is stored are read in the order of courses_by_waiting, and the open ones
-- still waiting (whose wait grows with today) are found by courses_open and sorted
-- apart (see bb-course-repository-query.c). Each holds the columns every filter
-- reads, as the other courses_by_* indexes do.

CREATE INDEX courses_by_waiting ON courses
  (waiting_days, name_key, id, status, adviser_id, referral_source, closed_date, first_conversation,
   first_contact, last_activity);
-- courses_by_waiting begins with waiting_days and serves the filter too.
DROP INDEX courses_waiting;
CREATE INDEX courses_open ON courses
  (closed_day, waiting_days, first_contact_day, name_key, id, status, adviser_id, referral_source,
   closed_date, first_conversation, first_contact, last_activity);
