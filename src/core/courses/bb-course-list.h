/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-course-repository.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_LIST (bb_course_list_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseList, bb_course_list, BB, COURSE_LIST, GObject)

/* A GListModel of the BbCourses a query selects, as list rows (bb_course_repository_get:
 * figures, names, no staff or goals, nothing logged). It holds only their ids and loads
 * a course when a row asks for it, so 100,000 courses cost an array of ids. It follows
 * the courses: after every write to them it asks again. */
BbCourseList *bb_course_list_new       (BbCourseRepository  *courses);
/* Copies @query (and its search text) and asks the repository at once. */
void          bb_course_list_set_query (BbCourseList        *self,
                                        const BbCourseQuery *query);
/* G_MAXUINT when the course is not in the list. */
guint         bb_course_list_find      (BbCourseList        *self,
                                        gint64               id);
gint64        bb_course_list_get_id    (BbCourseList        *self,
                                        guint                position);

G_END_DECLS
