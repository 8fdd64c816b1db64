/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Courses in and out of the building: a caseload file's courses committed, the rows of
 * the course list exported, and a hand-over read for its letter. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bb-course-repository-private.h"
#include "bb-course-status.h"
#include "bb-courses-private.h"

static gboolean
adviser_exists (BbCourseRepository  *self,
                const char          *name,
                gboolean            *exists,
                GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  int rc;

  stmt = bb_database_prepare_cached (self->database, "SELECT 1 FROM advisers WHERE name = ?1", error);
  if (stmt == NULL)
    return FALSE;

  bb_sql_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  *exists = rc == SQLITE_ROW;
  return TRUE;
}

gboolean
bb_course_repository_prepare_caseload (BbCourseRepository  *self,
                                       BbCaseload          *caseload,
                                       GError             **error)
{
  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (caseload != NULL, FALSE);

  g_ptr_array_set_size (caseload->new_advisers, 0);
  for (guint i = 0; i < caseload->rows->len; i++)
    {
      BbCaseloadRow *row = g_ptr_array_index (caseload->rows, i);
      gboolean exists = FALSE;

      if (row->adviser == NULL ||
          g_ptr_array_find_with_equal_func (caseload->new_advisers, row->adviser, g_str_equal, NULL))
        continue;

      if (!adviser_exists (self, row->adviser, &exists, error))
        return FALSE;
      if (!exists)
        g_ptr_array_add (caseload->new_advisers, g_strdup (row->adviser));
    }

  return TRUE;
}

/* The adviser of that name, created when new; @ids caches the names met. */
static gint64
find_adviser (BbAdviserRepository  *advisers,
              GHashTable           *ids,
              const char           *name,
              GError              **error)
{
  g_autoptr(BbAdviser) adviser = NULL;
  gpointer id;

  if (name == NULL)
    return 0;
  if (g_hash_table_lookup_extended (ids, name, NULL, &id))
    return *(gint64 *) id;

  adviser = bb_adviser_repository_find_by_name (advisers, name, error);
  if (adviser == NULL)
    {
      if (error != NULL && *error != NULL)
        return -1;

      adviser = bb_adviser_new (name);
      bb_adviser_set_profession (adviser, BB_PROFESSION_OTHER);
      if (!bb_adviser_repository_save (advisers, adviser, error))
        return -1;
    }

  g_hash_table_insert (ids, g_strdup (name), g_memdup2 (&(gint64) { bb_adviser_get_id (adviser) }, sizeof (gint64)));
  return bb_adviser_get_id (adviser);
}

/* One row: the young person, the course with its status, closing and conversations.
 * Inside the import's transaction; each save logs its creation. */
static gboolean
import_row (BbCourseRepository       *self,
            BbYoungPersonRepository  *young_people,
            BbAdviserRepository      *advisers,
            GHashTable               *adviser_ids,
            const BbCaseloadRow      *row,
            const GDate              *today,
            GError                  **error)
{
  g_autoptr(BbYoungPerson) young_person = bb_young_person_new (row->young_person);
  g_autoptr(BbCourse) course = NULL;
  gboolean ended = !bb_course_status_is_open (row->status);
  /* A course whose status has not moved since the first contact needs no second
   * change: it starts in it. */
  gboolean starts_in_status = !ended && g_strcmp0 (row->status_since, row->first_contact) == 0;
  gint64 adviser_id;

  adviser_id = find_adviser (advisers, adviser_ids, row->adviser, error);
  if (adviser_id < 0)
    return FALSE;

  bb_young_person_set_birth_date (young_person, row->birth_date);
  if (!bb_young_person_repository_save (young_people, young_person, error))
    return FALSE;

  course = bb_course_new (bb_young_person_get_id (young_person));
  bb_course_set_adviser_id (course, adviser_id);
  bb_course_set_referral_source (course, row->referral_source);
  bb_course_set_first_contact (course, row->first_contact);
  bb_course_set_notes (course, row->notes);
  bb_course_set_status (course, starts_in_status ? row->status : BB_COURSE_STATUS_CONTACTED);
  if (!bb_course_repository_save (self, course, error))
    return FALSE;

  /* The file holds where the course stands, not the way it came there: the status is
   * recorded as it was, not judged by the status machine. */
  if (ended)
    {
      g_autoptr(BbCachedStatement) stmt = NULL;

      stmt = bb_database_prepare_cached (self->database,
                                         "UPDATE courses SET closed_date = ?2, closing_reason = ?3 WHERE id = ?1",
                                         error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, bb_course_get_id (course));
      bb_sql_bind_text (stmt, 2, row->closed_date);
      bb_sql_bind_text (stmt, 3, bb_closing_reason_to_key (row->closing_reason));
      if (!bb_database_step_done (self->database, stmt, error))
        return FALSE;
    }

  if (!starts_in_status &&
      !_bb_course_repository_write_status (self, bb_course_get_id (course), row->status,
                                           row->status_since, NULL, error))
    return FALSE;

  for (guint i = 0; row->conversation_dates != NULL && row->conversation_dates[i] != NULL; i++)
    {
      g_autoptr(BbMeeting) meeting = bb_meeting_new (bb_course_get_id (course), BB_MEETING_ADVISORY,
                                                     row->conversation_dates[i]);

      if (!_bb_course_repository_add_meeting (self, meeting, bb_young_person_get_id (young_person), today, error))
        return FALSE;
    }

  return TRUE;
}

