/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-course-section.h"

G_BEGIN_DECLS

#define BB_TYPE_YOUNG_PERSON_LOG_SECTION (bb_young_person_log_section_get_type ())
G_DECLARE_FINAL_TYPE (BbYoungPersonLogSection, bb_young_person_log_section, BB, YOUNG_PERSON_LOG_SECTION, BbCourseSection)

/* The access log of the course's young person, newest first, read-only: who (the
 * adviser and the account), when, and what was opened, changed, exported or printed. */

G_END_DECLS
