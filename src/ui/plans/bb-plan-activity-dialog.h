/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-context.h"
#include "bb-plan-form-dialog.h"
#include "bb-plan-records.h"

G_BEGIN_DECLS

/* An activity of a plan to add or edit (@activity NULL: a new one of @plan_id,
 * planned, starting today by the context's clock), every field of BbPlanActivity in
 * groups: what, who and when, the core element and focus area it serves (from the
 * plan's own), status and progress, and the implementation-research specification.
 * Save validates and writes through the plan repository. */
BbPlanFormDialog *bb_plan_activity_dialog_new (BbContext            *context,
                                               gint64                plan_id,
                                               const BbPlanActivity *activity);

G_END_DECLS
