/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-course-repository.h"
#include "bb-month-figures.h"
#include "bb-plan-repository.h"

G_BEGIN_DECLS

/* The figure of @kind in the month: NAN when the month has none to give (no course
 * to count it over) and for MANUAL, which no month gives. */
double   bb_month_figures_get_value       (const BbMonthFigures  *figures,
                                           BbIndicatorKind        kind);

/* Fills the course-figure indicator @indicator_id with its figure of every month from
 * @from_month to @to_month (YYYY-MM) of the courses here, of its adviser's courses
 * when it names one; measurements dated the first of each month, origin COURSES.
 * Typed measurements stay. BB_PLAN_ERROR_INVALID for a typed-in indicator. */
gboolean bb_plan_indicator_compute        (BbPlanRepository     *plans,
                                           BbCourseRepository   *courses,
                                           gint64                indicator_id,
                                           const char           *from_month,
                                           const char           *to_month,
                                           GError              **error);
/* The same from a figure file an adviser exported (--export-figures), origin
 * FIGURE_FILE; BB_PLAN_ERROR_FILE naming the file when it cannot be read. */
gboolean bb_plan_indicator_import_figures (BbPlanRepository     *plans,
                                           gint64                indicator_id,
                                           GFile                *figure_file,
                                           GError              **error);

G_END_DECLS
