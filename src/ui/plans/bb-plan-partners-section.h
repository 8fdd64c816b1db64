/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-plan-section.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_PARTNERS_SECTION (bb_plan_partners_section_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanPartnersSection, bb_plan_partners_section, BB, PLAN_PARTNERS_SECTION, BbPlanSection)

/* The stakeholder analysis: each department or organisation the plan works with, its
 * new tasks, who must be informed, the contact person or ambassador, particular
 * challenges and the collaboration agreement with its date. Add (Ctrl+Shift+R),
 * activate a row to edit it, delete with Undo. */
void bb_plan_partners_section_add_partner (BbPlanPartnersSection *self);

G_END_DECLS
