-- SPDX-License-Identifier: GPL-3.0-or-later
-- The courses' figures by month (bb-course-repository-figures.c) count the first
-- conversations of a period: without this they read every course there is. It holds
-- what that count reads, and the adviser and id its filter does.

CREATE INDEX courses_by_first_conversation ON courses (first_conversation, waiting_days, adviser_id, id);
