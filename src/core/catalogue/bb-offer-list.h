/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-id-list.h"
#include "bb-offer-repository.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER_LIST (bb_offer_list_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferList, bb_offer_list, BB, OFFER_LIST, BbIdList)

/* A GListModel of the BbOffers a query selects, a window of them at a time (BbIdList):
 * it loads an offer when a row asks for it. It follows the offers: after every write to
 * them it asks again. */
BbOfferList *bb_offer_list_new       (BbOfferRepository  *offers);
/* Copies @query (and its search text) and asks the repository at once. */
void         bb_offer_list_set_query (BbOfferList        *self,
                                      const BbOfferQuery *query);
/* G_MAXUINT when the offer is not in the list. */
guint        bb_offer_list_find      (BbOfferList        *self,
                                      gint64              id);
/* 0 past the end. */
gint64       bb_offer_list_get_id    (BbOfferList        *self,
                                      guint               position);

G_END_DECLS
