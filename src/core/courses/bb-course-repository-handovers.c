/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Coordination with the catalogue: a course's links to offers and their hand-overs. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-course-repository-private.h"
#include "bb-courses-private.h"

#define HANDOVER_GONE _("The hand-over no longer exists. It may have been deleted in another window.")

static BbHandover *
handover_from_row (sqlite3_stmt *stmt)
{
  BbHandover *handover = bb_handover_new (sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2),
                                          BB_HANDOVER_SUGGESTED);

  handover->id = sqlite3_column_int64 (stmt, 0);
  bb_handover_state_from_key (bb_sql_column_text (stmt, 4), &handover->state);
  handover->offer_title = g_strdup (bb_sql_column_text (stmt, 3));
  handover->state_date = g_strdup (bb_sql_column_text (stmt, 5));
  handover->note = g_strdup (bb_sql_column_text (stmt, 6));
  handover->created = g_strdup (bb_sql_column_text (stmt, 7));
  handover->modified = g_strdup (bb_sql_column_text (stmt, 8));
  return handover;
}

GPtrArray *
bb_course_repository_list_handovers (BbCourseRepository  *self,
                                     gint64               course_id,
                                     GError             **error)
{
  g_autoptr(GPtrArray) handovers = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_handover_free);
  g_autoptr(BbStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);

  /* The offer's title as it is now, or as it was when the offer was deleted. */
  stmt = bb_database_prepare (self->database,
                              "SELECT h.id, h.course_id, coalesce (h.offer_id, 0), coalesce (o.title, h.offer_title),"
                              "       h.state, h.state_date, h.note, h.created, h.modified"
                              "  FROM handovers h LEFT JOIN offers o ON o.id = h.offer_id"
                              " WHERE h.course_id = ?1 ORDER BY h.created, h.id",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, course_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (handovers, handover_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  return g_steal_pointer (&handovers);
}

static gboolean
check_handover (BbCourseRepository  *self,
                BbHandover          *handover,
                GError             **error)
{
  const char *label = C_("course field", "Date of the hand-over");
  GDate today;

  _bb_courses_today (self->database, NULL, &today);
  if (!_bb_courses_check_date (label, handover->state_date, TRUE, error) ||
      !_bb_courses_check_text (C_("course field", "Hand-over note"), handover->note, error) ||
      !_bb_courses_check_not_after (label, handover->state_date, &today, error))
    return FALSE;

  if ((guint) handover->state >= BB_HANDOVER_STATE_COUNT)
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID, _("The hand-over has no state."));
      return FALSE;
    }

  return TRUE;
}

char *
_bb_course_repository_offer_title (BbCourseRepository  *self,
                                   gint64               offer_id,
                                   GError             **error)
{
  g_autoptr(BbStatement) stmt = NULL;
  int rc;

  stmt = bb_database_prepare (self->database, "SELECT title FROM offers WHERE id = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, offer_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup (bb_sql_column_text (stmt, 0));

  if (rc == SQLITE_DONE)
    g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                         _("The offer no longer exists. It may have been deleted in another window."));
  else
    bb_database_set_error (self->database, error);
  return NULL;
}

gboolean
bb_course_repository_save_handover (BbCourseRepository  *self,
                                    BbHandover          *handover,
                                    GError             **error)
{
  g_autofree char *now = NULL;
  g_autofree char *title = NULL;
  g_autoptr(BbStatement) stmt = NULL;
  gboolean is_new;
  gint64 young_person_id;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (handover != NULL, FALSE);

  if (!check_handover (self, handover, error) || !bb_database_begin (self->database, error))
    return FALSE;

  is_new = handover->id == 0;
  now = bb_clock_dup_utc_timestamp (bb_database_get_clock (self->database));
  young_person_id = _bb_course_young_person_id (self->database, handover->course_id, error);
  if (young_person_id == 0)
    goto failed;

  /* A link to an offer deleted since keeps the title it had. */
  if (is_new || handover->offer_id != 0)
    {
      title = _bb_course_repository_offer_title (self, handover->offer_id, error);
      if (title == NULL)
        goto failed;
    }

  stmt = bb_database_prepare (self->database,
                              is_new
                              ? "INSERT INTO handovers (course_id, offer_id, offer_title, state, state_date,"
                                " note, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"
                              : "UPDATE handovers SET offer_title = coalesce (?3, offer_title), state = ?4,"
                                " state_date = ?5, note = ?6, modified = ?7"
                                " WHERE id = ?8 AND course_id = ?1",
                              error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, handover->course_id);
  sqlite3_bind_int64 (stmt, 2, handover->offer_id);
  bb_sql_bind_text (stmt, 4, bb_handover_state_to_key (handover->state));
  bb_sql_bind_text (stmt, 5, handover->state_date);
  bb_sql_bind_text (stmt, 7, now);
  if (!bb_sql_bind_checked_text (stmt, 3, C_("course field", "Receiving offer"), title, error) ||
      !_bb_courses_bind_checked_text (stmt, 6, C_("course field", "Hand-over note"), handover->note, error))
    goto failed;
  if (!is_new)
    sqlite3_bind_int64 (stmt, 8, handover->id);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      if (sqlite3_extended_errcode (bb_database_get_handle (self->database)) == SQLITE_CONSTRAINT_UNIQUE)
        g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                     _("The course is linked to “%s” already."), title);
      else
        bb_database_set_error (self->database, error);
      goto failed;
    }

  if (sqlite3_changes (bb_database_get_handle (self->database)) == 0)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND, HANDOVER_GONE);
      goto failed;
    }

  if (is_new)
    {
      handover->id = sqlite3_last_insert_rowid (bb_database_get_handle (self->database));
      g_free (handover->created);
      handover->created = g_strdup (now);
    }
  if (title != NULL)
    {
      g_free (handover->offer_title);
      handover->offer_title = g_steal_pointer (&title);
    }
  g_free (handover->modified);
  handover->modified = g_strdup (now);

  if (!_bb_access_log_write (self->database, young_person_id,
                             is_new ? BB_ACCESS_ACTION_CREATE : BB_ACCESS_ACTION_CHANGE,
                             "hand-over", handover->id, bb_handover_state_to_key (handover->state), error))
    goto failed;

  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  bb_database_notify (self->database, BB_DOMAIN_HANDOVERS);
  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

gboolean
bb_course_repository_delete_handover (BbCourseRepository  *self,
                                      gint64               id,
                                      GError             **error)
{
  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);

  return _bb_course_repository_delete_part (self, "handovers", id, "hand-over", BB_DOMAIN_HANDOVERS, HANDOVER_GONE,
                                            error);
}

guint
bb_course_repository_count_handed_over (BbCourseRepository  *self,
                                        gint64               offer_id,
                                        GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), 0);

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT count (*) FROM ("
                                     "  SELECT course_id FROM handovers WHERE offer_id = ?1 AND state != 'suggested'"
                                     "  UNION SELECT id FROM courses WHERE onward_offer_id = ?1)",
                                     error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, offer_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      return 0;
    }

  return (guint) sqlite3_column_int64 (stmt, 0);
}
