/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_COVERAGE_WINDOW (bb_coverage_window_get_type ())
G_DECLARE_FINAL_TYPE (BbCoverageWindow, bb_coverage_window, BB, COVERAGE_WINDOW, AdwWindow)

/* The coverage matrix: active offers per target group × step, gaps and possible
 * overlaps tinted; it follows the catalogue as it changes.
 *
 * Signal "cell-activated" (gint64 target_group_id, gint64 step_id): a cell was clicked;
 * the caller filters its offer list to those offers and may close the window. */
BbCoverageWindow *bb_coverage_window_new (BbContext *context);

G_END_DECLS
