/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BB_TYPE_PLANS_VIEW (bb_plans_view_get_type ())
G_DECLARE_FINAL_TYPE (BbPlansView, bb_plans_view, BB, PLANS_VIEW, GtkWidget)

/* The Plans view of the main window (a BbView): the implementation plans, searched
 * as you type, archived ones on request, and the plan page beside them. Its actions
 * are plans.* (bb-plans-view-actions.c). */

G_END_DECLS
