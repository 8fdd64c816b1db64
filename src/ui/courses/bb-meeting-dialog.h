/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_MEETING_DIALOG (bb_meeting_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BbMeetingDialog, bb_meeting_dialog, BB, MEETING_DIALOG, AdwWindow)

/* A meeting of a course to add or edit: the first field has the focus, Enter saves
 * through the course repository and closes, Escape closes without saving. A new one
 * (@meeting NULL) is an advisory conversation today by the context's clock. */
BbMeetingDialog *bb_meeting_dialog_new (BbContext *context,
                                        gint64     course_id,
                                        BbMeeting *meeting);

G_END_DECLS
