/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-plan-section.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_TRIALS_SECTION (bb_plan_trials_section_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanTrialsSection, bb_plan_trials_section, BB, PLAN_TRIALS_SECTION, BbPlanSection)

/* Trial actions, each with its learning reviews (date, what worked, what did not, the
 * decision: continue, adjust or drop). Add a trial action (Ctrl+Shift+T), expand one
 * to see and add its reviews; activate a review to edit it; delete either with
 * Undo. */
void bb_plan_trials_section_add_trial  (BbPlanTrialsSection *self);
void bb_plan_trials_section_add_review (BbPlanTrialsSection *self,
                                        gint64               trial_id);

G_END_DECLS
