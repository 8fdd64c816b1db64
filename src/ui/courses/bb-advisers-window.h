/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_ADVISERS_WINDOW (bb_advisers_window_get_type ())
G_DECLARE_FINAL_TYPE (BbAdvisersWindow, bb_advisers_window, BB, ADVISERS_WINDOW, AdwWindow)

/* The staff who hold courses, a list the user keeps: add, edit, make inactive, and
 * delete one who holds no course (one who does can only be made inactive, and is
 * told why). */
BbAdvisersWindow *bb_advisers_window_new (BbContext *context);

G_END_DECLS
