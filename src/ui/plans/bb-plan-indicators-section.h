/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-plan-section.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_INDICATORS_SECTION (bb_plan_indicators_section_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanIndicatorsSection, bb_plan_indicators_section, BB, PLAN_INDICATORS_SECTION, BbPlanSection)

/* The monitoring indicators, a card each (bb-plan-indicators-card.h): add and edit
 * indicators (Ctrl+Shift+M), type a measurement, compute a course figure from the
 * courses here for a period, or import the figure file an adviser exported;
 * deleting an indicator or a measurement offers Undo. Errors in words, on the
 * dialog or as a toast. */
void bb_plan_indicators_section_add_indicator   (BbPlanIndicatorsSection *self);
void bb_plan_indicators_section_add_measurement (BbPlanIndicatorsSection *self,
                                                 gint64                   indicator_id);

G_END_DECLS
