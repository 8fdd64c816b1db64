/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-id-list.h"
#include "bb-plan-repository.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN_LIST (bb_plan_list_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanList, bb_plan_list, BB, PLAN_LIST, BbIdList)

/* A GListModel of the BbPlans a query selects (bb_plan_repository_get: the plan with
 * its figures), loaded as rows ask for them (BbIdList). It follows the plans: after
 * every write to them it asks again. */
BbPlanList *bb_plan_list_new        (BbPlanRepository  *plans,
                                     BbDatabase        *database);
/* Copies @query (and its search text) and asks the repository at once. */
void        bb_plan_list_set_query  (BbPlanList        *self,
                                     const BbPlanQuery *query);
/* Leaves out the plan whose delete waits for its Undo toast (0: none), so it stays in
 * the database until the toast goes. */
void        bb_plan_list_set_hidden (BbPlanList        *self,
                                     gint64             id);
gint64      bb_plan_list_get_hidden (BbPlanList        *self);

G_END_DECLS
