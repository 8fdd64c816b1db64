/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Bulk writes (see bb-database-bulk.h): the imports and the demonstration data. */

#include "config.h"

#include "bb-database-bulk.h"
#include "bb-sql.h"

struct _BbDatabaseBulk
{
  BbDatabase *database;
  /* Table name → the largest rowid before the bulk (gint64 *). */
  GHashTable *first_rowids;
  /* The CREATE statements of what was set aside: indexes by table (char * →
   * GPtrArray of char *), and the triggers. */
  GHashTable *indexes;
  GPtrArray  *triggers;
  gboolean    in_transaction;
};

static gboolean
exec_all (BbDatabase  *database,
          GPtrArray   *sqls,
          GError     **error)
{
  for (guint i = 0; i < sqls->len; i++)
    if (!bb_database_exec (database, g_ptr_array_index (sqls, i), error))
      return FALSE;

  return TRUE;
}

static gboolean
note_first_rowids (BbDatabaseBulk      *self,
                   const char * const  *tables,
                   GError             **error)
{
  sqlite3 *db = bb_database_get_handle (self->database);

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT coalesce (max (rowid), 0) FROM main.\"%s\"", tables[i]);
      g_autoptr(BbStatement) stmt = NULL;
      gint64 rowid;

      /* A WITHOUT ROWID table has no rowid to count on from; it is left out. */
      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        continue;
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          bb_database_set_error (self->database, error);
          return FALSE;
        }

      rowid = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (self->first_rowids, g_strdup (tables[i]), g_memdup2 (&rowid, sizeof rowid));
    }

  return TRUE;
}

/* Drops the non-unique indexes of @tables (when @indexes) and the @triggers, keeping
 * their CREATE statements. */
