/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-adviser-repository.h"
#include "bb-course-repository.h"
#include "bb-sql.h"
#include "bb-text.h"

struct _BbAdviserRepository
{
  GObject     parent_instance;

  BbDatabase *database;
};

G_DEFINE_FINAL_TYPE (BbAdviserRepository, bb_adviser_repository, G_TYPE_OBJECT)

static void
bb_adviser_repository_finalize (GObject *object)
{
  BbAdviserRepository *self = BB_ADVISER_REPOSITORY (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (bb_adviser_repository_parent_class)->finalize (object);
}

static void
bb_adviser_repository_class_init (BbAdviserRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_adviser_repository_finalize;
}

static void
bb_adviser_repository_init (BbAdviserRepository *self)
{
}

BbAdviserRepository *
bb_adviser_repository_new (BbDatabase  *database,
                           GError     **error)
{
  BbAdviserRepository *self;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  self = g_object_new (BB_TYPE_ADVISER_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  return self;
}

#define ADVISER_COLUMNS "id, uuid, name, profession, active"

static gpointer
adviser_from_row (sqlite3_stmt *stmt)
{
  BbAdviser *adviser = bb_adviser_new (bb_sql_column_text (stmt, 2));
  BbProfession profession = BB_PROFESSION_OTHER;

  bb_profession_from_key (bb_sql_column_text (stmt, 3), &profession);
  bb_adviser_set_id (adviser, sqlite3_column_int64 (stmt, 0));
  bb_adviser_set_uuid (adviser, bb_sql_column_text (stmt, 1));
  bb_adviser_set_profession (adviser, profession);
  bb_adviser_set_active (adviser, sqlite3_column_int (stmt, 4) != 0);
  return adviser;
}

GListModel *
bb_adviser_repository_list (BbAdviserRepository  *self,
                            gboolean              include_inactive,
                            GError              **error)
{
  g_autoptr(GListStore) advisers = g_list_store_new (BB_TYPE_ADVISER);
  g_autoptr(BbCachedStatement) stmt = NULL;

  g_return_val_if_fail (BB_IS_ADVISER_REPOSITORY (self), NULL);

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT " ADVISER_COLUMNS " FROM advisers"
                                     " WHERE ?1 OR active = 1 ORDER BY sort_key, id",
                                     error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, include_inactive ? 1 : 0);
  if (!bb_database_collect_rows (self->database, stmt, advisers, adviser_from_row, error))
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&advisers));
}

/* The one adviser @stmt (bound) finds, or NULL; @error only on failure. */
static BbAdviser *
find_one (BbAdviserRepository  *self,
          sqlite3_stmt         *stmt,
          GError              **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return adviser_from_row (stmt);
  if (rc != SQLITE_DONE)
    bb_database_set_error (self->database, error);

  return NULL;
}

