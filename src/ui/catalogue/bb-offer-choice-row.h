/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BB_TYPE_OFFER_CHOICE_ROW (bb_offer_choice_row_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferChoiceRow, bb_offer_choice_row, BB, OFFER_CHOICE_ROW, AdwActionRow)

/* A target group or step (@item) to tick for an offer. Property "active": ticked. */
BbOfferChoiceRow *bb_offer_choice_row_new        (GObject          *item);
GObject          *bb_offer_choice_row_get_item   (BbOfferChoiceRow *self);
gboolean          bb_offer_choice_row_get_active (BbOfferChoiceRow *self);
void              bb_offer_choice_row_set_active (BbOfferChoiceRow *self,
                                                  gboolean          active);

G_END_DECLS
