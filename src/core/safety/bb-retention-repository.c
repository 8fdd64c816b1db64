/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-access-log-repository.h"
#include "bb-course-repository.h"
#include "bb-retention-repository.h"
#include "bb-sql.h"
#include "bb-young-person-repository.h"

struct _BbRetentionRepository
{
  GObject     parent_instance;

  BbDatabase *database;
};

G_DEFINE_FINAL_TYPE (BbRetentionRepository, bb_retention_repository, G_TYPE_OBJECT)

/* A young person is due when every course of theirs has ended (closed, or not
 * admitted: both set closed_date) and the last of them before the cutoff; one open or
 * recent course keeps them all, since deletion takes the whole person. */
#define DUE_SQL \
  "SELECT y.id, y.name, max (c.closed_date), count (*)," \
  "       (SELECT l.onward_offer_title FROM courses l WHERE l.young_person_id = y.id" \
  "         ORDER BY l.closed_date DESC, l.id DESC LIMIT 1)" \
  "  FROM young_people y JOIN courses c ON c.young_person_id = y.id"

void
bb_retention_entry_free (BbRetentionEntry *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->closed_date);
  g_free (self->onward_offer);
  g_free (self);
}

static void
bb_retention_repository_finalize (GObject *object)
{
  BbRetentionRepository *self = BB_RETENTION_REPOSITORY (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (bb_retention_repository_parent_class)->finalize (object);
}

static void
bb_retention_repository_class_init (BbRetentionRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_retention_repository_finalize;
}

static void
bb_retention_repository_init (BbRetentionRepository *self)
{
}

BbRetentionRepository *
bb_retention_repository_new (BbDatabase *database)
{
  BbRetentionRepository *self;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  self = g_object_new (BB_TYPE_RETENTION_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  return self;
}

GPtrArray *
bb_retention_repository_list_due (BbRetentionRepository  *self,
                                  const char             *cutoff,
                                  GError                **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_retention_entry_free);
  g_autoptr(BbStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_RETENTION_REPOSITORY (self), NULL);
  g_return_val_if_fail (cutoff != NULL, NULL);

  stmt = bb_database_prepare (self->database,
                              DUE_SQL
                              " GROUP BY y.id"
                              " HAVING count (c.closed_date) = count (*) AND max (c.closed_date) < ?1"
                              " ORDER BY max (c.closed_date), y.sort_key, y.id",
                              error);
  if (stmt == NULL)
    return NULL;

  bb_sql_bind_text (stmt, 1, cutoff);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BbRetentionEntry *entry = g_new0 (BbRetentionEntry, 1);

      entry->young_person_id = sqlite3_column_int64 (stmt, 0);
      entry->name = g_strdup (bb_sql_column_text (stmt, 1));
      entry->closed_date = g_strdup (bb_sql_column_text (stmt, 2));
      entry->n_courses = sqlite3_column_int (stmt, 3);
      entry->onward_offer = g_strdup (bb_sql_column_text (stmt, 4));
      g_ptr_array_add (entries, entry);
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

/* The number of courses of @young_person_id if they are due at @cutoff, else 0. */
static gint64
count_due_courses (BbRetentionRepository  *self,
                   gint64                  young_person_id,
                   const char             *cutoff,
                   GError                **error)
{
  g_autoptr(BbStatement) stmt = bb_database_prepare (self->database,
                                                     DUE_SQL
                                                     " WHERE y.id = ?2 GROUP BY y.id"
                                                     " HAVING count (c.closed_date) = count (*)"
                                                     "    AND max (c.closed_date) < ?1",
                                                     error);
  int rc;

  if (stmt == NULL)
    return -1;

  bb_sql_bind_text (stmt, 1, cutoff);
  sqlite3_bind_int64 (stmt, 2, young_person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 3);
  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return -1;
    }

  g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                       _("The young person is no longer due for deletion: a course may have been "
                         "reopened or deleted in another window."));
  return 0;
}

