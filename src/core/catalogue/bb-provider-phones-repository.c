/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The phones of providers (provider_phones), read and written with the provider. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-catalogue-private.h"

static char *
dup_set_column (sqlite3_stmt *stmt,
                int           column)
{
  const char *text = bb_sql_column_text (stmt, column);

  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

BbPhone *
_bb_phone_from_row (sqlite3_stmt *stmt,
                    int           first)
{
  BbPhone *phone = bb_phone_new (bb_sql_column_text (stmt, first + 1));

  phone->id = dup_set_column (stmt, first);
  phone->extension = sqlite3_column_type (stmt, first + 2) == SQLITE_NULL
                     ? -1 : sqlite3_column_int64 (stmt, first + 2);
  phone->type = dup_set_column (stmt, first + 3);
  phone->description = dup_set_column (stmt, first + 4);
  phone->extra = dup_set_column (stmt, first + 5);
  return phone;
}

gboolean
_bb_list_load_provider_phones (BbDatabase  *database,
                               BbProvider  *provider,
                               GError     **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autoptr(GPtrArray) phones = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_phone_free);
  int rc;

  stmt = bb_database_prepare_cached (database,
                                     "SELECT uuid, number, extension, type, description, extra"
                                     "  FROM provider_phones WHERE provider_id = ?1 ORDER BY position",
                                     error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, bb_provider_get_id (provider));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (phones, _bb_phone_from_row (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (database, error);
      return FALSE;
    }

  bb_provider_set_phones (provider, phones);
  return TRUE;
}

/* Every phone again, in order; nothing when the provider's phones were not loaded. */
gboolean
_bb_list_write_provider_phones (BbDatabase  *database,
                                BbProvider  *provider,
                                GError     **error)
{
  g_autoptr(BbCachedStatement) delete = NULL;
  g_autoptr(BbCachedStatement) insert = NULL;
  GPtrArray *phones = bb_provider_get_phones (provider);

  if (phones == NULL)
    return TRUE;

  delete = bb_database_prepare_cached (database, "DELETE FROM provider_phones WHERE provider_id = ?1", error);
  if (delete == NULL)
    return FALSE;
  sqlite3_bind_int64 (delete, 1, bb_provider_get_id (provider));
  if (!bb_database_step_done (database, delete, error))
    return FALSE;

  insert = bb_database_prepare_cached (database,
                                       "INSERT INTO provider_phones (provider_id, position, uuid, number,"
                                       " extension, type, description, extra)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                       error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 0; i < phones->len; i++)
    {
      BbPhone *phone = g_ptr_array_index (phones, i);

      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, bb_provider_get_id (provider));
      sqlite3_bind_int (insert, 2, (int) i);
      if (phone->extension >= 0)
        sqlite3_bind_int64 (insert, 5, phone->extension);
      else
        sqlite3_bind_null (insert, 5);
      if (!bb_sql_bind_checked_text (insert, 3, _("Phone"), phone->id, error) ||
          !bb_sql_bind_checked_text (insert, 4, _("Phone"), phone->number, error) ||
          !bb_sql_bind_checked_text (insert, 6, _("Phone"), phone->type, error) ||
          !bb_sql_bind_checked_text (insert, 7, _("Phone"), phone->description, error) ||
          !bb_sql_bind_checked_text (insert, 8, _("Phone"), phone->extra, error) ||
          !bb_database_step_done (database, insert, error))
        return FALSE;
    }

  return TRUE;
}
