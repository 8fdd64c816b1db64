/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-course-section.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_TIMELINE_SECTION (bb_course_timeline_section_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseTimelineSection, bb_course_timeline_section, BB, COURSE_TIMELINE_SECTION, BbCourseSection)

/* Everything that happened in the course, newest first: status changes, meetings,
 * measures and hand-overs, kept up to date as any of them changes. */

G_END_DECLS
