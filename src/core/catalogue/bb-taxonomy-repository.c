/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The SQL of the remembered mappings of foreign taxonomy terms. */

#include <glib/gi18n-lib.h>

#include "bb-import-private.h"
#include "bb-step.h"
#include "bb-target-group.h"
#include "bb-taxonomy-mapping.h"
#include "bb-taxonomy-repository.h"

gboolean
_bb_taxonomy_repository_load (BbDatabase  *database,
                              BbImport    *import,
                              GError     **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  BbTaxonomyMapping *mapping;
  int rc;

  /* Prepared again (a new mapping of names, say): the user's choices stay. */
  if (!_bb_import_collect_terms (import))
    return TRUE;

  mapping = bb_import_get_taxonomy_mapping (import);
  if (g_list_model_get_n_items (bb_taxonomy_mapping_get_terms (mapping)) == 0)
    return TRUE;

  stmt = bb_database_prepare_cached (database,
                                     "SELECT taxonomy, term, target_group_id, step_id"
                                     "  FROM taxonomy_mappings WHERE source = ?1",
                                     error);
  if (stmt == NULL)
    return FALSE;

  bb_sql_bind_text (stmt, 1, bb_taxonomy_mapping_get_source (mapping));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = bb_sql_column_text (stmt, 1);
      BbForeignTerm *term = bb_taxonomy_mapping_lookup (mapping, bb_sql_column_text (stmt, 0), key, key);
      GObject *target;

      if (term == NULL)
        continue;

      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        target = _bb_import_find_entry_by_id (import, BB_IMPORT_NAME_TARGET_GROUP,
                                              sqlite3_column_int64 (stmt, 2));
      else
        target = _bb_import_find_entry_by_id (import, BB_IMPORT_NAME_STEP,
                                              sqlite3_column_int64 (stmt, 3));
      if (target != NULL)
        bb_taxonomy_mapping_set_target (mapping, term, target, TRUE);
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (database, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
_bb_taxonomy_repository_save (BbDatabase  *database,
                              BbImport    *import,
                              GError     **error)
{
  BbTaxonomyMapping *mapping = bb_import_get_taxonomy_mapping (import);
  g_autoptr(BbCachedStatement) forget = NULL;
  g_autoptr(BbCachedStatement) remember = NULL;
  GListModel *terms;

  if (mapping == NULL)
    return TRUE;

  terms = bb_taxonomy_mapping_get_terms (mapping);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(BbForeignTerm) term = g_list_model_get_item (terms, i);
      GObject *target = bb_foreign_term_get_target (term);
      sqlite3_stmt *stmt;

      if (target == NULL)
        {
          if (forget == NULL)
            forget = bb_database_prepare_cached (database,
                                                 "DELETE FROM taxonomy_mappings"
                                                 " WHERE source = ?1 AND taxonomy = ?2 AND term = ?3",
                                                 error);
          stmt = forget;
        }
      else
        {
          if (remember == NULL)
            remember = bb_database_prepare_cached (database,
                                                   "INSERT OR REPLACE INTO taxonomy_mappings"
                                                   " (source, taxonomy, term, target_group_id, step_id)"
                                                   " VALUES (?1, ?2, ?3, ?4, ?5)",
                                                   error);
          stmt = remember;
        }
      if (stmt == NULL)
        return FALSE;

      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      if (!bb_sql_bind_checked_text (stmt, 1, _("Source"), bb_taxonomy_mapping_get_source (mapping), error) ||
          !bb_sql_bind_checked_text (stmt, 2, _("Taxonomy"), bb_foreign_term_get_taxonomy (term), error) ||
          !bb_sql_bind_checked_text (stmt, 3, _("Term"), bb_foreign_term_get_key (term), error))
        return FALSE;
      if (target != NULL)
        {
          gint64 id = BB_IS_TARGET_GROUP (target) ? bb_target_group_get_id (BB_TARGET_GROUP (target))
                                                  : bb_step_get_id (BB_STEP (target));

          sqlite3_bind_int64 (stmt, BB_IS_TARGET_GROUP (target) ? 4 : 5, id);
        }
      if (!bb_database_step_done (database, stmt, error))
        return FALSE;
    }

  return TRUE;
}