BbAdviser *
bb_adviser_repository_get (BbAdviserRepository  *self,
                           gint64                id,
                           GError              **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  BbAdviser *adviser;

  g_return_val_if_fail (BB_IS_ADVISER_REPOSITORY (self), NULL);

  stmt = bb_database_prepare_cached (self->database, "SELECT " ADVISER_COLUMNS " FROM advisers WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  adviser = find_one (self, stmt, &local_error);
  if (adviser == NULL && local_error == NULL)
    g_set_error_literal (&local_error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                         _("The adviser no longer exists. They may have been deleted in another window."));
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return adviser;
}

BbAdviser *
bb_adviser_repository_find_by_name (BbAdviserRepository  *self,
                                    const char           *name,
                                    GError              **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;

  g_return_val_if_fail (BB_IS_ADVISER_REPOSITORY (self), NULL);

  if (name == NULL)
    return NULL;

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT " ADVISER_COLUMNS " FROM advisers WHERE name = ?1", error);
  if (stmt == NULL)
    return NULL;

  bb_sql_bind_text (stmt, 1, name);
  return find_one (self, stmt, error);
}

BbAdviser *
bb_adviser_repository_find_current (BbAdviserRepository  *self,
                                    GError              **error)
{
  g_return_val_if_fail (BB_IS_ADVISER_REPOSITORY (self), NULL);

  return bb_adviser_repository_find_by_name (self, bb_database_get_user_name (self->database), error);
}

gboolean
bb_adviser_repository_save (BbAdviserRepository  *self,
                            BbAdviser            *adviser,
                            GError              **error)
{
  g_autofree char *sort_key = NULL;
  g_autoptr(BbStatement) stmt = NULL;
  g_autoptr(BbAdviser) namesake = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean is_new;

  g_return_val_if_fail (BB_IS_ADVISER_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_ADVISER (adviser), FALSE);

  if (!g_utf8_validate (bb_adviser_get_name (adviser), -1, NULL) || bb_text_is_blank (bb_adviser_get_name (adviser)))
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID, _("The adviser needs a name."));
      return FALSE;
    }

  if (!bb_database_begin (self->database, error))
    return FALSE;

  /* Names are what "My caseload" goes by, so two advisers cannot share one. */
  namesake = bb_adviser_repository_find_by_name (self, bb_adviser_get_name (adviser), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      goto failed;
    }
  if (namesake != NULL && bb_adviser_get_id (namesake) != bb_adviser_get_id (adviser))
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                   _("There is already an adviser called “%s”."), bb_adviser_get_name (adviser));
      goto failed;
    }

  is_new = bb_adviser_get_id (adviser) == 0;
  sort_key = bb_text_sort_key (bb_adviser_get_name (adviser));
  stmt = bb_database_prepare (self->database,
                              is_new
                              ? "INSERT INTO advisers (name, sort_key, profession, active, uuid)"
                                " VALUES (?1, ?2, ?3, ?4, ?5)"
                              : "UPDATE advisers SET name = ?1, sort_key = ?2, profession = ?3, active = ?4"
                                " WHERE id = ?6",
                              error);
  if (stmt == NULL)
    goto failed;

  bb_sql_bind_text (stmt, 3, bb_profession_to_key (bb_adviser_get_profession (adviser)));
  if (!bb_sql_bind_checked_text (stmt, 1, C_("course field", "Adviser"), bb_adviser_get_name (adviser), error) ||
      !bb_sql_bind_checked_text (stmt, 2, C_("course field", "Adviser"), sort_key, error))
    goto failed;
  sqlite3_bind_int (stmt, 4, bb_adviser_get_active (adviser) ? 1 : 0);
  if (is_new)
    bb_sql_bind_text (stmt, 5, bb_adviser_get_uuid (adviser));
  else
    sqlite3_bind_int64 (stmt, 6, bb_adviser_get_id (adviser));

  if (!bb_database_step_done (self->database, stmt, error))
    goto failed;

  if (is_new)
    bb_adviser_set_id (adviser, sqlite3_last_insert_rowid (bb_database_get_handle (self->database)));

  bb_database_notify (self->database, BB_DOMAIN_ADVISERS);
  bb_database_notify (self->database, BB_DOMAIN_COURSES);
  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

gboolean
bb_adviser_repository_delete (BbAdviserRepository  *self,
                              gint64                id,
                              GError              **error)
{
  g_autoptr(BbAdviser) adviser = NULL;
  g_autoptr(BbStatement) used = NULL;
  g_autoptr(BbStatement) stmt = NULL;
  guint n;

  g_return_val_if_fail (BB_IS_ADVISER_REPOSITORY (self), FALSE);

  if (!bb_database_begin (self->database, error))
    return FALSE;

  adviser = bb_adviser_repository_get (self, id, error);
  if (adviser == NULL)
    goto failed;

  used = bb_database_prepare (self->database,
                              "SELECT count (*) FROM (SELECT id FROM courses WHERE adviser_id = ?1"
                              "                       UNION SELECT course_id FROM course_staff WHERE adviser_id = ?1)",
                              error);
  if (used == NULL)
    goto failed;
  sqlite3_bind_int64 (used, 1, id);
  if (sqlite3_step (used) != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      goto failed;
    }

  n = (guint) sqlite3_column_int64 (used, 0);
  if (n > 0)
    {
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s holds %u course. Mark them as no longer active instead; the course keeps their name.",
                                "%s holds %u courses. Mark them as no longer active instead; the courses keep their name.",
                                n),
                   bb_adviser_get_name (adviser), n);
      goto failed;
    }

  stmt = bb_database_prepare (self->database, "DELETE FROM advisers WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!bb_database_step_done (self->database, stmt, error))
    goto failed;

  bb_database_notify (self->database, BB_DOMAIN_ADVISERS);
  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}
