/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-young-person.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_GUARDIAN_ROW (bb_course_guardian_row_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseGuardianRow, bb_course_guardian_row, BB, COURSE_GUARDIAN_ROW, AdwExpanderRow)

/* A parent or guardian in the young person's section, folded to their name and
 * relation. Signals "edited" on each edit and "remove" when the user removes them. */
BbCourseGuardianRow *bb_course_guardian_row_new   (const BbGuardian    *guardian);
/* The guardian as the fields hold it (with the id it was loaded with). */
BbGuardian          *bb_course_guardian_row_dup   (BbCourseGuardianRow *self);

G_END_DECLS
