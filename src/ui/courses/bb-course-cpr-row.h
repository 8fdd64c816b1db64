/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BB_TYPE_COURSE_CPR_ROW (bb_course_cpr_row_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseCprRow, bb_course_cpr_row, BB, COURSE_CPR_ROW, AdwActionRow)

/* The row under a field of a young person's data that appears the moment the field
 * holds a CPR-shaped number (bb-cpr.h), with a button that takes the number out.
 * Property "field": the GtkEditable or GtkTextView it watches. */
GtkWidget *bb_course_cpr_row_get_field (BbCourseCprRow *self);
void       bb_course_cpr_row_set_field (BbCourseCprRow *self,
                                        GtkWidget      *field);

G_END_DECLS
