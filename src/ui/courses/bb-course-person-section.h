/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-course-section.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_PERSON_SECTION (bb_course_person_section_get_type ())
G_DECLARE_FINAL_TYPE (BbCoursePersonSection, bb_course_person_section, BB, COURSE_PERSON_SECTION, BbCourseSection)

/* The young person of the course: name or pseudonym, birth date and age, contact
 * details, what they do in the daytime, parents or guardians, consent. Its item is
 * the BbYoungPerson the page saves. */

G_END_DECLS
