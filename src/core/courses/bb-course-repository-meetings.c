/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Meetings: the triggers of 0006-courses.sql turn them into the course's figures. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-course-repository-private.h"

#define MEETING_COLUMNS \
  "id, uuid, course_id, date, time, kind, participants, duration, notes, no_show, rating"

static gpointer
meeting_from_row (sqlite3_stmt *stmt)
{
  BbMeetingKind kind = BB_MEETING_ADVISORY;
  BbMeeting *meeting;

  bb_meeting_kind_from_key (bb_sql_column_text (stmt, 5), &kind);
  meeting = bb_meeting_new (sqlite3_column_int64 (stmt, 2), kind, bb_sql_column_text (stmt, 3));
  bb_meeting_set_id (meeting, sqlite3_column_int64 (stmt, 0));
  bb_meeting_set_uuid (meeting, bb_sql_column_text (stmt, 1));
  bb_meeting_set_time (meeting, bb_sql_column_text (stmt, 4));
  bb_meeting_set_participants (meeting, bb_sql_column_text (stmt, 6));
  bb_meeting_set_duration (meeting, bb_sql_column_optional_int (stmt, 7));
  bb_meeting_set_notes (meeting, bb_sql_column_text (stmt, 8));
  bb_meeting_set_no_show (meeting, sqlite3_column_int (stmt, 9) != 0);
  bb_meeting_set_rating (meeting, bb_sql_column_optional_int (stmt, 10));
  return meeting;
}

BbMeeting *
bb_course_repository_get_meeting (BbCourseRepository  *self,
                                  gint64               id,
                                  GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT " MEETING_COLUMNS " FROM meetings WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return meeting_from_row (stmt);

  if (rc == SQLITE_DONE)
    g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                         _("The meeting no longer exists. It may have been deleted in another window."));
  else
    bb_database_set_error (self->database, error);
  return NULL;
}

GListModel *
bb_course_repository_list_meetings (BbCourseRepository  *self,
                                    gint64               course_id,
                                    GError             **error)
{
  g_autoptr(GListStore) meetings = g_list_store_new (BB_TYPE_MEETING);
  g_autoptr(BbCachedStatement) stmt = NULL;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT " MEETING_COLUMNS " FROM meetings WHERE course_id = ?1"
                                     " ORDER BY date, time NULLS FIRST, id",
                                     error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, course_id);
  if (!bb_database_collect_rows (self->database, stmt, meetings, meeting_from_row, error))
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&meetings));
}

/* The keys of the fields that differ, for the access log. */
static char *
diff_meetings (BbMeeting *before,
               BbMeeting *after)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();

  if (g_strcmp0 (bb_meeting_get_date (before), bb_meeting_get_date (after)) != 0)
    g_ptr_array_add (fields, (gpointer) "date");
  if (g_strcmp0 (bb_meeting_get_time (before), bb_meeting_get_time (after)) != 0)
    g_ptr_array_add (fields, (gpointer) "time");
  if (bb_meeting_get_kind (before) != bb_meeting_get_kind (after))
    g_ptr_array_add (fields, (gpointer) "kind");
  if (g_strcmp0 (bb_meeting_get_participants (before), bb_meeting_get_participants (after)) != 0)
    g_ptr_array_add (fields, (gpointer) "participants");
  if (bb_meeting_get_duration (before) != bb_meeting_get_duration (after))
    g_ptr_array_add (fields, (gpointer) "duration");
  if (g_strcmp0 (bb_meeting_get_notes (before), bb_meeting_get_notes (after)) != 0)
    g_ptr_array_add (fields, (gpointer) "notes");
  if (bb_meeting_get_no_show (before) != bb_meeting_get_no_show (after))
    g_ptr_array_add (fields, (gpointer) "no-show");
  if (bb_meeting_get_rating (before) != bb_meeting_get_rating (after))
    g_ptr_array_add (fields, (gpointer) "rating");

  return _bb_courses_join_fields (fields);
}

