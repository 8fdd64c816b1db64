/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of the offer repository: bb-offer-repository.c (loading and
 * saving), -query.c (finding), -import.c (importing) and -trash.c (deleting). */

#include "bb-offer-repository.h"

G_BEGIN_DECLS

struct _BbOfferRepository
{
  GObject     parent_instance;

  BbDatabase *database;
  guint       search_hook;
};

/* Records one change of an offer in its history, inside the caller's transaction. */
gboolean _bb_offer_repository_add_history (BbOfferRepository  *self,
                                           gint64              offer_id,
                                           const char         *changed_at,
                                           const char         *field,
                                           const char         *old_value,
                                           const char         *new_value,
                                           GError            **error);

/* bb-offer-repository-hsds.c: what offers and providers hold beyond the form, so that
 * Open Referral files come back out as they came in. Inside the caller's transaction. */
gboolean _bb_offer_repository_load_details     (BbOfferRepository  *self,
                                                BbOffer            *offer,
                                                GError            **error);
/* After the offer's row and contacts are written; @before is NULL for a new offer. */
gboolean _bb_offer_repository_write_details    (BbOfferRepository  *self,
                                                BbOffer            *offer,
                                                BbOffer            *before,
                                                GError            **error);
/* The history of a new offer: its file's, or "created". */
gboolean _bb_offer_repository_add_first_history (BbOfferRepository *self,
                                                 BbOffer           *offer,
                                                 const char        *now,
                                                 GError           **error);
/* The modification time to store: the file's, when it says one, else @now. */
char    *_bb_offer_repository_dup_modified     (BbOffer            *offer,
                                                BbOffer            *before,
                                                const char         *now);
/* Gives a provider that a file named by its organization id the id of the provider
 * with that uuid, or a row of its own when only its name is taken. */
gboolean _bb_offer_repository_resolve_provider (BbOfferRepository  *self,
                                                BbProvider         *provider,
                                                GError            **error);
/* bb-offer-repository-query.c. The number of offers @query selects, counted on
 * @connection (a job's, in a worker thread). */
gint64   _bb_offer_repository_count_on         (BbDatabase         *connection,
                                                const BbOfferQuery *query,
                                                GError            **error);

G_END_DECLS
