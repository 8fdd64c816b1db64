/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-course-records.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_STAFF_ROW (bb_course_staff_row_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseStaffRow, bb_course_staff_row, BB, COURSE_STAFF_ROW, AdwExpanderRow)

/* A member of staff on the course besides the responsible adviser, with their role.
 * @names lists the advisers to choose from and @ids their ids in the same order (0
 * for "none"); the plan section owns both and keeps them for the row's life. Signals
 * "edited" and "remove". */
BbCourseStaffRow *bb_course_staff_row_new (const BbCourseStaff *staff,
                                           GListModel          *names,
                                           GArray              *ids);
/* NULL while no adviser is chosen. */
BbCourseStaff    *bb_course_staff_row_dup (BbCourseStaffRow    *self);

G_END_DECLS
