/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-plan-section.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_BASICS_SECTION (bb_plan_basics_section_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanBasicsSection, bb_plan_basics_section, BB, PLAN_BASICS_SECTION, BbPlanSection)

/* The plan's own fields: title, organisation, owner, period, purpose and target
 * group, saved as the user types (validated first, the message on the field). */

G_END_DECLS
