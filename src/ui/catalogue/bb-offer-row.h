/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-clock.h"
#include "bb-offer.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER_ROW (bb_offer_row_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferRow, bb_offer_row, BB, OFFER_ROW, GtkWidget)

/* A row of the offer list: title (up to two lines), provider and steps, target groups,
 * access and status, and how long the offer has gone without review once it needs one
 * by @clock's today. Named by the title for screen readers. */
BbOfferRow *bb_offer_row_new       (BbClock    *clock);
BbOffer    *bb_offer_row_get_offer (BbOfferRow *self);
void        bb_offer_row_set_offer (BbOfferRow *self,
                                    BbOffer    *offer);

G_END_DECLS
