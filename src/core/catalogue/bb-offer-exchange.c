/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bb-file.h"
#include "bb-hsds.h"
#include "bb-hsds-tabular.h"
#include "bb-offer-csv.h"
#include "bb-offer-exchange.h"

BbOfferFormat
bb_offer_format_for_file (GFile *file)
{
  g_autofree char *basename = NULL;
  g_autofree char *extension = NULL;
  const char *dot;

  g_return_val_if_fail (G_IS_FILE (file), BB_OFFER_FORMAT_UNKNOWN);

  basename = g_file_get_basename (file);
  if (basename == NULL || (dot = strrchr (basename, '.')) == NULL)
    return BB_OFFER_FORMAT_UNKNOWN;

  extension = g_ascii_strdown (dot + 1, -1);

  if (g_str_equal (extension, "csv"))
    return BB_OFFER_FORMAT_CSV;
  if (g_str_equal (extension, "json"))
    return BB_OFFER_FORMAT_HSDS;

  return BB_OFFER_FORMAT_UNKNOWN;
}

/* Named before it is prepared: the name says which source's mapping of foreign
 * taxonomy terms applies (bb_taxonomy_source_for_file_name ()). */
static BbImport *
new_import_of (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  BbImport *import = bb_import_new ();

  bb_import_set_file_name (import, name);
  return import;
}

/**
 * bb_offer_exchange_read_file:
 *
 * Errors from the CSV reader keep their #BB_CSV_ERROR codes; a file that is not
 * a catalogue is %BB_IMPORT_ERROR_FORMAT, and one that cannot be opened a
 * #G_IO_ERROR.
 *
 * Returns: (transfer full): the records of @file, or %NULL on error
 */
BbImport *
bb_offer_exchange_read_file (GFile   *file,
                             GError **error)
{
  g_autoptr(BbImport) import = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  BbOfferFormat format;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A folder, its datapackage.json or a .zip: tabular HSDS. */
  if (bb_hsds_tabular_is_package (file))
    {
      import = new_import_of (file);
      return bb_hsds_tabular_read (file, import, error) ? g_steal_pointer (&import) : NULL;
    }

  /* Decided before opening, so a wrong choice in the file dialog costs nothing. */
  format = bb_offer_format_for_file (file);
  if (format == BB_OFFER_FORMAT_UNKNOWN)
    {
      g_set_error_literal (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_UNKNOWN_TYPE,
                           _("Brobygger reads catalogues as .csv or .json files, and Open Referral "
                             "datapackages as a folder or a .zip file."));
      return NULL;
    }

  /* One table of a datapackage chosen as if it were a catalogue: the package it is
   * in, whole, or words that say what to choose instead of "unknown column". */
  if (format == BB_OFFER_FORMAT_CSV)
    {
      g_autoptr(GFile) package = NULL;
      const char *table = bb_hsds_tabular_table_of (file, &package);

      if (package != NULL)
        {
          g_autoptr(GFile) folder = g_file_get_parent (package);

          import = new_import_of (folder);
          return bb_hsds_tabular_read (package, import, error) ? g_steal_pointer (&import) : NULL;
        }
      if (table != NULL)
        {
          g_autofree char *name = g_file_get_basename (file);

          if (g_str_equal (table, "service"))
            g_set_error_literal (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                                 _("This is the services table of an Open Referral datapackage. "
                                   "Choose the folder or datapackage.json to import it whole."));
          else
            g_set_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT,
                         /* TRANSLATORS: %s is a file name, such as organizations.csv */
                         _("“%s” is a table of an Open Referral datapackage. Choose the folder "
                           "or datapackage.json to import it whole."),
                         name);
          return NULL;
        }
    }

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return NULL;

  import = new_import_of (file);

  if (format == BB_OFFER_FORMAT_CSV)
    ok = bb_offer_csv_read (G_INPUT_STREAM (stream), import, error);
  else
    ok = bb_hsds_read (G_INPUT_STREAM (stream), import, error);

  /* Nothing was written, so a failing close loses nothing worth reporting. */
  g_input_stream_close (G_INPUT_STREAM (stream), NULL, NULL);

  if (!ok)
    return NULL;

  return g_steal_pointer (&import);
}

