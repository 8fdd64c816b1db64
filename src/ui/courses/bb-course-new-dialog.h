/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_COURSE_NEW_DIALOG (bb_course_new_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BbCourseNewDialog, bb_course_new_dialog, BB, COURSE_NEW_DIALOG, AdwWindow)

/* Asks for what a course needs to begin: the young person's name or pseudonym, the
 * first contact (today by the context's clock unless changed) and the responsible
 * adviser (the one named in Preferences to begin with). Creates the young person and
 * the course in one transaction, emits "created" with the course's id and closes. */
BbCourseNewDialog *bb_course_new_dialog_new (BbContext *context);

G_END_DECLS
