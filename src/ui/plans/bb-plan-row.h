/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-plan.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_ROW (bb_plan_row_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanRow, bb_plan_row, BB, PLAN_ROW, GtkWidget)

/* A plan in the list: its title, model and version, organisation and owner, stage and
 * period, the share of its activities done and how many are overdue. */
BbPlanRow *bb_plan_row_new      (void);
/* NULL empties the row (a row waiting for reuse holds no plan). */
void       bb_plan_row_set_plan (BbPlanRow *self,
                                 BbPlan    *plan);

/* Words the row and the plan page share. */
/* "Youth intervention model 2023", or "Blank plan". */
char      *bb_plan_dup_model_text  (BbPlan *plan);
/* "1. januar 2026 – 31. december 2026", "From …", "Until …" or NULL. */
char      *bb_plan_dup_period_text (BbPlan *plan);

G_END_DECLS
