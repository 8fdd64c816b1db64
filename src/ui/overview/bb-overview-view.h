/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BB_TYPE_OVERVIEW_VIEW (bb_overview_view_get_type ())
G_DECLARE_FINAL_TYPE (BbOverviewView, bb_overview_view, BB, OVERVIEW_VIEW, GtkWidget)

/* The overview: the figures of the courses, the catalogue and the plans as cards of
 * charts for a period and an adviser, each point leading to the rows behind it
 * (win.show-filtered), exported as a one-page PDF or as CSV. A BbView. */

/* Whether a computation is running (for tests: wait until it is not). */
gboolean    bb_overview_view_get_busy      (BbOverviewView *self);

G_END_DECLS
