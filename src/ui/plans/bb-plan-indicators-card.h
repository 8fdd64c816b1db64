/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-plan-records.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_INDICATORS_CARD (bb_plan_indicators_card_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanIndicatorsCard, bb_plan_indicators_card, BB, PLAN_INDICATORS_CARD, GtkBox)

/* One monitoring indicator on the indicators section: what it is (kind, target, unit,
 * core element, adviser), its measurements as a curve against the target (the
 * numbers as text for screen readers) and as a list with where each came from, and
 * buttons for the section's actions (indicators.add-measurement, .compute,
 * .import-figures, .edit, .delete, .delete-measurement), whose target is the id. */
GtkWidget *bb_plan_indicators_card_new (const BbPlanIndicator *indicator,
                                        GPtrArray             *measurements,
                                        const char            *element,
                                        const char            *adviser);

/* "12 days", "85 %", "3.5" as the measurements show a value of @indicator. */
char      *bb_plan_indicator_format_value (const BbPlanIndicator *indicator,
                                           double                 value);

G_END_DECLS
