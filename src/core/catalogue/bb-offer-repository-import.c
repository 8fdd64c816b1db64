/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Importing a catalogue file's records: sorting them against what is stored, then
 * writing them in one transaction. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-catalogue-private.h"
#include "bb-offer-repository-private.h"
#include "bb-text.h"

/* ---- import ---------------------------------------------------------- */

static gboolean
is_duplicate_of_stored (BbOfferRepository *self,
                        BbOffer     *offer,
                        const char  *sort_key,
                        gboolean    *duplicate,
                        GError     **error)
{
  g_autoptr(BbStatement) stmt = NULL;
  int rc;

  stmt = bb_database_prepare (self->database,
                  "SELECT 1 FROM offers o JOIN providers p ON p.id = o.provider_id"
                  " WHERE o.deleted = 0 AND o.uuid != ?1 AND o.sort_key = ?2 AND p.name = ?3"
                  " LIMIT 1",
                  error);
  if (stmt == NULL)
    return FALSE;

  bb_sql_bind_text (stmt, 1, bb_offer_get_uuid (offer));
  bb_sql_bind_text (stmt, 2, sort_key);
  bb_sql_bind_text (stmt, 3, bb_provider_get_name (bb_offer_get_provider (offer)));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  *duplicate = rc == SQLITE_ROW;
  return TRUE;
}

gboolean
bb_offer_repository_prepare_import (BbOfferRepository *self,
                         BbImport  *import,
                         GError   **error)
{
  GListModel *records;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_IMPORT (import), FALSE);

  records = bb_import_get_records (import);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);
      BbOffer *offer = bb_import_record_get_offer (record);
      g_autoptr(BbOffer) stored = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *sort_key = NULL;
      g_autofree char *identity = NULL;
      gboolean duplicate = FALSE;

      if (bb_import_record_get_action (record) == BB_IMPORT_ACTION_REJECT)
        continue;

      stored = bb_offer_repository_find_by_uuid (self, bb_offer_get_uuid (offer), &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if (stored == NULL)
        {
          bb_offer_set_id (offer, 0);
          bb_import_record_set_action (record, BB_IMPORT_ACTION_NEW);
        }
      else
        {
          g_autoptr(GPtrArray) changes = bb_offer_diff (stored, offer);

          bb_offer_set_id (offer, bb_offer_get_id (stored));
          bb_import_record_set_action (record, changes->len > 0
                                               ? BB_IMPORT_ACTION_UPDATE
                                               : BB_IMPORT_ACTION_UNCHANGED);
        }

      sort_key = bb_text_sort_key (bb_offer_get_title (offer));
      if (!is_duplicate_of_stored (self, offer, sort_key, &duplicate, error))
        return FALSE;

      /* Two records of the same file can be duplicates of each other, too. */
      identity = g_strconcat (sort_key, "\n", bb_provider_get_name (bb_offer_get_provider (offer)), NULL);
      if (!g_hash_table_add (seen, g_steal_pointer (&identity)))
        duplicate = TRUE;

      bb_import_record_set_duplicate (record, duplicate);
    }

  return TRUE;
}

gboolean
bb_offer_repository_commit_import (BbOfferRepository *self,
                        BbImport  *import,
                        GError   **error)
{
  GListModel *records;

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_IMPORT (import), FALSE);

  records = bb_import_get_records (import);
  if (!bb_database_begin (self->database, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);
      BbImportAction action = bb_import_record_get_action (record);

      if (action != BB_IMPORT_ACTION_NEW && action != BB_IMPORT_ACTION_UPDATE)
        continue;

      if (!_bb_offer_repository_write (self, bb_import_record_get_offer (record), error))
        {
          g_prefix_error (error, _("Line %u: "), bb_import_record_get_line (record));
          bb_database_rollback (self->database);
          return FALSE;
        }
    }

  return bb_database_commit (self->database, error);
}

