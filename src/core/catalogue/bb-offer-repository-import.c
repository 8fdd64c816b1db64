/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Importing a catalogue file's records: sorting them against what is stored, then
 * writing them in one transaction with what each offer was before (which
 * bb-offer-repository-undo.c puts back). See migrations/0004-catalogue-exchange.sql. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-catalogue-private.h"
#include "bb-import-private.h"
#include "bb-taxonomy-repository.h"
#include "bb-offer-repository-private.h"
#include "bb-text.h"

/* ---- small queries --------------------------------------------------- */

/* The first column of the first row of @sql with @id bound to ?1, or @none when there
 * is no row (or it is NULL); -1 with @error set on failure. */
gint64
_bb_import_query_id (BbOfferRepository  *self,
                     const char         *sql,
                     gint64              id,
                     gint64              none,
                     GError            **error)
{
  g_autoptr(BbCachedStatement) stmt = bb_database_prepare_cached (self->database, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_type (stmt, 0) == SQLITE_NULL ? none : sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    return none;

  bb_database_set_error (self->database, error);
  return -1;
}

/* Runs @sql, with up to two ids bound. */
gboolean
_bb_import_run (BbOfferRepository  *self,
                const char         *sql,
                gint64              first,
                gint64              second,
                GError            **error)
{
  g_autoptr(BbCachedStatement) stmt = bb_database_prepare_cached (self->database, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, first);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, second);
  return bb_database_step_done (self->database, stmt, error);
}

/* The newest history entry of an offer: it changes with every write. */
static gint64
offer_version (BbOfferRepository  *self,
               gint64              offer_id,
               GError            **error)
{
  return _bb_import_query_id (self, "SELECT max (id) FROM offer_history WHERE offer_id = ?1", offer_id, 0, error);
}

/* A file held all of the offer as it is now: later history is what was done here. */
static gboolean
mark_exchanged (BbOfferRepository  *self,
                gint64              offer_id,
                GError            **error)
{
  return _bb_import_run (self,
                       "INSERT OR REPLACE INTO offer_exchanges (offer_id, change_id)"
                       " SELECT ?1, coalesce (max (id), 0) FROM offer_history WHERE offer_id = ?1",
                       offer_id, 0, error);
}

/* ---- preparing ------------------------------------------------------- */

static gboolean
is_duplicate_of_stored (BbOfferRepository *self,
                        BbOffer     *offer,
                        const char  *sort_key,
                        gboolean    *duplicate,
                        GError     **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;
  int rc;

  /* Cached, as every statement asked once a record. */
  stmt = bb_database_prepare_cached (self->database,
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

/* A provider with its details, so that the file's organization is compared with all
 * of it (and a sector the file does not state stays as known as it was). */
static gpointer
catalogue_provider_row (sqlite3_stmt *stmt)
{
  BbProvider *provider = _bb_provider_from_row (stmt, 0);

  if (sqlite3_column_type (stmt, 11) != SQLITE_NULL)
    {
      bb_provider_set_description (provider, bb_sql_column_text (stmt, 8));
      bb_provider_set_legal_status (provider, bb_sql_column_text (stmt, 9));
      bb_provider_set_tax_id (provider, bb_sql_column_text (stmt, 10));
      bb_provider_set_sector_stated (provider, sqlite3_column_int (stmt, 11) != 0);
      bb_provider_set_extra (provider, bb_sql_column_text (stmt, 12));
    }

  return provider;
}

static gboolean
load_catalogue (BbOfferRepository  *self,
                BbImport           *import,
                GError            **error)
{
  g_autoptr(BbStatement) stmt = NULL;
  g_autoptr(GListStore) providers = g_list_store_new (BB_TYPE_PROVIDER);
  g_autoptr(GListModel) target_groups = NULL;
  g_autoptr(GListModel) steps = NULL;

  stmt = bb_database_prepare (self->database,
                              "SELECT p.id, p.uuid, p.name, p.sector, p.department, p.website, p.email, p.phone,"
                              "       d.description, d.legal_status, d.tax_id, d.sector_stated, d.extra"
                              "  FROM providers p LEFT JOIN provider_details d ON d.provider_id = p.id"
                              " ORDER BY p.sort_key",
                              error);
  if (stmt == NULL || !bb_database_collect_rows (self->database, stmt, providers, catalogue_provider_row, error))
    return FALSE;

  target_groups = _bb_list_target_groups (self->database, error);
  if (target_groups == NULL)
    return FALSE;
  steps = _bb_list_steps (self->database, error);
  if (steps == NULL)
    return FALSE;

  _bb_import_set_catalogue (import, G_LIST_MODEL (providers), target_groups, steps);
  return _bb_taxonomy_repository_load (self->database, import, error);
}

/* What the record's offer is in the catalogue, and which of its fields were edited
 * here since a file last held all of it. Entries written by imports are not edits. */
static gboolean
load_stored (BbOfferRepository  *self,
             BbImportRecord     *record,
             GError            **error)
{
  BbOffer *offer = bb_import_record_get_offer (record);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BbOffer) stored = NULL;
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();
  g_auto(GStrv) local_fields = NULL;
  g_autofree char *edited_at = NULL;
  gint64 version;
  int rc;

  stored = bb_offer_repository_find_by_uuid (self, bb_offer_get_uuid (offer), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  bb_offer_set_id (offer, stored != NULL ? bb_offer_get_id (stored) : 0);
  if (stored == NULL)
    {
      _bb_import_record_set_stored (record, NULL, 0, NULL, NULL);
      return TRUE;
    }

  version = offer_version (self, bb_offer_get_id (stored), error);
  if (version < 0)
    return FALSE;

  stmt = bb_database_prepare_cached (self->database,
                              "SELECT field, max (changed_at) FROM offer_history"
                              " WHERE offer_id = ?1 AND import_id IS NULL"
                              "   AND field NOT IN ('created', 'deleted', 'restored')"
                              "   AND id > coalesce ((SELECT change_id FROM offer_exchanges"
                              "                        WHERE offer_id = ?1), 0)"
                              " GROUP BY field",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, bb_offer_get_id (stored));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *changed_at = bb_sql_column_text (stmt, 1);

      g_strv_builder_add (fields, bb_sql_column_text (stmt, 0));
      if (g_strcmp0 (changed_at, edited_at) > 0)
        {
          g_free (edited_at);
          edited_at = g_strdup (changed_at);
        }
    }
  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return FALSE;
    }

  local_fields = g_strv_builder_end (fields);
  _bb_import_record_set_stored (record, stored, version, local_fields, edited_at);
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

  if (!load_catalogue (self, import, error))
    return FALSE;

  records = bb_import_get_records (import);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);

      if (bb_import_record_get_action (record) != BB_IMPORT_ACTION_REJECT &&
          !load_stored (self, record, error))
        return FALSE;
    }

  _bb_import_resolve (import);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);
      BbOffer *offer = bb_import_record_get_merged (record);
      g_autofree char *sort_key = NULL;
      g_autofree char *identity = NULL;
      gboolean duplicate = FALSE;

      if (bb_import_record_get_action (record) == BB_IMPORT_ACTION_REJECT)
        continue;

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

