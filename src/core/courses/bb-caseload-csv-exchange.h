/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-caseload-csv.h"
#include "bb-course-repository.h"

G_BEGIN_DECLS

/* Between caseload files and the courses: what the menu and the command line call. */

/* Reads @file on the database's today and notes the advisers it would create: the
 * preview. Commit it with bb_course_repository_commit_caseload. */
BbCaseload *bb_caseload_csv_read_file (BbCourseRepository  *courses,
                                       GFile               *file,
                                       GError             **error);
/* Writes every course to @file (created 0600, replaced only once complete), each
 * logged as exported; @n_courses (optional) is set to how many. */
gboolean    bb_caseload_csv_export    (BbCourseRepository  *courses,
                                       GFile               *file,
                                       guint               *n_courses,
                                       GError             **error);

G_END_DECLS
