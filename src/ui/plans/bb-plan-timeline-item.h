/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bb-plan-records.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_TIMELINE_ITEM (bb_plan_timeline_item_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanTimelineItem, bb_plan_timeline_item, BB, PLAN_TIMELINE_ITEM, GObject)

/* An activity as a list item of the activities section and the timeline: the record,
 * its months on the timeline's scale, whether it is overdue on @today, and the words
 * a screen reader says for it: "Kick-off meeting, March to May 2026, in progress,
 * overdue". */
BbPlanTimelineItem   *bb_plan_timeline_item_new             (const BbPlanActivity *activity,
                                                             const GDate          *today);
const BbPlanActivity *bb_plan_timeline_item_get_activity    (BbPlanTimelineItem   *self);
/* Fractional months (see bb_plan_timeline_month_of ()); NAN without dates. */
double                bb_plan_timeline_item_get_from        (BbPlanTimelineItem   *self);
double                bb_plan_timeline_item_get_to          (BbPlanTimelineItem   *self);
gboolean              bb_plan_timeline_item_get_overdue     (BbPlanTimelineItem   *self);
/* "March to May 2026", "November 2025 to February 2026", "March 2026", "No dates". */
const char           *bb_plan_timeline_item_get_period      (BbPlanTimelineItem   *self);
const char           *bb_plan_timeline_item_get_description (BbPlanTimelineItem   *self);

G_END_DECLS
