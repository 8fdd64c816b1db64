/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-offer-editor-section.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFER_AUDIENCE_SECTION (bb_offer_audience_section_get_type ())
G_DECLARE_FINAL_TYPE (BbOfferAudienceSection, bb_offer_audience_section, BB, OFFER_AUDIENCE_SECTION, BbOfferEditorSection)

/* Whom the offer is for: its target groups, steps and ages. */

/* The stored target groups (BbTargetGroup) and steps (BbStep) to tick; set before
 * the offer. */
void bb_offer_audience_section_set_lists (BbOfferAudienceSection *self,
                                          GListModel             *target_groups,
                                          GListModel             *steps);

G_END_DECLS
