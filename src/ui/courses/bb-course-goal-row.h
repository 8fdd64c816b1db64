/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-course-records.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_GOAL_ROW (bb_course_goal_row_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseGoalRow, bb_course_goal_row, BB, COURSE_GOAL_ROW, AdwExpanderRow)

/* A goal of the course in the plan, folded to its text and progress. Signals "edited"
 * on each edit and "remove" when the user removes it. */
BbCourseGoalRow *bb_course_goal_row_new (const BbCourseGoal *goal);
/* The goal as the fields hold it; FALSE, naming the field, for a progress that is not
 * a whole number from 0 to 10. */
gboolean         bb_course_goal_row_dup (BbCourseGoalRow    *self,
                                         BbCourseGoal      **goal_out,
                                         GError            **error);

G_END_DECLS
