/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-access-log-repository.h"
#include "bb-course-repository-private.h"

struct _BbAccessLogRepository
{
  GObject     parent_instance;

  BbDatabase *database;
};

G_DEFINE_FINAL_TYPE (BbAccessLogRepository, bb_access_log_repository, G_TYPE_OBJECT)

gboolean
_bb_access_log_write (BbDatabase      *database,
                      gint64           young_person_id,
                      BbAccessAction   action,
                      const char      *subject,
                      gint64           subject_id,
                      const char      *detail,
                      GError         **error)
{
  g_autofree char *now = bb_clock_dup_utc_timestamp (bb_database_get_clock (database));
  g_autoptr(BbCachedStatement) stmt = NULL;

  g_return_val_if_fail (bb_database_in_transaction (database), FALSE);

  stmt = bb_database_prepare_cached (database,
                                     "INSERT INTO access_log (at, adviser, os_user, young_person_id, action,"
                                     " subject, subject_id, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, nullif (?7, 0), ?8)",
                                     error);
  if (stmt == NULL)
    return FALSE;

  bb_sql_bind_text (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 4, young_person_id);
  bb_sql_bind_text (stmt, 5, bb_access_action_to_key (action));
  sqlite3_bind_int64 (stmt, 7, subject_id);
  /* The adviser's name comes from Preferences, the rest from the caller: a row the
   * log's own page cannot show would be a row nobody reads. */
  if (!bb_sql_bind_checked_text (stmt, 2, C_("course field", "Adviser"), bb_database_get_user_name (database),
                                 error) ||
      !bb_sql_bind_checked_text (stmt, 3, C_("course field", "Operating system user"), g_get_user_name (), error) ||
      !bb_sql_bind_checked_text (stmt, 6, C_("course field", "What was accessed"), subject, error) ||
      !_bb_courses_bind_checked_text (stmt, 8, C_("course field", "Detail of the access"), detail, error) ||
      !bb_database_step_done (database, stmt, error))
    return FALSE;

  bb_database_notify (database, BB_DOMAIN_ACCESS_LOG);
  return TRUE;
}

static void
bb_access_log_repository_finalize (GObject *object)
{
  BbAccessLogRepository *self = BB_ACCESS_LOG_REPOSITORY (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (bb_access_log_repository_parent_class)->finalize (object);
}

static void
bb_access_log_repository_class_init (BbAccessLogRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_access_log_repository_finalize;
}

static void
bb_access_log_repository_init (BbAccessLogRepository *self)
{
}

BbAccessLogRepository *
bb_access_log_repository_new (BbDatabase  *database,
                              GError     **error)
{
  BbAccessLogRepository *self;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  self = g_object_new (BB_TYPE_ACCESS_LOG_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  return self;
}

gboolean
bb_access_log_repository_record (BbAccessLogRepository  *self,
                                 gint64                  young_person_id,
                                 BbAccessAction          action,
                                 const char             *subject,
                                 const char             *detail,
                                 GError                **error)
{
  g_return_val_if_fail (BB_IS_ACCESS_LOG_REPOSITORY (self), FALSE);
  g_return_val_if_fail (action == BB_ACCESS_ACTION_EXPORT || action == BB_ACCESS_ACTION_PRINT, FALSE);
  g_return_val_if_fail (subject != NULL, FALSE);

  if (!bb_database_begin (self->database, error))
    return FALSE;

  if (_bb_courses_find_young_person (self->database, "SELECT id FROM young_people WHERE id = ?1",
                                     young_person_id,
                                     _("The young person no longer exists. They may have been deleted in another window."),
                                     error) == 0 ||
      !_bb_access_log_write (self->database, young_person_id, action, subject, 0, detail, error))
    {
      bb_database_rollback (self->database);
      return FALSE;
    }

  return bb_database_commit (self->database, error);
}

gboolean
bb_access_log_repository_record_deletion (BbAccessLogRepository  *self,
                                          gint64                  young_person_id,
                                          guint                   n_courses,
                                          GError                **error)
{
  g_autofree char *detail = NULL;

  g_return_val_if_fail (BB_IS_ACCESS_LOG_REPOSITORY (self), FALSE);

  /* A count and the id, a number that names nobody once the person is gone. */
  detail = g_strdup_printf ("courses: %u", n_courses);
  return _bb_access_log_write (self->database, young_person_id, BB_ACCESS_ACTION_DELETE, "retention", 0,
                               detail, error);
}

static BbAccessEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  BbAccessEntry *entry = g_new0 (BbAccessEntry, 1);

  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->at = g_strdup (bb_sql_column_text (stmt, 1));
  entry->adviser = g_strdup (bb_sql_column_text (stmt, 2));
  entry->os_user = g_strdup (bb_sql_column_text (stmt, 3));
  entry->young_person_id = sqlite3_column_int64 (stmt, 4);
  bb_access_action_from_key (bb_sql_column_text (stmt, 5), &entry->action);
  entry->subject = g_strdup (bb_sql_column_text (stmt, 6));
  entry->subject_id = sqlite3_column_int64 (stmt, 7);
  entry->detail = g_strdup (bb_sql_column_text (stmt, 8));
  return entry;
}

GPtrArray *
bb_access_log_repository_list (BbAccessLogRepository  *self,
                               gint64                  young_person_id,
                               GError                **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_access_entry_free);
  g_autoptr(BbStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_ACCESS_LOG_REPOSITORY (self), NULL);

  stmt = bb_database_prepare (self->database,
                              "SELECT id, at, adviser, os_user, young_person_id, action, subject,"
                              "       coalesce (subject_id, 0), detail"
                              "  FROM access_log WHERE young_person_id = ?1 ORDER BY id DESC",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, young_person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries, entry_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}
