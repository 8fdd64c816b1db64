/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A course's status: each change a dated event, judged by the status machine. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bb-course-repository-private.h"
#include "bb-courses-private.h"
#include "bb-format.h"

gboolean
_bb_course_repository_write_status (BbCourseRepository  *self,
                                    gint64               course_id,
                                    BbCourseStatus       status,
                                    const char          *date,
                                    const char          *note,
                                    GError             **error)
{
  g_autofree char *now = bb_clock_dup_utc_timestamp (bb_database_get_clock (self->database));
  g_autoptr(BbCachedStatement) insert = NULL;
  g_autoptr(BbCachedStatement) update = NULL;

  insert = bb_database_prepare_cached (self->database,
                                       "INSERT INTO course_status_events (course_id, status, date, note, recorded_at, recorded_by)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                       error);
  update = bb_database_prepare_cached (self->database,
                                       "UPDATE courses SET status = ?2, status_since = ?3, modified = ?4 WHERE id = ?1",
                                       error);
  if (insert == NULL || update == NULL)
    return FALSE;

  sqlite3_bind_int64 (insert, 1, course_id);
  bb_sql_bind_text (insert, 2, bb_course_status_to_key (status));
  bb_sql_bind_text (insert, 3, date);
  bb_sql_bind_text (insert, 5, now);
  if (!_bb_courses_bind_checked_text (insert, 4, C_("course field", "Note on the change"), note, error) ||
      !bb_sql_bind_checked_text (insert, 6, C_("course field", "Adviser"), bb_database_get_user_name (self->database),
                                 error))
    return FALSE;

  sqlite3_bind_int64 (update, 1, course_id);
  bb_sql_bind_text (update, 2, bb_course_status_to_key (status));
  bb_sql_bind_text (update, 3, date);
  bb_sql_bind_text (update, 4, now);

  return bb_database_step_done (self->database, insert, error) &&
         bb_database_step_done (self->database, update, error);
}

/* The course's status now, the one before a hold, and the date of the latest
 * change. */
typedef struct
{
  BbCourseStatus  status;
  BbCourseStatus  held_from;
  char           *since;
  gint64          young_person_id;
} Current;

static gboolean
load_current (BbCourseRepository  *self,
              gint64               id,
              Current             *current,
              GError             **error)
{
  g_autoptr(BbStatement) stmt = NULL;
  int rc;

  current->young_person_id = _bb_course_young_person_id (self->database, id, error);
  if (current->young_person_id == 0)
    return FALSE;

  stmt = bb_database_prepare (self->database,
                              "SELECT status, date FROM course_status_events WHERE course_id = ?1"
                              " ORDER BY date DESC, id DESC LIMIT 2",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  current->status = BB_COURSE_STATUS_CONTACTED;
  current->held_from = BB_COURSE_STATUS_CONTACTED;
  for (guint row = 0; (rc = sqlite3_step (stmt)) == SQLITE_ROW; row++)
    {
      BbCourseStatus status = BB_COURSE_STATUS_CONTACTED;

      bb_course_status_from_key (bb_sql_column_text (stmt, 0), &status);
      if (row == 0)
        {
          current->status = status;
          current->since = g_strdup (bb_sql_column_text (stmt, 1));
        }
      else
        current->held_from = status;
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  return TRUE;
}

/* The checks every change of status passes: the machine, and a date between the
 * latest change and today. */
static gboolean
check_change (BbCourseRepository  *self,
              const Current       *current,
              BbCourseStatus       status,
              const char          *date,
              const char          *note,
              GError             **error)
{
  const char *label = C_("course field", "Date of the change");
  GDate today;

  _bb_courses_today (self->database, NULL, &today);
  if (!_bb_courses_check_date (label, date, TRUE, error) ||
      !_bb_courses_check_text (C_("course field", "Note on the change"), note, error) ||
      !bb_course_status_check_change (current->status, current->held_from, status, error) ||
      !_bb_courses_check_not_after (label, date, &today, error))
    return FALSE;

  if (current->since != NULL && strcmp (date, current->since) < 0)
    {
      g_autofree char *when = bb_format_date (current->since);

      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_STATUS,
                   _("The change cannot be dated before the course’s latest change of status (%s)."), when);
      return FALSE;
    }

  return TRUE;
}

gboolean
bb_course_repository_change_status (BbCourseRepository  *self,
                                    gint64               id,
                                    BbCourseStatus       status,
                                    const char          *date,
                                    const char          *note,
                                    GError             **error)
{
  Current current = { 0 };
  gboolean ok;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (bb_course_status_is_open (status), FALSE);

  if (!bb_database_begin (self->database, error))
    return FALSE;

  ok = load_current (self, id, &current, error) &&
       check_change (self, &current, status, date, note, error) &&
       _bb_course_repository_write_status (self, id, status, date, note, error) &&
       _bb_access_log_write (self->database, current.young_person_id, BB_ACCESS_ACTION_CHANGE,
                             "status", id, bb_course_status_to_key (status), error);
  g_free (current.since);

  if (!ok)
    {
      bb_database_rollback (self->database);
      return FALSE;
    }

  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  return bb_database_commit (self->database, error);
}

gboolean
bb_course_repository_close (BbCourseRepository  *self,
                            gint64               id,
                            BbCourseStatus       status,
                            const char          *date,
                            BbClosingReason      reason,
                            gint64               onward_offer_id,
                            const char          *note,
                            GError             **error)
{
  g_autofree char *title = NULL;
  g_autoptr(BbStatement) stmt = NULL;
  Current current = { 0 };
  gboolean ok;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (!bb_course_status_is_open (status), FALSE);
  g_return_val_if_fail ((guint) reason < BB_CLOSING_REASON_COUNT, FALSE);

  if (!bb_database_begin (self->database, error))
    return FALSE;

  ok = load_current (self, id, &current, error) &&
       check_change (self, &current, status, date, note, error);
  g_free (current.since);
  if (!ok)
    goto failed;

  if (onward_offer_id > 0)
    {
      title = _bb_course_repository_offer_title (self, onward_offer_id, error);
      if (title == NULL)
        goto failed;
    }

  stmt = bb_database_prepare (self->database,
                              "UPDATE courses SET closed_date = ?2, closing_reason = ?3,"
                              " onward_offer_id = nullif (?4, 0), onward_offer_title = ?5 WHERE id = ?1",
                              error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, id);
  bb_sql_bind_text (stmt, 2, date);
  bb_sql_bind_text (stmt, 3, bb_closing_reason_to_key (reason));
  sqlite3_bind_int64 (stmt, 4, onward_offer_id);

  if (!_bb_courses_bind_checked_text (stmt, 5, C_("course field", "Onward offer"), title, error) ||
      !bb_database_step_done (self->database, stmt, error) ||
      !_bb_course_repository_write_status (self, id, status, date, note, error) ||
      !_bb_access_log_write (self->database, current.young_person_id, BB_ACCESS_ACTION_CHANGE,
                             "status", id, bb_course_status_to_key (status), error))
    goto failed;

  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

static BbStatusEvent *
event_from_row (sqlite3_stmt *stmt)
{
  BbStatusEvent *event = g_new0 (BbStatusEvent, 1);

  event->id = sqlite3_column_int64 (stmt, 0);
  bb_course_status_from_key (bb_sql_column_text (stmt, 1), &event->status);
  event->date = g_strdup (bb_sql_column_text (stmt, 2));
  event->note = g_strdup (bb_sql_column_text (stmt, 3));
  event->recorded_at = g_strdup (bb_sql_column_text (stmt, 4));
  event->recorded_by = g_strdup (bb_sql_column_text (stmt, 5));
  return event;
}

GPtrArray *
bb_course_repository_list_status_events (BbCourseRepository  *self,
                                         gint64               id,
                                         GError             **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_status_event_free);
  g_autoptr(BbStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);

  stmt = bb_database_prepare (self->database,
                              "SELECT id, status, date, note, recorded_at, recorded_by"
                              "  FROM course_status_events WHERE course_id = ?1 ORDER BY date, id",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (events, event_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  return g_steal_pointer (&events);
}
