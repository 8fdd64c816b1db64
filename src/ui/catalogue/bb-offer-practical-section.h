/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-offer-editor-section.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER_PRACTICAL_SECTION (bb_offer_practical_section_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferPracticalSection, bb_offer_practical_section, BB, OFFER_PRACTICAL_SECTION, BbOfferEditorSection)

/* How to get in and where to go: access route, capacity, waiting time, status,
 * location and opening hours. */

G_END_DECLS
