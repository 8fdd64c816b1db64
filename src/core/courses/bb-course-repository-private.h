/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the repositories of src/core/courses: the course repository's files
 * (bb-course-repository.c for courses, -status.c, -meetings.c, -measures.c,
 * -handovers.c, -query.c) and the young person and access log repositories. */

#include "bb-course-repository.h"
#include "bb-sql.h"

G_BEGIN_DECLS

struct _BbCourseRepository
{
  GObject                 parent_instance;

  BbDatabase             *database;
  BbInstrumentRepository *instruments;
  guint                   search_hook;
  /* The day the figures were last brought up to, so most reads skip the check. */
  char                    figures_day[16];
};

/* Writes a row of the access log for @young_person_id, inside the transaction of the
 * access (the caller holds it). @subject is what was reached ("course", "meeting", …),
 * @detail what changed (field keys) or NULL. */
gboolean  _bb_access_log_write          (BbDatabase      *database,
                                         gint64           young_person_id,
                                         BbAccessAction   action,
                                         const char      *subject,
                                         gint64           subject_id,
                                         const char      *detail,
                                         GError         **error);
/* The young person @sql (a string constant taking the id as ?1) names for @id; 0
 * with BB_DATABASE_ERROR_NOT_FOUND and @not_found when there is none. */
gint64    _bb_courses_find_young_person (BbDatabase      *database,
                                         const char      *sql,
                                         gint64           id,
                                         const char      *not_found,
                                         GError         **error);
/* The whole course, goals and staff too, not logged: for code that logs the access it
 * makes of it itself (the hand-over letter), inside its own transaction. */
BbCourse *_bb_course_repository_read     (BbCourseRepository  *self,
                                          gint64               id,
                                          GError             **error);
/* Deletes row @id of @table ("handovers", "measures"), a part of a course, logged as
 * the deletion of a @subject of its young person and notified as @domain (and the
 * courses, whose figures may change); @gone is the message when it is not there. */
gboolean  _bb_course_repository_delete_part (BbCourseRepository  *self,
                                             const char          *table,
                                             gint64               id,
                                             const char          *subject,
                                             const char          *domain,
                                             const char          *gone,
                                             GError             **error);
/* The young person of a course; 0 with @error set when there is no such course. */
gint64    _bb_course_young_person_id    (BbDatabase      *database,
                                         gint64           course_id,
                                         GError         **error);
/* The field keys of a diff as the access log's detail ("notes,goals"); adds the
 * terminating NULL to @fields. */
char     *_bb_courses_join_fields       (GPtrArray       *fields);
/* As bb_sql_bind_checked_text (), for text that is never NULL in the database ("" for
 * NULL). */
gboolean  _bb_courses_bind_checked_text (sqlite3_stmt    *stmt,
                                         int              index,
                                         const char      *field,
                                         const char      *text,
                                         GError         **error);
/* The clock's today as YYYY-MM-DD into @buffer (at least 11 bytes), and as a GDate. */
void      _bb_courses_today             (BbDatabase      *database,
                                         char            *buffer,
                                         GDate           *date);

/* bb-course-repository-day.c. Begins a transaction; FALSE with @error unset when the
 * database is open for reading only. */
gboolean  _bb_courses_begin_unless_read_only (BbDatabase          *database,
                                              GError             **error);
/* Moves the day the figures count up to (see 0006-courses.sql) to today, recounting
 * the courses whose meetings crossed it. Cheap when it is there already. */
gboolean  _bb_course_repository_catch_up     (BbCourseRepository  *self,
                                              GError             **error);
/* Holds the recounts of the figures back (@hold) while a bulk write adds meetings by
 * the thousand, then (!@hold) counts each course it touched once. Inside a
 * transaction the caller holds, which a rollback releases. */
gboolean  _bb_course_repository_hold_figures (BbCourseRepository  *self,
                                              gboolean             hold,
                                              GError             **error);
/* A new meeting of a course of @young_person_id, checked against @today, written and
 * logged inside the bulk write's transaction, which has brought the figures' day up
 * to date. */
gboolean  _bb_course_repository_add_meeting  (BbCourseRepository  *self,
                                              BbMeeting           *meeting,
                                              gint64               young_person_id,
                                              const GDate         *today,
                                              GError             **error);
/* The title of an offer that is not deleted, for a course to keep beside its id;
 * NULL with BB_DATABASE_ERROR_NOT_FOUND otherwise. */
char     *_bb_course_repository_offer_title  (BbCourseRepository  *self,
                                              gint64               offer_id,
                                              GError             **error);
/* Inside a transaction the caller holds. */
gboolean  _bb_course_repository_write_status (BbCourseRepository  *self,
                                              gint64               course_id,
                                              BbCourseStatus       status,
                                              const char          *date,
                                              const char          *note,
                                              GError             **error);

/* bb-course-repository-matches.c. Whether the pages of the FTS5 query @match may walk
 * an order's index testing bb_course_match (id) against the matches kept. */
gboolean  _bb_course_repository_has_matches   (BbCourseRepository  *self,
                                               const char          *match);
/* Counts the rows @stmt gives (the ids of @match's matches), keeping them when they are
 * many. -1 with @error set on failure. */
gint64    _bb_course_repository_count_matches (BbCourseRepository  *self,
                                               sqlite3_stmt        *stmt,
                                               const char          *match,
                                               GError             **error);
/* Walks the order @stmt gives (rows of id, names, notes) testing each course's text
 * against @match, for up to @limit matches; NULL when they prove sparse (more than a
 * few courses read for each) or the text cannot tell: the search index answers then. */
#define _BB_COURSE_WALK_LIMIT 256
GArray   *_bb_course_repository_walk          (BbCourseRepository  *self,
                                               sqlite3_stmt        *stmt,
                                               const char          *match,
                                               guint                limit);

/* bb-course-repository-query.c. The number of courses @query selects, counted on
 * @connection (a job's, in a worker thread). */
gint64    _bb_course_repository_count_on      (BbDatabase          *connection,
                                               const BbCourseQuery *query,
                                               GError             **error);
/* bb_course_repository_count_totals on @connection, the figures caught up already. */
gboolean  _bb_course_repository_count_totals_on (BbDatabase        *connection,
                                                 const BbCourseQuery *query,
                                                 BbCourseTotals    *totals,
                                                 GError           **error);

G_END_DECLS
