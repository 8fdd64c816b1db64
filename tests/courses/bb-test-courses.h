/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "bb-context.h"
#include "bb-demo-generator.h"

G_BEGIN_DECLS

/* A fresh database with its repositories in a temporary folder, on the test clock
 * (15 March 2026), for g_test_add (). */
typedef struct
{
  char                    *folder;
  BbContext               *context;
  BbDatabase              *database;
  BbAdviserRepository     *advisers;
  BbYoungPersonRepository *young_people;
  BbCourseRepository      *courses;
  BbInstrumentRepository  *instruments;
  BbAccessLogRepository   *access_log;
} BbTestCourses;

void       bb_test_courses_set_up        (BbTestCourses *fixture,
                                          gconstpointer  user_data);
void       bb_test_courses_tear_down     (BbTestCourses *fixture,
                                          gconstpointer  user_data);
/* Moves the database's clock to @iso (e.g. "2026-04-01T10:00:00Z"). */
void       bb_test_courses_set_clock     (BbTestCourses *fixture,
                                          const char    *iso);

/* Stored at once; each fails the test on an error. */
gint64     bb_test_add_adviser           (BbTestCourses *fixture,
                                          const char    *name,
                                          BbProfession   profession);
gint64     bb_test_add_young_person      (BbTestCourses *fixture,
                                          const char    *name,
                                          const char    *birth_date);
/* A course for a new young person called @name, first contact on @first_contact,
 * held by @adviser_id (0 for none). */
gint64     bb_test_add_course            (BbTestCourses *fixture,
                                          const char    *name,
                                          const char    *first_contact,
                                          gint64         adviser_id);
gint64     bb_test_add_meeting           (BbTestCourses *fixture,
                                          gint64         course_id,
                                          BbMeetingKind  kind,
                                          const char    *date,
                                          gboolean       no_show);
void       bb_test_change_status         (BbTestCourses *fixture,
                                          gint64         course_id,
                                          BbCourseStatus status,
                                          const char    *date);
/* An offer of the catalogue, for hand-overs. */
gint64     bb_test_add_offer             (BbTestCourses *fixture,
                                          const char    *title);
/* The course as a list row. */
BbCourse  *bb_test_get_course            (BbTestCourses *fixture,
                                          gint64         course_id);
/* The ids @query selects, as "3,1,2" (empty for none), for exact comparison. */
char      *bb_test_query_courses         (BbTestCourses       *fixture,
                                          const BbCourseQuery *query);

/* Fills the database with a demonstration municipality (src/core/demo). */
void       bb_test_courses_generate      (BbTestCourses       *fixture,
                                          const BbDemoOptions *options);
/* A SHA-256 of every row of every table, in the order of their names and rowids: two
 * databases with the same rows have the same digest. */
char      *bb_test_courses_digest        (BbDatabase          *database);
/* How many courses hold figures other than their meetings give, counted afresh. */
gint64     bb_test_courses_count_wrong_figures (BbDatabase    *database);

G_END_DECLS
