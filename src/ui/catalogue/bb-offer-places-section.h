/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-offer-rows-section.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER_PLACES_SECTION (bb_offer_places_section_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferPlacesSection, bb_offer_places_section, BB, OFFER_PLACES_SECTION, BbOfferRowsSection)

/* The places where the offer is given (its Open Referral locations): a row a place,
 * with its name, address and coordinates. */

G_END_DECLS