/* Writes @meeting's row, new or changed, and logs it; inside a transaction. */
static gboolean
write_meeting (BbCourseRepository  *self,
               BbMeeting           *meeting,
               gint64               young_person_id,
               const char          *detail,
               GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  gboolean is_new = bb_meeting_get_id (meeting) == 0;

  stmt = bb_database_prepare_cached (self->database,
                                     is_new
                                     ? "INSERT INTO meetings (course_id, date, time, kind, participants, duration,"
                                       " notes, no_show, rating, uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                                     : "UPDATE meetings SET course_id = ?1, date = ?2, time = ?3, kind = ?4,"
                                       " participants = ?5, duration = ?6, notes = ?7, no_show = ?8, rating = ?9"
                                       " WHERE id = ?11",
                                     error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, bb_meeting_get_course_id (meeting));
  bb_sql_bind_text (stmt, 2, bb_meeting_get_date (meeting));
  bb_sql_bind_text (stmt, 3, bb_meeting_get_time (meeting));
  bb_sql_bind_text (stmt, 4, bb_meeting_kind_to_key (bb_meeting_get_kind (meeting)));
  bb_sql_bind_optional_int (stmt, 6, bb_meeting_get_duration (meeting));
  if (!bb_sql_bind_checked_text (stmt, 5, C_("course field", "Participants"), bb_meeting_get_participants (meeting), error) ||
      !bb_sql_bind_checked_text (stmt, 7, C_("course field", "Notes on the meeting"), bb_meeting_get_notes (meeting), error))
    return FALSE;
  sqlite3_bind_int (stmt, 8, bb_meeting_get_no_show (meeting) ? 1 : 0);
  bb_sql_bind_optional_int (stmt, 9, bb_meeting_get_rating (meeting));
  if (is_new)
    bb_sql_bind_text (stmt, 10, bb_meeting_get_uuid (meeting));
  else
    sqlite3_bind_int64 (stmt, 11, bb_meeting_get_id (meeting));

  if (!bb_database_step_done (self->database, stmt, error))
    return FALSE;

  if (is_new)
    bb_meeting_set_id (meeting, sqlite3_last_insert_rowid (bb_database_get_handle (self->database)));

  if (!_bb_access_log_write (self->database, young_person_id,
                             is_new ? BB_ACCESS_ACTION_CREATE : BB_ACCESS_ACTION_CHANGE,
                             "meeting", bb_meeting_get_id (meeting), detail, error))
    return FALSE;

  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  bb_database_notify (self->database, BB_DOMAIN_MEETINGS);
  return TRUE;
}

gboolean
_bb_course_repository_add_meeting (BbCourseRepository  *self,
                                   BbMeeting           *meeting,
                                   gint64               young_person_id,
                                   const GDate         *today,
                                   GError             **error)
{
  g_return_val_if_fail (bb_meeting_get_id (meeting) == 0, FALSE);

  return bb_meeting_validate (meeting, today, error) &&
         write_meeting (self, meeting, young_person_id, NULL, error);
}

gboolean
bb_course_repository_save_meeting (BbCourseRepository  *self,
                                   BbMeeting           *meeting,
                                   GError             **error)
{
  g_autoptr(BbMeeting) before = NULL;
  g_autofree char *detail = NULL;
  gint64 young_person_id;
  GDate today;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_MEETING (meeting), FALSE);

  _bb_courses_today (self->database, NULL, &today);
  if (!bb_meeting_validate (meeting, &today, error) ||
      !_bb_course_repository_catch_up (self, error) ||
      !bb_database_begin (self->database, error))
    return FALSE;

  young_person_id = _bb_course_young_person_id (self->database, bb_meeting_get_course_id (meeting), error);
  if (young_person_id == 0)
    goto failed;

  if (bb_meeting_get_id (meeting) != 0)
    {
      before = bb_course_repository_get_meeting (self, bb_meeting_get_id (meeting), error);
      if (before == NULL)
        goto failed;
      detail = diff_meetings (before, meeting);
      if (*detail == '\0' && bb_meeting_get_course_id (before) == bb_meeting_get_course_id (meeting))
        {
          bb_database_rollback (self->database);
          return TRUE;
        }
    }

  if (!write_meeting (self, meeting, young_person_id, detail, error))
    goto failed;

  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

gboolean
bb_course_repository_delete_meeting (BbCourseRepository  *self,
                                     gint64               id,
                                     GError             **error)
{
  g_autoptr(BbMeeting) meeting = NULL;
  g_autoptr(BbStatement) stmt = NULL;
  gint64 young_person_id;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);

  if (!_bb_course_repository_catch_up (self, error) || !bb_database_begin (self->database, error))
    return FALSE;

  meeting = bb_course_repository_get_meeting (self, id, error);
  if (meeting == NULL)
    goto failed;

  young_person_id = _bb_course_young_person_id (self->database, bb_meeting_get_course_id (meeting), error);
  if (young_person_id == 0)
    goto failed;

  stmt = bb_database_prepare (self->database, "DELETE FROM meetings WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!bb_database_step_done (self->database, stmt, error) ||
      !_bb_access_log_write (self->database, young_person_id, BB_ACCESS_ACTION_DELETE, "meeting", id, NULL, error))
    goto failed;

  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  bb_database_notify (self->database, BB_DOMAIN_MEETINGS);
  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}
