/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-plan-section.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_COMPETENCE_SECTION (bb_plan_competence_section_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanCompetenceSection, bb_plan_competence_section, BB, PLAN_COMPETENCE_SECTION, BbPlanSection)

/* Competence development: each course or training day, its participants and its
 * evaluation (the share rating it 4 or 5 of 5, the share who used the knowledge
 * afterwards, typed as percentages). Add (Ctrl+Shift+K), activate to edit, delete
 * with Undo. */
void bb_plan_competence_section_add_event (BbPlanCompetenceSection *self);

G_END_DECLS
