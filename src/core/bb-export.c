/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bb-export.h"
#include "bb-hsds.h"
#include "bb-import.h"
#include "bb-offer-csv.h"

typedef enum
{
  FORMAT_UNKNOWN,
  FORMAT_CSV,
  FORMAT_JSON,
} Format;

static Format
format_for_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *extension = NULL;
  const char *dot;

  if (basename == NULL || (dot = strrchr (basename, '.')) == NULL)
    return FORMAT_UNKNOWN;

  extension = g_ascii_strdown (dot + 1, -1);

  if (g_str_equal (extension, "csv"))
    return FORMAT_CSV;
  if (g_str_equal (extension, "json"))
    return FORMAT_JSON;

  return FORMAT_UNKNOWN;
}

static gboolean
add_offer_cb (BbOffer   *offer,
              gpointer   user_data,
              GError   **error)
{
  return bb_offer_csv_writer_add (user_data, offer, error);
}

static gboolean
write_csv (BbStore        *store,
           GOutputStream  *stream,
           GError        **error)
{
  g_autoptr(BbOfferCsvWriter) writer = bb_offer_csv_writer_new (stream);

  return bb_store_foreach_offer (store, add_offer_cb, writer, error) &&
         bb_offer_csv_writer_close (writer, error);
}

gboolean
bb_export_offers (BbStore  *store,
                  GFile    *file,
                  GError  **error)
{
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean existed;
  gboolean ok;
  Format format;

  g_return_val_if_fail (BB_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  format = format_for_file (file);
  if (format == FORMAT_UNKNOWN)
    {
      g_set_error_literal (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_UNKNOWN_TYPE,
                           _("Brobygger writes catalogues as .csv or .json files."));
      return FALSE;
    }

  /* g_file_replace() writes a new file in place, not through a temporary file, so
   * on failure that one has to be removed by hand. */
  existed = g_file_query_exists (file, NULL);

  cancellable = g_cancellable_new ();
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (format == FORMAT_CSV)
    ok = write_csv (store, G_OUTPUT_STREAM (stream), &local_error);
  else
    ok = bb_hsds_write (store, G_OUTPUT_STREAM (stream), &local_error);

  /* Closing is what puts the new file in place of the old one. */
  if (ok)
    ok = g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error);

  if (!ok)
    {
      /* Closing with a cancelled cancellable drops the temporary file and keeps the
       * original. */
      g_cancellable_cancel (cancellable);
      if (!g_output_stream_is_closed (G_OUTPUT_STREAM (stream)))
        g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, NULL);
      if (!existed)
        g_file_delete (file, NULL, NULL);

      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}
