/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_PAGE (bb_course_page_get_type ())
G_DECLARE_FINAL_TYPE (BbCoursePage, bb_course_page, BB, COURSE_PAGE, AdwBin)

/* One course, in sections: the courses view shows it beside its list. Properties
 * "context" (BbContext) and "course-id" (gint64, 0 for none: the page is empty). */
BbCoursePage *bb_course_page_new           (void);
gint64        bb_course_page_get_course_id (BbCoursePage *self);
void          bb_course_page_set_course_id (BbCoursePage *self,
                                            gint64        course_id);

G_END_DECLS
