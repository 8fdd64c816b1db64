/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-import.h"
#include "bb-offer-repository.h"

G_BEGIN_DECLS

/* Moving catalogues between files and the database: the readers and writers know
 * nothing of the database, the repository nothing of files. */

typedef enum
{
  BB_OFFER_FORMAT_UNKNOWN,
  BB_OFFER_FORMAT_CSV,
  BB_OFFER_FORMAT_HSDS,
} BbOfferFormat;

/* By the file's extension, case-insensitive: .csv or .json. */
BbOfferFormat bb_offer_format_for_file               (GFile              *file);

/* Reads a catalogue file in the format its extension names. A file that cannot be read
 * as a whole (bad encoding, broken structure) is an error naming the line; single
 * records that cannot become offers are rejected records. */
BbImport     *bb_offer_exchange_read_file            (GFile              *file,
                                                      GError            **error);
/* Several files as one import (one preview, one transaction); a service whose id an
 * earlier file has is rejected, saying so. A folder, its datapackage.json or a .zip
 * is read as an Open Referral datapackage by either (bb-hsds-tabular.h). */
BbImport     *bb_offer_exchange_read_files           (GFile             **files,
                                                      guint               n_files,
                                                      GError            **error);

/* Writes every offer to @file, as CSV or HSDS JSON by the file's extension; any other
 * extension is BB_IMPORT_ERROR_UNKNOWN_TYPE. The file is replaced only once it is
 * complete: on error an existing file stays as it was and a new one is removed. On a
 * database that is not read-only, the export is noted (bb_offer_repository_mark_exported ())
 * so that only edits made after it are conflicts for a re-import. */
gboolean      bb_offer_exchange_export               (BbOfferRepository  *offers,
                                                      GFile              *file,
                                                      GError            **error);

/* bb_offer_repository_prepare_import () and _commit_import () as jobs on a second
 * connection, so a large catalogue does not freeze the window. @import must not be
 * touched until the callback. */
void          bb_offer_exchange_prepare_import_async (BbOfferRepository  *offers,
                                                      BbImport           *import,
                                                      GCancellable       *cancellable,
                                                      GAsyncReadyCallback callback,
                                                      gpointer            user_data);
gboolean      bb_offer_exchange_prepare_import_finish (BbOfferRepository *offers,
                                                       GAsyncResult      *result,
                                                       GError           **error);
void          bb_offer_exchange_commit_import_async  (BbOfferRepository  *offers,
                                                      BbImport           *import,
                                                      GCancellable       *cancellable,
                                                      GAsyncReadyCallback callback,
                                                      gpointer            user_data);
gboolean      bb_offer_exchange_commit_import_finish (BbOfferRepository  *offers,
                                                      GAsyncResult       *result,
                                                      GError            **error);

G_END_DECLS
