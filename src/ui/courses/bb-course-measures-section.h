/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"
#include "bb-course-section.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_MEASURES_SECTION (bb_course_measures_section_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseMeasuresSection, bb_course_measures_section, BB, COURSE_MEASURES_SECTION, BbCourseSection)

/* The course's outcome measures: entering an instrument's items, and each instrument
 * drawn over time against its range, cut-offs and reliable change.
 * A section of the course page: properties "context" (BbContext) and "course-id"
 * (gint64, 0 for none). It writes through the course repository as the user works. */

G_END_DECLS
