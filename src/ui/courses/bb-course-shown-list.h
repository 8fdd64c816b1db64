/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-course-list.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_SHOWN_LIST (bb_course_shown_list_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseShownList, bb_course_shown_list, BB, COURSE_SHOWN_LIST, GObject)

/* The rows of a BbCourseList less the one course whose delete waits for its toast:
 * the course stays in the database until the toast goes, so Undo loses nothing. */
BbCourseShownList *bb_course_shown_list_new        (BbCourseList      *courses);
/* 0 shows every row again. */
void               bb_course_shown_list_set_hidden (BbCourseShownList *self,
                                                    gint64             id);
gint64             bb_course_shown_list_get_hidden (BbCourseShownList *self);
/* G_MAXUINT when the course is not shown. */
guint              bb_course_shown_list_find       (BbCourseShownList *self,
                                                    gint64             id);
gint64             bb_course_shown_list_get_id     (BbCourseShownList *self,
                                                    guint              position);

G_END_DECLS