/* ---- committing ------------------------------------------------------ */

/* The offer's own fields: the sector and department are its provider's, and a file
 * that does not state them has still exchanged the whole offer. */
#define OFFER_FIELDS (BB_IMPORT_FIELDS_ALL & ~(BB_IMPORT_FIELD_SECTOR | BB_IMPORT_FIELD_DEPARTMENT))

/* The provider as it was before the import first changed it, row and details, for
 * the undo (once per import: the first snapshot is the one kept). */
static gboolean
snapshot_provider (BbOfferRepository  *self,
                   gint64              import_id,
                   gint64              provider_id,
                   GError            **error)
{
  return _bb_import_run (self,
                         "INSERT OR IGNORE INTO import_providers (import_id, provider_id, name, sort_key,"
                         " sector, department, website, email, phone, shares_name, has_details,"
                         " description, legal_status, tax_id, sector_stated, extra, phones)"
                         " SELECT ?1, p.id, p.name, p.sort_key, p.sector, p.department, p.website,"
                         "        p.email, p.phone, p.shares_name, d.provider_id IS NOT NULL,"
                         "        d.description, d.legal_status, d.tax_id, d.sector_stated, d.extra,"
                         "        (SELECT json_group_array (json_object ('uuid', t.uuid, 'number', t.number,"
                         "                  'extension', t.extension, 'type', t.type,"
                         "                  'description', t.description, 'extra', t.extra))"
                         "           FROM (SELECT * FROM provider_phones WHERE provider_id = p.id"
                         "                  ORDER BY position) t)"
                         "   FROM providers p LEFT JOIN provider_details d ON d.provider_id = p.id"
                         "  WHERE p.id = ?2",
                         import_id, provider_id, error);
}

/* A known provider as the file gives it: its sector and department, and, when the
 * file names it by its organization's id, the rest of what the organization says. */
