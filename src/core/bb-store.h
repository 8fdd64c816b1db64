/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-coverage.h"
#include "bb-import.h"
#include "bb-offer.h"

G_BEGIN_DECLS

#define BB_STORE_ERROR (bb_store_error_quark ())

typedef enum
{
  BB_STORE_ERROR_NO_FOLDER,
  BB_STORE_ERROR_READ_ONLY,
  BB_STORE_ERROR_CORRUPT,
  BB_STORE_ERROR_TOO_NEW,
  BB_STORE_ERROR_BUSY,
  BB_STORE_ERROR_FULL,
  BB_STORE_ERROR_NOT_FOUND,
  BB_STORE_ERROR_INVALID,
  BB_STORE_ERROR_IN_USE,
  BB_STORE_ERROR_FAILED,
} BbStoreError;

GQuark bb_store_error_quark (void);

#define BB_TYPE_STORE (bb_store_get_type ())
G_DECLARE_FINAL_TYPE (BbStore, bb_store, BB, STORE, GObject)

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

/* The newest schema this program knows. */
int          bb_store_get_schema_version   (void);
/* $XDG_DATA_HOME/brobygger/brobygger.db */
char        *bb_store_dup_default_path     (void);
/* Creates the folder (0700) when create_folder is set; otherwise a missing folder is
 * BB_STORE_ERROR_NO_FOLDER. A new file is created 0600. Never changes a file it refuses. */
BbStore     *bb_store_open                 (const char       *path,
                                            gboolean          create_folder,
                                            GError          **error);
const char  *bb_store_get_path             (BbStore          *self);
/* The name written into change history ("changed by"). */
const char  *bb_store_get_user_name        (BbStore          *self);
void         bb_store_set_user_name        (BbStore          *self,
                                            const char       *user_name);

/* Offers. Every write emits ::offers-changed once it has committed. */
BbOffer     *bb_store_get_offer            (BbStore          *self,
                                            gint64            id,
                                            GError          **error);
/* NULL without error when no offer has this uuid. */
BbOffer     *bb_store_find_offer_by_uuid   (BbStore          *self,
                                            const char       *uuid,
                                            GError          **error);
/* Validates, then inserts (id 0) or updates the offer with its contacts and its links to
 * target groups and steps, creating providers, target groups and steps that have no id
 * yet (matched by name first), and records each changed field in the history. Sets the
 * ids, created and modified on @offer. */
gboolean     bb_store_save_offer           (BbStore          *self,
                                            BbOffer          *offer,
                                            GError          **error);
/* Moves the offer out of every list; bb_store_restore_offer brings it back until
 * bb_store_purge_deleted_offers removes it for good. */
gboolean     bb_store_delete_offer         (BbStore          *self,
                                            gint64            id,
                                            GError          **error);
gboolean     bb_store_restore_offer        (BbStore          *self,
                                            gint64            id,
                                            GError          **error);
gboolean     bb_store_purge_deleted_offers (BbStore          *self,
                                            GError          **error);
gboolean     bb_store_mark_offer_reviewed  (BbStore          *self,
                                            gint64            id,
                                            GDate            *date,
                                            GError          **error);
/* BbOfferChange items, newest first. */
GListModel  *bb_store_list_offer_history   (BbStore          *self,
                                            gint64            id,
                                            GError          **error);
/* The ids of the offers the query selects, in its order (a GArray of gint64).
 * Searching and filtering happen in SQLite. */
GArray      *bb_store_query_offer_ids      (BbStore          *self,
                                            const BbOfferQuery *query,
                                            GError          **error);
guint        bb_store_count_offers         (BbStore          *self,
                                            GError          **error);
typedef gboolean (*BbOfferFunc) (BbOffer  *offer,
                                 gpointer  user_data,
                                 GError  **error);
/* Calls @func for every offer (not deleted) ordered by title, loading one at a time. */
gboolean     bb_store_foreach_offer        (BbStore          *self,
                                            BbOfferFunc       func,
                                            gpointer          user_data,
                                            GError          **error);

/* Providers, target groups and steps: small user-edited lists. */
GListModel  *bb_store_list_providers       (BbStore          *self,
                                            GError          **error);
gboolean     bb_store_save_provider        (BbStore          *self,
                                            BbProvider       *provider,
                                            GError          **error);
/* BB_STORE_ERROR_IN_USE while an offer names it. */
gboolean     bb_store_delete_provider      (BbStore          *self,
                                            gint64            id,
                                            GError          **error);
GListModel  *bb_store_list_target_groups   (BbStore          *self,
                                            GError          **error);
gboolean     bb_store_save_target_group    (BbStore          *self,
                                            BbTargetGroup    *target_group,
                                            GError          **error);
gboolean     bb_store_delete_target_group  (BbStore          *self,
                                            gint64            id,
                                            GError          **error);
GListModel  *bb_store_list_steps           (BbStore          *self,
                                            GError          **error);
gboolean     bb_store_save_step            (BbStore          *self,
                                            BbStep           *step,
                                            GError          **error);
gboolean     bb_store_delete_step          (BbStore          *self,
                                            gint64            id,
                                            GError          **error);

/* Active offers per target group × step. */
BbCoverage  *bb_store_count_coverage       (BbStore          *self,
                                            GError          **error);

/* Sorts each record of @import into new, updated or unchanged against what is stored
 * (matched by uuid), and flags possible duplicates (same title and provider as another
 * offer). Rejected records stay rejected. Writes nothing. */
gboolean     bb_store_prepare_import       (BbStore          *self,
                                            BbImport         *import,
                                            GError          **error);
/* Writes the new and updated records in one transaction: all of them or none. */
gboolean     bb_store_commit_import        (BbStore          *self,
                                            BbImport         *import,
                                            GError          **error);

/* The same, on a connection of their own in a worker thread, so a large catalogue does
 * not freeze the window. @import must not be touched until the callback. The commit
 * emits ::changed on @self when it has landed. */
void         bb_store_prepare_import_async  (BbStore            *self,
                                             BbImport           *import,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
gboolean     bb_store_prepare_import_finish (BbStore            *self,
                                             GAsyncResult       *result,
                                             GError            **error);
void         bb_store_commit_import_async   (BbStore            *self,
                                             BbImport           *import,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
gboolean     bb_store_commit_import_finish  (BbStore            *self,
                                             GAsyncResult       *result,
                                             GError            **error);

G_END_DECLS
