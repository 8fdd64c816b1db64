/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-coverage.h"
#include "bb-database.h"
#include "bb-import.h"
#include "bb-offer.h"

G_BEGIN_DECLS

/* The details of BbDatabase::changed the catalogue emits. */
#define BB_DOMAIN_OFFERS "offers"
#define BB_DOMAIN_LISTS "lists"

#define BB_TYPE_OFFER_REPOSITORY (bb_offer_repository_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferRepository, bb_offer_repository, BB, OFFER_REPOSITORY, GObject)

typedef enum
{
  BB_OFFER_SORT_TITLE,
  BB_OFFER_SORT_PROVIDER,
  BB_OFFER_SORT_STEP,
  BB_OFFER_SORT_REVIEWED,
} BbOfferSort;

/* What the offer list shows. Zero ids and negative enums mean "any". */
typedef struct
{
  const char  *search;
  gint64       target_group_id;
  gint64       step_id;
  int          sector;
  int          access;
  int          status;
  gboolean     stale_only;
  BbOfferSort  sort;
} BbOfferQuery;

#define BB_OFFER_QUERY_INIT { NULL, 0, 0, -1, -1, -1, FALSE, BB_OFFER_SORT_TITLE }

/* Offers with their contacts, links and history: the only code with their SQL. Keeps
 * the search index in step through a pre-commit hook on @database, and catches up with
 * writes other programs made since the last run. Every write notifies "offers". */
BbOfferRepository *bb_offer_repository_new             (BbDatabase          *database,
                                                        GError             **error);
BbDatabase        *bb_offer_repository_get_database    (BbOfferRepository   *self);

BbOffer     *bb_offer_repository_get                   (BbOfferRepository   *self,
                                                        gint64               id,
                                                        GError             **error);
/* NULL without error when no offer has this uuid. */
BbOffer     *bb_offer_repository_find_by_uuid          (BbOfferRepository   *self,
                                                        const char          *uuid,
                                                        GError             **error);
/* Validates, then inserts (id 0) or updates the offer with its contacts and its links to
 * target groups and steps, creating providers, target groups and steps that have no id
 * yet (matched by name first), and records each changed field in the history. Sets the
 * ids, created and modified on @offer. */
gboolean     bb_offer_repository_save                  (BbOfferRepository   *self,
                                                        BbOffer             *offer,
                                                        GError             **error);
/* Moves the offer out of every list; restore brings it back until purge_deleted
 * removes it for good. */
gboolean     bb_offer_repository_delete                (BbOfferRepository   *self,
                                                        gint64               id,
                                                        GError             **error);
gboolean     bb_offer_repository_restore               (BbOfferRepository   *self,
                                                        gint64               id,
                                                        GError             **error);
gboolean     bb_offer_repository_purge_deleted         (BbOfferRepository   *self,
                                                        GError             **error);
gboolean     bb_offer_repository_mark_reviewed         (BbOfferRepository   *self,
                                                        gint64               id,
                                                        GDate               *date,
                                                        GError             **error);
/* BbOfferChange items, newest first. */
GListModel  *bb_offer_repository_list_history          (BbOfferRepository   *self,
                                                        gint64               id,
                                                        GError             **error);
/* The ids of the offers the query selects, in its order (a GArray of gint64).
 * Searching and filtering happen in SQLite; "stale" is judged by the database's clock. */
GArray      *bb_offer_repository_query_ids             (BbOfferRepository   *self,
                                                        const BbOfferQuery  *query,
                                                        GError             **error);
guint        bb_offer_repository_count                 (BbOfferRepository   *self,
                                                        GError             **error);
typedef gboolean (*BbOfferFunc) (BbOffer  *offer,
                                 gpointer  user_data,
                                 GError  **error);
/* Calls @func for every offer (not deleted) ordered by title, loading one at a time. */
gboolean     bb_offer_repository_foreach               (BbOfferRepository   *self,
                                                        BbOfferFunc          func,
                                                        gpointer             user_data,
                                                        GError             **error);
/* Active offers per target group × step. */
BbCoverage  *bb_offer_repository_count_coverage        (BbOfferRepository   *self,
                                                        GError             **error);

/* Sorts each record of @import into new, updated or unchanged against what is stored
 * (matched by uuid), and flags possible duplicates (same title and provider as another
 * offer). Rejected records stay rejected. Writes nothing. */
gboolean     bb_offer_repository_prepare_import        (BbOfferRepository   *self,
                                                        BbImport            *import,
                                                        GError             **error);
/* Writes the new and updated records in one transaction: all of them or none. */
gboolean     bb_offer_repository_commit_import         (BbOfferRepository   *self,
                                                        BbImport            *import,
                                                        GError             **error);

G_END_DECLS
