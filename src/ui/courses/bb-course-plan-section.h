/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-course-section.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_PLAN_SECTION (bb_course_plan_section_get_type ())
G_DECLARE_FINAL_TYPE (BbCoursePlanSection, bb_course_plan_section, BB, COURSE_PLAN_SECTION, BbCourseSection)

/* The course's plan: referral, first contact, the planned number of advisory
 * conversations, goals with progress, the holistic assessment, the staff and the
 * notes. Its item is the BbCourse the page saves. */

G_END_DECLS
