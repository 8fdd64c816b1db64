/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-import.h"
#include "bb-offer.h"

G_BEGIN_DECLS

/* Between the parts of one contact (name | role | phone | email | ambassador). */
#define BB_OFFER_CSV_VALUE_SEPARATOR " | "

/* Reads offers from a CSV file into @import: one record per data row, rejected rows
 * with their line and reason. The whole file is refused (and @import must then be
 * dropped) for bad encoding, broken quoting or a too long line (BB_CSV_ERROR), and for
 * an empty file, a header without the required columns (title, provider), or an
 * unknown or repeated column (BB_IMPORT_ERROR_FORMAT). */
gboolean          bb_offer_csv_read          (GInputStream      *stream,
                                              BbImport          *import,
                                              GError           **error);

typedef struct _BbOfferCsvWriter BbOfferCsvWriter;

/* Writes offers as spreadsheets open them: UTF-8 with a BOM, ';' between fields,
 * CRLF after records, the columns bb_offer_csv_read reads. Nothing is written until
 * the first add or the close. The writer never closes @stream. */
BbOfferCsvWriter *bb_offer_csv_writer_new    (GOutputStream     *stream);
/* Writes the BOM and header before the first row. */
gboolean          bb_offer_csv_writer_add    (BbOfferCsvWriter  *self,
                                              BbOffer           *offer,
                                              GError           **error);
/* Writes the BOM and header if no rows were added, then flushes @stream. */
gboolean          bb_offer_csv_writer_close  (BbOfferCsvWriter  *self,
                                              GError           **error);
void              bb_offer_csv_writer_free   (BbOfferCsvWriter  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbOfferCsvWriter, bb_offer_csv_writer_free)

G_END_DECLS
