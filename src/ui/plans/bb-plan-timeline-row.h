/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "bb-plan-timeline-bar.h"
#include "bb-plan-timeline-item.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_TIMELINE_ROW (bb_plan_timeline_row_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanTimelineRow, bb_plan_timeline_row, BB, PLAN_TIMELINE_ROW, GtkWidget)

/* One line of the timeline: the overdue flag, the activity's title and its bar on
 * the shared scale. Its accessible label and tooltip are the item's description.
 * A header row (item NULL) names the months instead. */
GtkWidget          *bb_plan_timeline_row_new      (void);
void                bb_plan_timeline_row_set_item (BbPlanTimelineRow         *self,
                                                   BbPlanTimelineItem        *item,
                                                   const BbPlanTimelineScale *scale);
BbPlanTimelineItem *bb_plan_timeline_row_get_item (BbPlanTimelineRow         *self);

G_END_DECLS
