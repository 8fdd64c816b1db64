/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-course.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_ROW (bb_course_row_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseRow, bb_course_row, BB, COURSE_ROW, GtkWidget)

/* A row of the course list: the young person and the status; the adviser and the days
 * since the first contact; the wait for the first conversation, the conversations
 * held and the next meeting. Named by the young person for screen readers. */
BbCourseRow *bb_course_row_new        (void);
BbCourse    *bb_course_row_get_course (BbCourseRow *self);
void         bb_course_row_set_course (BbCourseRow *self,
                                       BbCourse    *course);

G_END_DECLS
