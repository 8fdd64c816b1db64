/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-offer-repository.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER_LIST (bb_offer_list_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferList, bb_offer_list, BB, OFFER_LIST, GObject)

/* A GListModel of the BbOffers a query selects. It holds only their ids and loads an
 * offer when a row asks for it, so a catalogue of 100,000 offers costs an array of ids.
 * It follows the offers: after every write to them it asks again. */
BbOfferList *bb_offer_list_new       (BbOfferRepository  *offers);
/* Copies @query (and its search text) and asks the repository at once. */
void         bb_offer_list_set_query (BbOfferList        *self,
                                      const BbOfferQuery *query);
/* G_MAXUINT when the offer is not in the list. */
guint        bb_offer_list_find      (BbOfferList        *self,
                                      gint64              id);
gint64       bb_offer_list_get_id    (BbOfferList        *self,
                                      guint               position);

G_END_DECLS
