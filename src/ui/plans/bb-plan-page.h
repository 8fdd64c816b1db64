/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_PAGE (bb_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanPage, bb_plan_page, BB, PLAN_PAGE, GtkWidget)

/* The page of one plan: its title, model and number ("Plan 12", the id the command
 * line takes), a banner when a newer version of its model exists (with its changes
 * and Carry Over), and the plan's sections (BbPlanSection), each saving what the user
 * edits. Properties "context" and "plan-id"; "plan-changed" after the plan is
 * loaded again (a write to the plans, another id). */
gboolean  bb_plan_page_get_archived (BbPlanPage  *self);

/* The plan as the steering group's PDF, to @file or to a printer. */
gboolean  bb_plan_page_save_pdf     (BbPlanPage  *self,
                                     GFile       *file,
                                     GError     **error);
gboolean  bb_plan_page_print        (BbPlanPage  *self,
                                     GtkWindow   *parent,
                                     GError     **error);

G_END_DECLS
