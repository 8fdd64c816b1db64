/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-plan-section.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_ACTIVITIES_SECTION (bb_plan_activities_section_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanActivitiesSection, bb_plan_activities_section, BB, PLAN_ACTIVITIES_SECTION, BbPlanSection)

/* The plan's activities as a list: title, responsible, period, status and the
 * overdue flag; Add (Ctrl+Shift+A) and activating a row open the activity dialog,
 * the delete button deletes with Undo on a toast. */
void bb_plan_activities_section_add_activity (BbPlanActivitiesSection *self);

G_END_DECLS
