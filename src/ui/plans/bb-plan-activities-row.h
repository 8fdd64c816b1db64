/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "bb-plan-timeline-item.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_ACTIVITIES_ROW (bb_plan_activities_row_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanActivitiesRow, bb_plan_activities_row, BB, PLAN_ACTIVITIES_ROW, GtkWidget)

/* An activity in the activities section's list: the overdue flag, its title, then
 * responsible · period · status, and a delete button (activities.delete). */
GtkWidget          *bb_plan_activities_row_new      (void);
void                bb_plan_activities_row_set_item (BbPlanActivitiesRow *self,
                                                     BbPlanTimelineItem  *item);
BbPlanTimelineItem *bb_plan_activities_row_get_item (BbPlanActivitiesRow *self);

G_END_DECLS
