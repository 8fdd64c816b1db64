/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-offer-editor-section.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER_BASICS_SECTION (bb_offer_basics_section_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferBasicsSection, bb_offer_basics_section, BB, OFFER_BASICS_SECTION, BbOfferEditorSection)

/* What the offer is and who runs it: title, summary, description, legal basis,
 * keywords and the provider. Grabbing its focus puts the cursor in the title. */

/* The stored providers (BbProvider) to choose from; set before the offer. A name
 * typed that none of them has is a new provider, which asks for its sector and
 * department. */
void bb_offer_basics_section_set_providers (BbOfferBasicsSection *self,
                                            GListModel           *providers);

G_END_DECLS