/* The rows in one transaction, with the figures held back until the end. */
static gboolean
commit_rows (BbCourseRepository       *self,
             BbYoungPersonRepository  *young_people,
             BbAdviserRepository      *advisers,
             BbCaseload               *caseload,
             const GDate              *today,
             GError                  **error)
{
  g_autoptr(GHashTable) adviser_ids = NULL;

  if (!bb_database_begin (self->database, error))
    return FALSE;
  if (!_bb_course_repository_hold_figures (self, TRUE, error))
    {
      bb_database_rollback (self->database);
      return FALSE;
    }

  adviser_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < caseload->rows->len; i++)
    {
      BbCaseloadRow *row = g_ptr_array_index (caseload->rows, i);

      if (!import_row (self, young_people, advisers, adviser_ids, row, today, error))
        {
          g_prefix_error (error, _("Line %u: "), row->line);
          bb_database_rollback (self->database);
          return FALSE;
        }
    }

  if (!_bb_course_repository_hold_figures (self, FALSE, error))
    {
      bb_database_rollback (self->database);
      return FALSE;
    }

  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  return bb_database_commit (self->database, error);
}

gboolean
bb_course_repository_commit_caseload (BbCourseRepository       *self,
                                      BbYoungPersonRepository  *young_people,
                                      BbAdviserRepository      *advisers,
                                      BbCaseload               *caseload,
                                      GError                  **error)
{
  g_autofree char *restore = NULL;
  gint64 cache_size;
  gboolean done;
  GDate today;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_YOUNG_PERSON_REPOSITORY (young_people), FALSE);
  g_return_val_if_fail (BB_IS_ADVISER_REPOSITORY (advisers), FALSE);
  g_return_val_if_fail (caseload != NULL, FALSE);

  /* All or nothing: a caseload with holes in it is not the one in the file. */
  if (caseload->rejected->len > 0)
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u row of the file is rejected. Correct it and import again.",
                                "%u rows of the file are rejected. Correct them and import again.",
                                caseload->rejected->len),
                   caseload->rejected->len);
      return FALSE;
    }

  /* Each course's figures counted once at the end, not again at every meeting; the
   * journals of the saves inside the import in memory, not written to a file each. */
  _bb_courses_today (self->database, NULL, &today);
  if (!_bb_course_repository_catch_up (self, error) ||
      (!bb_database_in_transaction (self->database) &&
       !bb_database_exec (self->database, "PRAGMA temp_store = MEMORY", error)))
    return FALSE;

  /* The pages of the courses' many indexes, which each row writes to at places of
   * its own, stay in memory for the whole import instead of being written out to the
   * WAL and read back again and again as it grows. */
  cache_size = bb_database_query_int64 (self->database, "PRAGMA cache_size", error);
  if (cache_size == -1 || !bb_database_exec (self->database, "PRAGMA cache_size = -262144", error))
    return FALSE;

  done = commit_rows (self, young_people, advisers, caseload, &today, error);
  restore = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, cache_size);
  bb_database_exec (self->database, restore, NULL);
  return done;
}

/* ?1 is today. */
#define EXPORT_SELECT \
  "SELECT c.id, c.young_person_id, y.name, y.birth_date, a.name, c.referral_source, c.first_contact," \
  "       c.status, c.status_since," \
  "       (SELECT group_concat (date, '|') FROM" \
  "          (SELECT m.date FROM meetings m" \
  "            WHERE m.course_id = c.id AND m.kind = 'advisory' AND m.no_show = 0 AND m.date <= ?1" \
  "            ORDER BY m.date))," \
  "       c.closed_date, c.closing_reason, c.notes, c.first_conversation, c.waiting_days," \
  "       c.conversations," \
  "       CAST (julianday (?1) AS INTEGER) - c.first_contact_day," \
  "       coalesce (c.closed_day, CAST (julianday (?1) AS INTEGER)) - c.first_contact_day" \
  "  FROM courses c JOIN young_people y ON y.id = c.young_person_id" \
  "  LEFT JOIN advisers a ON a.id = c.adviser_id" \
  " ORDER BY c.id"

