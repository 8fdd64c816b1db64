/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"
#include "bb-course-section.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_MEETINGS_SECTION (bb_course_meetings_section_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseMeetingsSection, bb_course_meetings_section, BB, COURSE_MEETINGS_SECTION, BbCourseSection)

/* The course's meetings, newest first, with adding, editing and deleting (undo from a toast).
 * A section of the course page: properties "context" (BbContext) and "course-id"
 * (gint64, 0 for none). It writes through the course repository as the user works. */

/* Opens the dialog for a new meeting of the course (Ctrl+N on the course page). */
void bb_course_meetings_section_add_meeting (BbCourseMeetingsSection *self);

G_END_DECLS
