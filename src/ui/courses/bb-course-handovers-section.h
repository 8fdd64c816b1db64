/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"
#include "bb-course-section.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_HANDOVERS_SECTION (bb_course_handovers_section_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseHandoversSection, bb_course_handovers_section, BB, COURSE_HANDOVERS_SECTION, BbCourseSection)

/* The offers the course is linked to (through a searchable picker of the catalogue),
 * each with its state and hand-over note, and the hand-over letter (save or print).
 * A section of the course page: properties "context" (BbContext) and "course-id"
 * (gint64, 0 for none). It writes through the course repository as the user works. */

G_END_DECLS
