/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-course-repository.h"
#include "bb-id-list.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_LIST (bb_course_list_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseList, bb_course_list, BB, COURSE_LIST, BbIdList)

/* A GListModel of the BbCourses a query selects, as list rows (bb_course_repository_get:
 * figures, names, no staff or goals, nothing logged), a window of them at a time
 * (BbIdList): it loads a course when a row asks for it. It follows the courses: after
 * every write to them it asks again. */
BbCourseList *bb_course_list_new       (BbCourseRepository  *courses);
/* Copies @query (and its search text) and asks the repository at once. */
void          bb_course_list_set_query (BbCourseList        *self,
                                        const BbCourseQuery *query);
/* G_MAXUINT when the course is not in the list. */
guint         bb_course_list_find      (BbCourseList        *self,
                                        gint64               id);
/* 0 past the end. */
gint64        bb_course_list_get_id    (BbCourseList        *self,
                                        guint                position);

G_END_DECLS
