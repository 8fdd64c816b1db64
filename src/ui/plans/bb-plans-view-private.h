/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the plans view's files (the view, its actions); nothing else includes
 * this. */

#include "bb-browse-pane.h"
#include "bb-context.h"
#include "bb-pending-delete.h"
#include "bb-plan-list.h"
#include "bb-plan-page.h"
#include "bb-plans-view.h"

G_BEGIN_DECLS

struct _BbPlansView
{
  GtkWidget      parent_instance;

  BbContext     *context;
  BbPlanList    *plans;
  gboolean       show_archived;
  /* The plan whose delete waits for its toast (hidden from the list). */
  BbPendingDelete *pending_delete;

  /* Template widgets */
  BbBrowsePane  *pane;
  BbPlanPage    *plan_page;
  GtkWidget     *plan_menu_button;
};

/* bb-plans-view-actions.c: the plans.* actions and their shortcuts. */
void     _bb_plans_view_class_actions_init (BbPlansViewClass *klass);
void     _bb_plans_view_actions_init       (BbPlansView      *self);
void     _bb_plans_view_actions_update     (BbPlansView      *self);
/* Deletes for good the plan whose toast is still up, if any. */
void     _bb_plans_view_commit_delete      (BbPlansView      *self);

/* bb-plans-view.c */
void     _bb_plans_view_apply_query        (BbPlansView      *self);
/* Shows the plan @id, with the search and the archive filter cleared if they hide it;
 * @focus moves the keyboard focus to its row. */
void     _bb_plans_view_show_plan          (BbPlansView      *self,
                                            gint64            id,
                                            gboolean          focus);
void     _bb_plans_view_update_has_items   (BbPlansView      *self);
GtkWindow *_bb_plans_view_get_window       (BbPlansView      *self);

G_END_DECLS
