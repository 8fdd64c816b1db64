/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-plan-section.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_ELEMENTS_SECTION (bb_plan_elements_section_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanElementsSection, bb_plan_elements_section, BB, PLAN_ELEMENTS_SECTION, BbPlanSection)

/* The plan's core elements (BbPlanElementRow): latest fidelity, history, the figure of
 * an indicator linked to the element, Rate…; the plan's own elements are added,
 * renamed and deleted here. */

G_END_DECLS
