/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "bb-plan-enums.h"

G_BEGIN_DECLS

/* The month scale every row of the timeline shares: the first month shown (months
 * since year 0: year * 12 + month - 1), how many, and today as a fractional month
 * on the same count. */
typedef struct
{
  int    first_month;
  int    n_months;
  double today;
} BbPlanTimelineScale;

/* The width of one month on the timeline, in pixels. */
#define BB_PLAN_TIMELINE_MONTH_WIDTH 56

/* A date as a fractional month on the scale's count: the 1st of March 2026 is
 * 2026 * 12 + 2; @end TRUE counts the whole day (an activity ending on the 31st
 * fills its month). NAN for NULL or no date. */
double bb_plan_timeline_month_of (const char *iso_date,
                                  gboolean    end);

/* The month's name (1 to 12) in the UI language, as dates show it. */
const char *bb_plan_timeline_month_name (int month);

#define BB_TYPE_PLAN_TIMELINE_BAR (bb_plan_timeline_bar_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanTimelineBar, bb_plan_timeline_bar, BB, PLAN_TIMELINE_BAR, GtkWidget)

/* One activity's bar over the shared month scale, drawn with GtkSnapshot in the
 * style's colours: accent for in progress, success for done, warning for overdue,
 * dimmed for planned, postponed and cancelled; month lines and today's line behind.
 * Without an activity (set_header) it draws the months' names instead. */
void bb_plan_timeline_bar_set_scale    (BbPlanTimelineBar         *self,
                                        const BbPlanTimelineScale *scale);
/* @from and @to fractional months (NAN: no bar). */
void bb_plan_timeline_bar_set_activity (BbPlanTimelineBar         *self,
                                        double                     from,
                                        double                     to,
                                        BbActivityStatus           status,
                                        gboolean                   overdue);
void bb_plan_timeline_bar_set_header   (BbPlanTimelineBar         *self,
                                        gboolean                   header);

G_END_DECLS
