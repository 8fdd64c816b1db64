/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-plan-section.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_TIMELINE (bb_plan_timeline_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanTimeline, bb_plan_timeline, BB, PLAN_TIMELINE, BbPlanSection)

/* The plan's activities by month: a bar each on one month scale, coloured by status,
 * today marked, overdue ones flagged, filtered by core element or responsible.
 * A GtkListView of rows in a horizontal scroll, so a plan of hundreds of activities
 * makes widgets only for the rows in view. Activating a row edits its activity. */

G_END_DECLS
