/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "bb-context.h"
#include "bb-import.h"
#include "bb-offer.h"

G_BEGIN_DECLS

/* A fresh catalogue in a temporary folder, for g_test_add (). */
typedef struct
{
  char              *dir;
  BbContext         *context;
  BbOfferRepository *offers;
} BbTestCatalogue;

void            bb_test_catalogue_set_up     (BbTestCatalogue *fixture,
                                              gconstpointer    user_data);
void            bb_test_catalogue_tear_down  (BbTestCatalogue *fixture,
                                              gconstpointer    user_data);
/* A file of that name in the fixture's folder. */
GFile          *bb_test_catalogue_file       (BbTestCatalogue *fixture,
                                              const char      *name);
void            bb_test_catalogue_save       (BbTestCatalogue *fixture,
                                              BbOffer         *offer);

/* tests/catalogue/fixtures/csv/@name */
GFile          *bb_test_csv_fixture          (const char      *name);
BbImport       *bb_test_read_csv_fixture     (const char      *name);
/* Reads, prepares and commits @file in one import, as the import dialog does with
 * nothing to decide; the import's id. */
gint64          bb_test_import_file          (BbOfferRepository *offers,
                                              GFile           *file);
/* The import keeps a reference, so the record outlives the call. */
BbImportRecord *bb_test_get_record           (BbImport        *import,
                                              guint            position);
/* The offer of a record that must not have been rejected. */
BbOffer        *bb_test_get_offer            (BbImport        *import,
                                              guint            position);

void     bb_test_add_contact         (BbOffer    *offer,
                                      const char *name,
                                      const char *role,
                                      const char *phone,
                                      const char *email,
                                      gboolean    ambassador);
void     bb_test_add_target_group    (BbOffer    *offer,
                                      const char *name);
void     bb_test_add_step            (BbOffer    *offer,
                                      int         level,
                                      const char *name);
BbOffer *bb_test_new_offer           (const char *title,
                                      const char *provider_name);
/* Everything a spreadsheet can get wrong in one offer. */
BbOffer *bb_test_new_nasty_offer     (void);
/* Every field a file carries, compared one by one. */
void     bb_test_assert_offers_equal (BbOffer    *expected,
                                      BbOffer    *actual);

/* Fails the test unless @path validates against HSDS's compiled service schema
 * (skipped, visibly, without python3). */
void            bb_test_assert_valid_hsds    (const char      *path);

G_END_DECLS