static gboolean
write_provider_change (BbOfferRepository  *self,
                       gint64              import_id,
                       BbProvider         *provider,
                       GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BbProvider) before = NULL;

  if (bb_provider_get_id (provider) == 0)
    return TRUE;

  /* The details are written with the offer (bb-offer-repository-hsds.c). */
  if (!snapshot_provider (self, import_id, bb_provider_get_id (provider), error))
    return FALSE;

  before = _bb_import_load_provider (self, bb_provider_get_id (provider), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (before == NULL)
    return TRUE;
  if (!_bb_list_load_provider_phones (self->database, before, error))
    return FALSE;

  /* A file without organization ids has only the sector and department. */
  if (!bb_provider_get_keyed (provider))
    {
      bb_provider_set_website (provider, bb_provider_get_website (before));
      bb_provider_set_email (provider, bb_provider_get_email (before));
      bb_provider_set_phones (provider, bb_provider_get_phones (before));
    }

  if (bb_provider_get_sector (before) == bb_provider_get_sector (provider)
      && g_strcmp0 (bb_provider_get_department (before), bb_provider_get_department (provider)) == 0
      && g_strcmp0 (bb_provider_get_website (before), bb_provider_get_website (provider)) == 0
      && g_strcmp0 (bb_provider_get_email (before), bb_provider_get_email (provider)) == 0
      && g_strcmp0 (bb_provider_get_phone (before), bb_provider_get_phone (provider)) == 0
      && bb_provider_phones_equal (before, provider))
    return TRUE;

  return _bb_list_write_provider (self->database, provider, error);
}

static gboolean
write_record (BbOfferRepository  *self,
              gint64              import_id,
              BbImportRecord     *record,
              GError            **error)
{
  /* A copy: a failed commit must leave the record as the preview showed it. A record
   * that was never prepared writes the file's offer as it is. */
  g_autoptr(BbOffer) offer = bb_offer_copy (record->merged != NULL ? record->merged : record->offer);
  g_autoptr(BbCachedStatement) stmt = NULL;
  g_autoptr(GBytes) before = NULL;
  gint64 id = bb_offer_get_id (offer);
  gint64 exchanged = 0;

  if (id != 0)
    {
      g_autoptr(BbOffer) stored = NULL;
      gint64 version = offer_version (self, id, error);

      if (version < 0)
        return FALSE;
      if (record->stored != NULL && version != record->stored_version)
        {
          g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID,
                       _("“%s” was changed here after the file was read. Import the file again to see the changes."),
                       bb_offer_get_title (offer));
          return FALSE;
        }

      stored = bb_offer_repository_get (self, id, error);
      if (stored == NULL)
        return FALSE;
      before = _bb_import_snapshot (stored);
      exchanged = _bb_import_query_id (self, "SELECT change_id FROM offer_exchanges WHERE offer_id = ?1", id, 0, error);
      if (exchanged < 0)
        return FALSE;
    }

  if (!write_provider_change (self, import_id, bb_offer_get_provider (offer), error)
      || !_bb_offer_repository_write (self, offer, error))
    return FALSE;

  stmt = bb_database_prepare_cached (self->database,
                                     "INSERT INTO import_offers (import_id, offer_id, created, before, exchanged_before)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5)",
                                     error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, import_id);
  sqlite3_bind_int64 (stmt, 2, bb_offer_get_id (offer));
  sqlite3_bind_int (stmt, 3, before == NULL ? 1 : 0);
  if (before != NULL)
    sqlite3_bind_blob (stmt, 4, g_bytes_get_data (before, NULL), g_bytes_get_size (before), SQLITE_TRANSIENT);
  if (exchanged > 0)
    sqlite3_bind_int64 (stmt, 5, exchanged);
  if (!bb_database_step_done (self->database, stmt, error))
    return FALSE;

  /* Columns the file lacks were not exchanged: edits made here to them still count. */
  if ((bb_import_record_get_fields (record) & OFFER_FIELDS) == OFFER_FIELDS)
    return mark_exchanged (self, bb_offer_get_id (offer), error);

  return TRUE;
}

/* An offer that was already as the whole file has it: exchanged, unless it changed
 * after the file was read. */
static gboolean
mark_unchanged (BbOfferRepository  *self,
                BbImportRecord     *record,
                GError            **error)
{
  gint64 id = bb_offer_get_id (bb_import_record_get_merged (record));
  gint64 version;

  if ((bb_import_record_get_fields (record) & OFFER_FIELDS) != OFFER_FIELDS)
    return TRUE;

  version = offer_version (self, id, error);
  if (version < 0)
    return FALSE;

  return version != record->stored_version || mark_exchanged (self, id, error);
}

static gint64
insert_import (BbOfferRepository  *self,
               BbImport           *import,
               GError            **error)
{
  g_autofree char *now = bb_clock_dup_utc_timestamp (bb_database_get_clock (self->database));
  /* The name as the system gives it need not be UTF-8; the history shows it as the
   * file dialog does. */
  g_autofree char *file_name = g_filename_display_name (bb_import_get_file_name (import));
  g_autoptr(BbStatement) stmt = NULL;

  stmt = bb_database_prepare (self->database,
                              "INSERT INTO imports (imported_at, imported_by, file_name) VALUES (?1, ?2, ?3)",
                              error);
  if (stmt == NULL)
    return 0;

  bb_sql_bind_text (stmt, 1, now);
  bb_sql_bind_text (stmt, 2, bb_database_get_user_name (self->database));
  bb_sql_bind_text (stmt, 3, file_name);
  if (!bb_database_step_done (self->database, stmt, error))
    return 0;

  return sqlite3_last_insert_rowid (bb_database_get_handle (self->database));
}