/* A record of one of several files, as the preview of them all shows it: named by its
 * file, and refused when an earlier file has its id. */
static BbImportRecord *
dup_record_of (BbImportRecord *record,
               const char     *file_name,
               GHashTable     *ids)
{
  BbOffer *offer = bb_import_record_get_offer (record);
  const char *uuid = offer != NULL ? bb_offer_get_uuid (offer) : NULL;
  const char *first = uuid != NULL ? g_hash_table_lookup (ids, uuid) : NULL;
  const char *table = bb_import_record_get_source (record);
  g_autofree char *reason = NULL;
  g_autofree char *source = table != NULL ? g_strdup_printf ("%s, %s", file_name, table)
                                          : g_strdup (file_name);
  g_autoptr(BbImportRecord) kept = NULL;

  if (first != NULL)
    {
      /* TRANSLATORS: b.json: “Natcafé” has the id “…”, which a.json uses too. */
      reason = g_strdup_printf (_("%s: “%s” has the id “%s”, which %s uses too."), file_name,
                                bb_offer_get_title (offer), uuid, first);
      kept = bb_import_record_new_rejected (bb_import_record_get_line (record), reason);
    }
  else if (offer == NULL)
    {
      /* TRANSLATORS: b.json: the reason a record was rejected */
      reason = g_strdup_printf (_("%s: %s"), file_name, bb_import_record_get_reason (record));
      kept = bb_import_record_new_rejected (bb_import_record_get_line (record), reason);
    }
  else
    {
      if (uuid != NULL)
        g_hash_table_insert (ids, g_strdup (uuid), g_strdup (file_name));
      kept = g_object_ref (record);
    }

  /* Among several files, a record names the one it is in. */
  bb_import_record_set_origin (kept, bb_import_record_get_origin (record),
                               bb_import_record_get_line (record), source);
  return g_steal_pointer (&kept);
}

/**
 * bb_offer_exchange_read_files:
 *
 * Several catalogue files read into one import, so that they are previewed and
 * committed as one (one transaction). An error in any file is the error, naming it.
 *
 * Returns: (transfer full): the records of every file, or %NULL on error
 */
BbImport *
bb_offer_exchange_read_files (GFile   **files,
                              guint     n_files,
                              GError  **error)
{
  g_autoptr(BbImport) all = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_val_if_fail (files != NULL && n_files > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n_files == 1)
    return bb_offer_exchange_read_file (files[0], error);

  all = bb_import_new ();
  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_file_get_basename (files[i]);
      g_autoptr(BbImport) one = bb_offer_exchange_read_file (files[i], error);
      GListModel *records;

      if (one == NULL)
        {
          g_prefix_error (error, "%s: ", name);
          return NULL;
        }

      records = bb_import_get_records (one);
      for (guint j = 0; j < g_list_model_get_n_items (records); j++)
        {
          g_autoptr(BbImportRecord) record = g_list_model_get_item (records, j);
          g_autoptr(BbImportRecord) kept = dup_record_of (record, name, ids);

          bb_import_add (all, kept);
        }
      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", name);
    }

  bb_import_set_file_name (all, names->str);
  return g_steal_pointer (&all);
}

/* ---- export ---------------------------------------------------------- */

typedef struct
{
  BbOfferRepository *offers;
  BbOfferCsvWriter  *csv;
  BbHsdsWriter      *hsds;
} ExportData;

static gboolean
add_offer_cb (BbOffer   *offer,
              gpointer   user_data,
              GError   **error)
{
  ExportData *data = user_data;
  g_autoptr(GListModel) history = NULL;

  if (data->csv != NULL)
    return bb_offer_csv_writer_add (data->csv, offer, error);

  history = bb_offer_repository_list_history (data->offers, bb_offer_get_id (offer), error);
  return history != NULL && bb_hsds_writer_add (data->hsds, offer, history, error);
}

static gboolean
write_csv (GOutputStream  *stream,
           gpointer        offers,
           GError        **error)
{
  g_autoptr(BbOfferCsvWriter) writer = bb_offer_csv_writer_new (stream);
  ExportData data = { offers, writer, NULL };

  return bb_offer_repository_foreach (offers, add_offer_cb, &data, error) &&
         bb_offer_csv_writer_close (writer, error);
}

