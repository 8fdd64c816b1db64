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

/* An offer in the trash, as the "Recently deleted" list shows it. Read-only
 * properties "id", "title", "provider", "deleted-at" (UTC) and "days" (whole days
 * since, by the database's clock when listed). */
#define BB_TYPE_DELETED_OFFER (bb_deleted_offer_get_type ())
G_DECLARE_FINAL_TYPE (BbDeletedOffer, bb_deleted_offer, BB, DELETED_OFFER, GObject)

gint64       bb_deleted_offer_get_id         (BbDeletedOffer *self);
const char  *bb_deleted_offer_get_title      (BbDeletedOffer *self);
const char  *bb_deleted_offer_get_provider   (BbDeletedOffer *self);
const char  *bb_deleted_offer_get_deleted_at (BbDeletedOffer *self);
guint        bb_deleted_offer_get_days       (BbDeletedOffer *self);

#define BB_TYPE_OFFER_REPOSITORY (bb_offer_repository_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferRepository, bb_offer_repository, BB, OFFER_REPOSITORY, GObject)

/* RELEVANCE puts the best matches of the search first (by title without one); TITLE
 * sorts by title, searching or not. */
typedef enum
{
  BB_OFFER_SORT_TITLE,
  BB_OFFER_SORT_PROVIDER,
  BB_OFFER_SORT_STEP,
  BB_OFFER_SORT_REVIEWED,
  BB_OFFER_SORT_RELEVANCE,
} BbOfferSort;

/* What the offer list shows. Zero ids and negative enums mean "any". */
typedef struct
{
  const char  *search;
  gint64       provider_id;
  gint64       target_group_id;
  gint64       step_id;
  int          sector;
  int          access;
  int          status;
  gboolean     stale_only;
  BbOfferSort  sort;
} BbOfferQuery;

#define BB_OFFER_QUERY_INIT { .sector = -1, .access = -1, .status = -1, .sort = BB_OFFER_SORT_RELEVANCE }

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
/* The trash (bb-offer-repository-trash.c). Delete moves the offer out of every list
 * into the trash, noting when by the database's clock; restore brings it back, from
 * any window, until it is purged: once it has been there BB_OFFER_TRASH_DAYS days,
 * when a window opens. Purging zeroes what the offer leaves in the file. */
#define BB_OFFER_TRASH_DAYS 30

gboolean     bb_offer_repository_delete                (BbOfferRepository   *self,
                                                        gint64               id,
                                                        GError             **error);
gboolean     bb_offer_repository_restore               (BbOfferRepository   *self,
                                                        gint64               id,
                                                        GError             **error);
/* BbDeletedOffer items, the most recently deleted first. */
GListModel  *bb_offer_repository_list_deleted          (BbOfferRepository   *self,
                                                        GError             **error);
/* Removes for good the offers deleted more than @days days ago. */
gboolean     bb_offer_repository_purge_trash           (BbOfferRepository   *self,
                                                        guint                days,
                                                        GError             **error);
/* The same on a second connection, so a window opens without waiting for it. */
void         bb_offer_repository_purge_trash_async     (BbOfferRepository   *self,
                                                        guint                days,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean     bb_offer_repository_purge_trash_finish    (BbOfferRepository   *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/* Removes every deleted offer for good, however recently deleted. */
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
/* A window of those ids: up to @limit from @offset on (G_MAXUINT: all). */
GArray      *bb_offer_repository_query_page            (BbOfferRepository   *self,
                                                        const BbOfferQuery  *query,
                                                        guint                offset,
                                                        guint                limit,
                                                        GError             **error);
/* How many offers the query selects; -1 on failure. */
gint64       bb_offer_repository_query_count           (BbOfferRepository   *self,
                                                        const BbOfferQuery  *query,
                                                        GError             **error);
/* Where offer @id is in the query's order, or G_MAXUINT when it does not select it. */
gboolean     bb_offer_repository_query_position        (BbOfferRepository   *self,
                                                        const BbOfferQuery  *query,
                                                        gint64               id,
                                                        guint               *position,
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

/* Sorts each record of @import into new, updated, unchanged or conflict (fields edited
 * here since the offer was last imported or exported) against what is stored (matched
 * by uuid), and flags possible duplicates (same title and provider as another offer).
 * Rejected records stay rejected. Writes nothing. */
gboolean     bb_offer_repository_prepare_import        (BbOfferRepository   *self,
                                                        BbImport            *import,
                                                        GError             **error);
/* Writes the records bb_import_record_is_written () says, in one transaction: all of
 * them or none. Sets the import's id when it changed anything. */
gboolean     bb_offer_repository_commit_import         (BbOfferRepository   *self,
                                                        BbImport            *import,
                                                        GError             **error);
/* Puts every offer the import changed back as it was, and removes what it created, in
 * one transaction the history records. BB_DATABASE_ERROR_NOT_FOUND once undone. */
gboolean     bb_offer_repository_undo_import           (BbOfferRepository   *self,
                                                        gint64               import_id,
                                                        GError             **error);
void         bb_offer_repository_undo_import_async     (BbOfferRepository   *self,
                                                        gint64               import_id,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean     bb_offer_repository_undo_import_finish    (BbOfferRepository   *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/* The import that made the offer's newest change, when it can still be undone; 0 when
 * none (an edit here since, say). */
gint64       bb_offer_repository_find_undoable_import  (BbOfferRepository   *self,
                                                        gint64               offer_id,
                                                        GError             **error);
/* What the import's undo puts back: the offers it changed, and those it created. */
gboolean     bb_offer_repository_count_import_offers   (BbOfferRepository   *self,
                                                        gint64               import_id,
                                                        guint               *n_changed,
                                                        guint               *n_created,
                                                        GError             **error);
/* After an export of every offer: the file holds them as they are now. */
gboolean     bb_offer_repository_mark_exported         (BbOfferRepository   *self,
                                                        GError             **error);

G_END_DECLS
