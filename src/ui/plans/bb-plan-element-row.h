/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-plan-records.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_ELEMENT_ROW (bb_plan_element_row_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanElementRow, bb_plan_element_row, BB, PLAN_ELEMENT_ROW, AdwExpanderRow)

/* A core element on the plan page: its latest fidelity in the row, and opened, its
 * description, the figure measured for it, its fidelity history as a chart and as
 * text. Signals "rate", "rename" and "delete" (the last two for the plan's own
 * elements only, which no model names). */
BbPlanElementRow    *bb_plan_element_row_new         (void);
/* Copies @element; @ratings (BbFidelityRating, oldest first) and @measured (NULL:
 * none) are shown as they are. */
void                 bb_plan_element_row_set_element (BbPlanElementRow    *self,
                                                      const BbPlanElement *element,
                                                      GPtrArray           *ratings,
                                                      const char          *measured);
const BbPlanElement *bb_plan_element_row_get_element (BbPlanElementRow    *self);

G_END_DECLS
