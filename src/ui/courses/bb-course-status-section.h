/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-course-section.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_STATUS_SECTION (bb_course_status_section_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseStatusSection, bb_course_status_section, BB, COURSE_STATUS_SECTION, BbCourseSection)

/* The course's status and its dated history, and the form that changes it: only the
 * changes the status machine allows from here, dated today unless the user says
 * otherwise; ending the course takes its reason and onward offer. A refused change
 * shows the repository's reason and keeps the form as it was. */

G_END_DECLS
