/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bb-export.h"
#include "bb-file.h"
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
write_csv (GOutputStream  *stream,
           gpointer        store,
           GError        **error)
{
  g_autoptr(BbOfferCsvWriter) writer = bb_offer_csv_writer_new (stream);

  return bb_store_foreach_offer (store, add_offer_cb, writer, error) &&
         bb_offer_csv_writer_close (writer, error);
}

static gboolean
write_json (GOutputStream  *stream,
            gpointer        store,
            GError        **error)
{
  return bb_hsds_write (store, stream, error);
}

gboolean
bb_export_offers (BbStore  *store,
                  GFile    *file,
                  GError  **error)
{
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

  return bb_file_replace (file, format == FORMAT_CSV ? write_csv : write_json, store, error);
}