static BbCaseloadRow *
row_from_statement (sqlite3_stmt *stmt)
{
  BbCaseloadRow *row = bb_caseload_row_new ();
  const char *dates = bb_sql_column_text (stmt, 9);
  BbClosingReason reason;

  row->course_id = sqlite3_column_int64 (stmt, 0);
  row->young_person = g_strdup (bb_sql_column_text (stmt, 2));
  row->birth_date = g_strdup (bb_sql_column_text (stmt, 3));
  row->adviser = g_strdup (bb_sql_column_text (stmt, 4));
  bb_referral_source_from_key (bb_sql_column_text (stmt, 5), &row->referral_source);
  row->first_contact = g_strdup (bb_sql_column_text (stmt, 6));
  bb_course_status_from_key (bb_sql_column_text (stmt, 7), &row->status);
  row->status_since = g_strdup (bb_sql_column_text (stmt, 8));
  row->conversation_dates = dates != NULL ? g_strsplit (dates, "|", -1) : g_new0 (char *, 1);
  row->closed_date = g_strdup (bb_sql_column_text (stmt, 10));
  if (bb_closing_reason_from_key (bb_sql_column_text (stmt, 11), &reason))
    row->closing_reason = (int) reason;
  row->notes = g_strdup (bb_sql_column_text (stmt, 12));

  /* As the course list counts them (see bb-course-repository.h). */
  row->waiting_days = bb_sql_column_optional_int (stmt, 14);
  if (sqlite3_column_type (stmt, 13) == SQLITE_NULL)
    row->waiting_days = bb_course_status_is_open (row->status) ? sqlite3_column_int (stmt, 16) : -1;
  row->conversations = sqlite3_column_int (stmt, 15);
  row->course_days = sqlite3_column_int (stmt, 17);
  return row;
}

gboolean
bb_course_repository_export_caseload (BbCourseRepository  *self,
                                      const char          *detail,
                                      BbCaseloadRowFunc    func,
                                      gpointer             user_data,
                                      guint               *n_rows,
                                      GError             **error)
{
  g_autoptr(BbStatement) stmt = NULL;
  char today[16];
  guint n = 0;
  int rc;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!_bb_course_repository_catch_up (self, error) || !bb_database_begin (self->database, error))
    return FALSE;

  stmt = bb_database_prepare (self->database, EXPORT_SELECT, error);
  if (stmt == NULL)
    goto failed;

  _bb_courses_today (self->database, today, NULL);
  bb_sql_bind_text (stmt, 1, today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(BbCaseloadRow) row = row_from_statement (stmt);

      if (!func (row, user_data, error) ||
          !_bb_access_log_write (self->database, sqlite3_column_int64 (stmt, 1), BB_ACCESS_ACTION_EXPORT,
                                 "course", row->course_id, detail, error))
        goto failed;
      n++;
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      goto failed;
    }

  if (!bb_database_commit (self->database, error))
    return FALSE;

  if (n_rows != NULL)
    *n_rows = n;
  return TRUE;

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

BbHandover *
bb_course_repository_get_handover (BbCourseRepository  *self,
                                   gint64               id,
                                   GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  BbHandover *handover;
  int rc;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), NULL);

  /* The offer's title as it is now, or as it was when the offer was deleted. */
  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT h.id, h.course_id, coalesce (h.offer_id, 0),"
                                     "       coalesce (o.title, h.offer_title), h.state, h.state_date, h.note"
                                     "  FROM handovers h LEFT JOIN offers o ON o.id = h.offer_id"
                                     " WHERE h.id = ?1",
                                     error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                           _("The hand-over no longer exists. It may have been deleted in another window."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  handover = bb_handover_new (sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2),
                              BB_HANDOVER_SUGGESTED);
  handover->id = sqlite3_column_int64 (stmt, 0);
  handover->offer_title = g_strdup (bb_sql_column_text (stmt, 3));
  bb_handover_state_from_key (bb_sql_column_text (stmt, 4), &handover->state);
  handover->state_date = g_strdup (bb_sql_column_text (stmt, 5));
  handover->note = g_strdup (bb_sql_column_text (stmt, 6));
  return handover;
}

gint64
bb_course_repository_find_latest_handover (BbCourseRepository  *self,
                                           gint64               course_id,
                                           GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_COURSE_REPOSITORY (self), -1);

  if (_bb_course_young_person_id (self->database, course_id, error) == 0)
    return -1;

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT id FROM handovers WHERE course_id = ?1"
                                     " ORDER BY created DESC, id DESC LIMIT 1",
                                     error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, course_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return -1;
    }

  return 0;
}
