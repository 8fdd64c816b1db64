/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-offer-rows-section.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER_PHONES_SECTION (bb_offer_phones_section_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferPhonesSection, bb_offer_phones_section, BB, OFFER_PHONES_SECTION, BbOfferRowsSection)

/* The offer's own phones (the service's, as an Open Referral file has them): a row a
 * phone, with its extension apart from the number. */

G_END_DECLS