static gboolean
set_aside (BbDatabaseBulk      *self,
           const char * const  *tables,
           gboolean             indexes,
           const char * const  *triggers,
           GError             **error)
{
  g_autoptr(BbStatement) stmt = NULL;
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (g_free);
  int rc;

  /* The UNIQUE indexes have sql IS NULL (a constraint's) or begin CREATE UNIQUE. */
  stmt = bb_database_prepare (self->database,
                              "SELECT type, name, tbl_name, sql FROM main.sqlite_schema"
                              " WHERE (?1 AND type = 'index' AND sql IS NOT NULL"
                              "        AND sql NOT LIKE 'CREATE UNIQUE%'"
                              "        AND tbl_name IN (SELECT value FROM json_each (?2)))"
                              "    OR (type = 'trigger' AND name IN (SELECT value FROM json_each (?3)))"
                              " ORDER BY type, name",
                              error);
  if (stmt == NULL)
    return FALSE;

  {
    g_autoptr(GString) json_tables = g_string_new ("[");
    g_autoptr(GString) json_triggers = g_string_new ("[");

    /* Names of the schema, which need no escaping beyond the quotes. */
    for (guint i = 0; tables[i] != NULL; i++)
      g_string_append_printf (json_tables, "%s\"%s\"", i > 0 ? "," : "", tables[i]);
    for (guint i = 0; triggers != NULL && triggers[i] != NULL; i++)
      g_string_append_printf (json_triggers, "%s\"%s\"", i > 0 ? "," : "", triggers[i]);
    g_string_append_c (json_tables, ']');
    g_string_append_c (json_triggers, ']');
    sqlite3_bind_int (stmt, 1, indexes ? 1 : 0);
    sqlite3_bind_text (stmt, 2, json_tables->str, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 3, json_triggers->str, -1, SQLITE_TRANSIENT);
  }

  /* Read to the end first: the schema cannot change under a statement reading it. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *type = bb_sql_column_text (stmt, 0);
      const char *name = bb_sql_column_text (stmt, 1);
      const char *table = bb_sql_column_text (stmt, 2);
      gboolean trigger = g_strcmp0 (type, "trigger") == 0;
      char *drop = sqlite3_mprintf ("DROP %s main.\"%w\"", trigger ? "TRIGGER" : "INDEX", name);

      g_ptr_array_add (drops, g_strdup (drop));
      sqlite3_free (drop);
      if (trigger)
        g_ptr_array_add (self->triggers, g_strdup (bb_sql_column_text (stmt, 3)));
      else
        {
          GPtrArray *creates = g_hash_table_lookup (self->indexes, table);

          if (creates == NULL)
            {
              creates = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (self->indexes, g_strdup (table), creates);
            }
          g_ptr_array_add (creates, g_strdup (bb_sql_column_text (stmt, 3)));
        }
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return exec_all (self->database, drops, error);
}

BbDatabaseBulk *
bb_database_bulk_begin (BbDatabase          *database,
                        const char * const  *tables,
                        gboolean             set_aside_indexes,
                        const char * const  *triggers,
                        GError             **error)
{
  g_autoptr(BbDatabaseBulk) self = NULL;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);
  g_return_val_if_fail (tables != NULL, NULL);

  self = g_new0 (BbDatabaseBulk, 1);
  self->database = g_object_ref (database);
  self->first_rowids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->indexes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  self->triggers = g_ptr_array_new_with_free_func (g_free);
  if (!bb_database_begin (database, error))
    return NULL;

  self->in_transaction = TRUE;
  if (!note_first_rowids (self, tables, error) || !set_aside (self, tables, set_aside_indexes, triggers, error))
    return NULL;

  return g_steal_pointer (&self);
}

BbDatabase *
bb_database_bulk_get_database (BbDatabaseBulk *self)
{
  return self->database;
}

gint64
bb_database_bulk_get_first_rowid (BbDatabaseBulk *self,
                                  const char     *table)
{
  gint64 *rowid = g_hash_table_lookup (self->first_rowids, table);

  g_return_val_if_fail (rowid != NULL, 0);
  return *rowid;
}

sqlite3_stmt *
bb_database_bulk_prepare_insert (BbDatabaseBulk  *self,
                                 const char      *table,
                                 const char      *columns,
                                 int              n_columns,
                                 GError         **error)
{
  g_autoptr(GString) insert = g_string_new (NULL);

  g_string_printf (insert, "INSERT INTO main.\"%s\" (%s) VALUES (", table, columns);
  for (int k = 1; k <= n_columns; k++)
    g_string_append_printf (insert, "%s?%d", k > 1 ? ", " : "", k);
  g_string_append_c (insert, ')');
  return bb_database_prepare (self->database, insert->str, error);
}

gboolean
bb_database_bulk_restore_indexes (BbDatabaseBulk  *self,
                                  const char      *table,
                                  GError         **error)
{
  g_return_val_if_fail (self->in_transaction, FALSE);

  if (table == NULL)
    {
      g_autoptr(GList) tables = g_hash_table_get_keys (self->indexes);

      for (GList *l = tables; l != NULL; l = l->next)
        if (!exec_all (self->database, g_hash_table_lookup (self->indexes, l->data), error))
          return FALSE;
      g_hash_table_remove_all (self->indexes);
      return TRUE;
    }

  if (g_hash_table_contains (self->indexes, table) &&
      !exec_all (self->database, g_hash_table_lookup (self->indexes, table), error))
    return FALSE;

  g_hash_table_remove (self->indexes, table);
  return TRUE;
}

gboolean
bb_database_bulk_commit (BbDatabaseBulk  *self,
                         GError         **error)
{
  g_return_val_if_fail (self->in_transaction, FALSE);

  if (!bb_database_bulk_restore_indexes (self, NULL, error) || !exec_all (self->database, self->triggers, error))
    return FALSE;

  g_ptr_array_set_size (self->triggers, 0);
  /* A failing commit (or pre-commit hook) has rolled back already. */
  self->in_transaction = FALSE;
  return bb_database_commit (self->database, error);
}

void
bb_database_bulk_free (BbDatabaseBulk *self)
{
  if (self == NULL)
    return;

  if (self->in_transaction)
    bb_database_rollback (self->database);

  g_clear_pointer (&self->first_rowids, g_hash_table_unref);
  g_clear_pointer (&self->indexes, g_hash_table_unref);
  g_clear_pointer (&self->triggers, g_ptr_array_unref);
  g_clear_object (&self->database);
  g_free (self);
}

gboolean
bb_database_fill_search (BbDatabase  *database,
                         const char  *fts,
                         const char  *columns,
                         const char  *select,
                         gint64       after_rowid,
                         GError     **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(BbStatement) stmt = NULL;

  g_return_val_if_fail (BB_IS_DATABASE (database), FALSE);

  sql = g_strdup_printf ("DELETE FROM main.\"%s\" WHERE rowid > ?1", fts);
  stmt = bb_database_prepare (database, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, after_rowid);
  if (!bb_database_step_done (database, stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_free (sql);

  sql = g_strdup_printf ("INSERT INTO main.\"%s\" (rowid, %s) SELECT %s", fts, columns, select);
  stmt = bb_database_prepare (database, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, after_rowid);
  return bb_database_step_done (database, stmt, error);
}
