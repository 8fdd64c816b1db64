/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-offer-rows-section.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER_HOURS_SECTION (bb_offer_hours_section_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferHoursSection, bb_offer_hours_section, BB, OFFER_HOURS_SECTION, BbOfferRowsSection)

/* The offer's own opening hours by weekday (its structured schedules, as an Open
 * Referral file has them): a row a range, several a day, none on a closed day. A
 * schedule the rows cannot say (monthly, several days, a description) is kept as it
 * is, and shown on the offer's page as before. */

G_END_DECLS