/* The entries of the lists created since @first_ids were the newest, by this import:
 * the transaction holds the write lock, so nobody else made them. */
static gboolean
note_created_entries (BbOfferRepository  *self,
                      gint64              import_id,
                      const gint64        first_ids[3],
                      GError            **error)
{
  return _bb_import_run (self,
                       "INSERT INTO import_lists (import_id, kind, item_id, created)"
                       " SELECT ?1, 'provider', id, 1 FROM providers WHERE id > ?2",
                       import_id, first_ids[0], error)
         && _bb_import_run (self,
                          "INSERT INTO import_lists (import_id, kind, item_id, created)"
                          " SELECT ?1, 'target-group', id, 1 FROM target_groups WHERE id > ?2",
                          import_id, first_ids[1], error)
         && _bb_import_run (self,
                          "INSERT INTO import_lists (import_id, kind, item_id, created)"
                          " SELECT ?1, 'step', id, 1 FROM steps WHERE id > ?2",
                          import_id, first_ids[2], error);
}

static gboolean
newest_ids (BbOfferRepository  *self,
            gint64             *history,
            gint64              lists[3],
            GError            **error)
{
  const char *queries[] = {
    "SELECT coalesce (max (id), 0) FROM offer_history",
    "SELECT coalesce (max (id), 0) FROM providers",
    "SELECT coalesce (max (id), 0) FROM target_groups",
    "SELECT coalesce (max (id), 0) FROM steps",
  };
  gint64 *out[] = { history, &lists[0], &lists[1], &lists[2] };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      *out[i] = bb_database_query_int64 (self->database, queries[i], error);
      if (*out[i] < 0)
        return FALSE;
    }

  return TRUE;
}

/* The pages an import of thousands of offers changes (ten tables and their indexes)
 * outgrow SQLite's cache of 2 MB: it then writes them to the log again and again
 * before the commit (an eighth of a 10,000-offer import went to pwrite). Room for
 * them while the import runs; @cache_size < 0 is kibibytes, as SQLite counts. */
static gint64
widen_cache (BbOfferRepository *self)
{
  gint64 before = bb_database_query_int64 (self->database, "PRAGMA cache_size", NULL);

  bb_database_exec (self->database, "PRAGMA cache_size = -65536", NULL);
  return before;
}

static void
restore_cache (BbOfferRepository *self,
               gint64             cache_size)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, cache_size);

  if (cache_size != -1)
    bb_database_exec (self->database, sql, NULL);
}

static gboolean
commit_import (BbOfferRepository  *self,
               BbImport           *import,
               GError            **error)
{
  GListModel *records;
  gint64 first_history, first_ids[3];
  gint64 import_id;
  guint n_written = 0;

  records = bb_import_get_records (import);
  if (!bb_database_begin (self->database, error))
    return FALSE;

  if (!newest_ids (self, &first_history, first_ids, error)
      || (import_id = insert_import (self, import, error)) == 0)
    goto failed;

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);

      if (bb_import_record_is_written (record))
        {
          if (!write_record (self, import_id, record, error))
            {
              g_prefix_error (error, _("Line %u: "), bb_import_record_get_line (record));
              goto failed;
            }
          n_written++;
        }
      else if (bb_import_record_get_action (record) == BB_IMPORT_ACTION_UNCHANGED
               && !mark_unchanged (self, record, error))
        goto failed;
    }

  /* The history the import wrote is not what was done here. */
  if (!_bb_taxonomy_repository_save (self->database, import, error)
      || !note_created_entries (self, import_id, first_ids, error)
      || !_bb_import_run (self, "UPDATE offer_history SET import_id = ?1 WHERE id > ?2",
                        import_id, first_history, error))
    goto failed;

  if (n_written == 0)
    {
      if (!_bb_import_run (self, "DELETE FROM imports WHERE id = ?1", import_id, 0, error))
        goto failed;
      import_id = 0;
    }

  if (!bb_database_commit (self->database, error))
    return FALSE;

  bb_import_set_id (import, import_id);
  return TRUE;

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

gboolean
bb_offer_repository_commit_import (BbOfferRepository *self,
                        BbImport  *import,
                        GError   **error)
{
  gint64 cache_size;
  gboolean ok;

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), FALSE);
  g_return_val_if_fail (BB_IS_IMPORT (import), FALSE);

  cache_size = widen_cache (self);
  ok = commit_import (self, import, error);
  restore_cache (self, cache_size);

  return ok;
}
