/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-plan-section.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_QUESTIONS_SECTION (bb_plan_questions_section_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanQuestionsSection, bb_plan_questions_section, BB, PLAN_QUESTIONS_SECTION, BbPlanSection)

/* The rows of seed 001 a plan answers with its guiding questions: the nine structural
 * challenges (rated low / medium / high, with a note) or, with "focus-areas" set, the
 * eight organisational focus areas (with the adaptations planned). Saved as the user
 * types. */

G_END_DECLS
