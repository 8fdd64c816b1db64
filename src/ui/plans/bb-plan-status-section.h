/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-plan-section.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_STATUS_SECTION (bb_plan_status_section_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanStatusSection, bb_plan_status_section, BB, PLAN_STATUS_SECTION, BbPlanSection)

/* The plan's status (draft, active, completed) and implementation stage: a new stage
 * asks for the date it began (today to begin with); the stages so far, with dates. */

G_END_DECLS
