/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_NEW_DIALOG (bb_plan_new_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanNewDialog, bb_plan_new_dialog, BB, PLAN_NEW_DIALOG, AdwWindow)

/* Asks for a title and the model to start from: each version of each model the
 * context's templates hold, with its description, or a blank plan. Creates the plan,
 * emits "created" with its id and closes. */
BbPlanNewDialog *bb_plan_new_dialog_new (BbContext *context);

G_END_DECLS
