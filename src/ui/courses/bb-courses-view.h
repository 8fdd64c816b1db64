/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-view.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSES_VIEW (bb_courses_view_get_type ())
G_DECLARE_FINAL_TYPE (BbCoursesView, bb_courses_view, BB, COURSES_VIEW, GtkWidget)

/* The youth courses: the course list with search, filters, sort and caseloads, and
 * the course beside it (a BbCoursePage). "context" as every view. */

G_END_DECLS
