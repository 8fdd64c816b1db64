/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Preparing, caching and running statements on the window's connection. */

#include "config.h"

#include "bb-database-private.h"
#include "bb-sql.h"

sqlite3_stmt *
bb_database_prepare (BbDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (BB_IS_DATABASE (self), NULL);

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      bb_database_set_error (self, error);
      return NULL;
    }

  return stmt;
}

sqlite3_stmt *
bb_database_prepare_cached (BbDatabase  *self,
                            const char  *sql,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BB_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    return stmt;

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      bb_database_set_error (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
bb_database_step_done (BbDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      bb_database_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
bb_database_exec (BbDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  g_return_val_if_fail (BB_IS_DATABASE (self), FALSE);

  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      bb_database_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

gint64
bb_database_query_int64 (BbDatabase  *self,
                         const char  *sql,
                         GError     **error)
{
  g_autoptr(BbStatement) stmt = bb_database_prepare (self, sql, error);

  if (stmt == NULL)
    return -1;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      bb_database_set_error (self, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

gboolean
bb_database_collect_rows (BbDatabase    *self,
                          sqlite3_stmt  *stmt,
                          GListStore    *list,
                          BbRowFunc      row_func,
                          GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GObject) item = row_func (stmt);

      g_list_store_append (list, item);
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