static gboolean
exec_for (BbRetentionRepository  *self,
          const char             *sql,
          gint64                  young_person_id,
          GError                **error)
{
  g_autoptr(BbStatement) stmt = bb_database_prepare (self->database, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, young_person_id);
  return bb_database_step_done (self->database, stmt, error);
}

gboolean
bb_retention_repository_delete (BbRetentionRepository  *self,
                                gint64                  young_person_id,
                                const char             *cutoff,
                                guint                  *n_courses,
                                GError                **error)
{
  g_autoptr(BbAccessLogRepository) access_log = NULL;
  gint64 count;

  g_return_val_if_fail (BB_IS_RETENTION_REPOSITORY (self), FALSE);
  g_return_val_if_fail (cutoff != NULL, FALSE);

  access_log = bb_access_log_repository_new (self->database, error);
  if (access_log == NULL || !bb_database_begin (self->database, error))
    return FALSE;

  count = count_due_courses (self, young_person_id, cutoff, error);
  /* The search index first, while the courses still say which rows are theirs; the
   * foreign keys take the rest with the young person (0006-courses.sql). */
  if (count <= 0 ||
      !exec_for (self,
                 "DELETE FROM course_fts WHERE rowid IN (SELECT id FROM courses WHERE young_person_id = ?1)",
                 young_person_id, error) ||
      !exec_for (self, "DELETE FROM young_people WHERE id = ?1", young_person_id, error) ||
      /* FTS5 only marks deleted rows in its index until its segments merge: merged
       * now, so the tokens of the notes are gone from the file, not just hidden. */
      !bb_database_exec (self->database, "INSERT INTO course_fts (course_fts) VALUES ('optimize')", error) ||
      !bb_access_log_repository_record_deletion (access_log, young_person_id, (guint) count, error))
    {
      bb_database_rollback (self->database);
      return FALSE;
    }

  bb_database_notify (self->database, BB_DOMAIN_YOUNG_PEOPLE);
  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  bb_database_notify (self->database, BB_DOMAIN_MEETINGS);
  bb_database_notify (self->database, BB_DOMAIN_MEASURES);
  bb_database_notify (self->database, BB_DOMAIN_HANDOVERS);
  if (!bb_database_commit (self->database, error))
    return FALSE;

  if (n_courses != NULL)
    *n_courses = (guint) count;
  return TRUE;
}

gboolean
bb_retention_repository_checkpoint (BbRetentionRepository  *self,
                                    GError                **error)
{
  g_autoptr(BbStatement) stmt = NULL;

  g_return_val_if_fail (BB_IS_RETENTION_REPOSITORY (self), FALSE);

  stmt = bb_database_prepare (self->database, "PRAGMA wal_checkpoint (TRUNCATE)", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }
  /* The first column is 1 when another connection kept the log from being emptied. */
  if (sqlite3_column_int (stmt, 0) != 0)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_BUSY,
                           _("The deleted data is still in the database’s log because another window or "
                             "task is reading it. Try again in a moment."));
      return FALSE;
    }
  return TRUE;
}

char *
bb_retention_repository_dup_uuid (BbRetentionRepository  *self,
                                  gint64                  young_person_id,
                                  GError                **error)
{
  g_autoptr(BbStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_RETENTION_REPOSITORY (self), NULL);

  stmt = bb_database_prepare (self->database, "SELECT uuid FROM young_people WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, young_person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup (bb_sql_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    bb_database_set_error (self->database, error);
  else
    g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                         _("The young person no longer exists. They may have been deleted in another window."));
  return NULL;
}

gboolean
bb_retention_repository_file_lacks (BbRetentionRepository  *self,
                                    const char             *path,
                                    const char             *uuid)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean lacks = FALSE;

  g_return_val_if_fail (BB_IS_RETENTION_REPOSITORY (self), FALSE);

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT count (*) FROM young_people WHERE uuid = ?1", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      lacks = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) == 0;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return lacks;
}