static gboolean
write_hsds (GOutputStream  *stream,
            gpointer        offers,
            GError        **error)
{
  BbDatabase *database = bb_offer_repository_get_database (offers);
  g_autoptr(BbHsdsWriter) writer = bb_hsds_writer_new (stream, bb_database_get_clock (database));
  ExportData data = { offers, NULL, writer };

  return bb_offer_repository_foreach (offers, add_offer_cb, &data, error) &&
         bb_hsds_writer_close (writer, error);
}

gboolean
bb_offer_exchange_export (BbOfferRepository  *offers,
                          GFile              *file,
                          GError            **error)
{
  BbOfferFormat format;

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (offers), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  format = bb_offer_format_for_file (file);
  if (format == BB_OFFER_FORMAT_UNKNOWN)
    {
      g_set_error_literal (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_UNKNOWN_TYPE,
                           _("Brobygger writes catalogues as .csv or .json files."));
      return FALSE;
    }

  if (!bb_file_replace (file, format == BB_OFFER_FORMAT_CSV ? write_csv : write_hsds, offers, error))
    return FALSE;

  /* The file holds every offer as it is now, so only later edits are what a re-import
   * of it must not overwrite unseen. A read-only database (the command line's export)
   * cannot note that; nor can a busy one, which only makes the next import ask about
   * more edits than it needs to, never fewer: the export itself succeeded. */
  if (!bb_database_is_read_only (bb_offer_repository_get_database (offers)))
    {
      g_autoptr(GError) local_error = NULL;

      if (!bb_offer_repository_mark_exported (offers, &local_error))
        g_debug ("The export was not noted: %s", local_error->message);
    }

  return TRUE;
}

/* ---- import off the main thread -------------------------------------- */

typedef struct
{
  BbImport *import;
  gboolean  commit;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->import);
  g_free (job);
}

static gboolean
run_import_job (BbDatabase    *connection,
                gpointer       job_data,
                GCancellable  *cancellable,
                GError       **error)
{
  ImportJob *job = job_data;
  g_autoptr(BbOfferRepository) offers = bb_offer_repository_new (connection, error);

  if (offers == NULL)
    return FALSE;

  return job->commit
         ? bb_offer_repository_commit_import (offers, job->import, error)
         : bb_offer_repository_prepare_import (offers, job->import, error);
}

static void
on_import_job_done (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!bb_database_run_job_finish (BB_DATABASE (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
start_import_job (BbOfferRepository   *offers,
                  BbImport            *import,
                  gboolean             commit,
                  gpointer             source_tag,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  GTask *task = g_task_new (offers, cancellable, callback, user_data);
  ImportJob *job = g_new0 (ImportJob, 1);

  job->import = g_object_ref (import);
  job->commit = commit;

  g_task_set_source_tag (task, source_tag);
  bb_database_run_job_async (bb_offer_repository_get_database (offers),
                             run_import_job, job, (GDestroyNotify) import_job_free,
                             cancellable, on_import_job_done, task);
}

void
bb_offer_exchange_prepare_import_async (BbOfferRepository   *offers,
                                        BbImport            *import,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_return_if_fail (BB_IS_OFFER_REPOSITORY (offers));
  g_return_if_fail (BB_IS_IMPORT (import));

  start_import_job (offers, import, FALSE, bb_offer_exchange_prepare_import_async,
                    cancellable, callback, user_data);
}

gboolean
bb_offer_exchange_prepare_import_finish (BbOfferRepository  *offers,
                                         GAsyncResult       *result,
                                         GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, offers), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
bb_offer_exchange_commit_import_async (BbOfferRepository   *offers,
                                       BbImport            *import,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (BB_IS_OFFER_REPOSITORY (offers));
  g_return_if_fail (BB_IS_IMPORT (import));

  start_import_job (offers, import, TRUE, bb_offer_exchange_commit_import_async,
                    cancellable, callback, user_data);
}

gboolean
bb_offer_exchange_commit_import_finish (BbOfferRepository  *offers,
                                        GAsyncResult       *result,
                                        GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, offers), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
