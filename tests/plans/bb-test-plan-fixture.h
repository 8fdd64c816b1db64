/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "bb-plan-repository.h"
#include "bb-test-utils.h"

G_BEGIN_DECLS

/* A fresh database with its plan repository on the test clock (15 March 2026), and
 * the shipped templates (BROBYGGER_TEMPLATE_DIR), for g_test_add (). */
typedef struct
{
  char             *folder;
  BbContext        *context;
  BbDatabase       *database;
  BbPlanRepository *plans;
  GPtrArray        *templates;
} BbTestPlans;

void            bb_test_plans_set_up        (BbTestPlans       *fixture,
                                             gconstpointer      user_data);
void            bb_test_plans_tear_down     (BbTestPlans       *fixture,
                                             gconstpointer      user_data);
/* The shipped template; fails the test when it is not there. */
BbPlanTemplate *bb_test_plans_find_template (BbTestPlans       *fixture,
                                             const char        *model,
                                             const char        *version);
/* The first column of the one row @sql returns. */
gint64          bb_test_plans_count         (BbTestPlans       *fixture,
                                             const char        *sql);
/* A plan with only its own fields, saved. */
gint64          bb_test_plans_add_plan      (BbTestPlans       *fixture,
                                             const char        *title,
                                             const char        *organisation,
                                             BbPlanStatus       status);
/* A dated rating of an element, saved. */
void            bb_test_plans_rate          (BbTestPlans       *fixture,
                                             gint64             element_id,
                                             const char        *date,
                                             BbFidelity         level);

/* What bb_test_plans_fill () made. */
typedef struct
{
  gint64 plan_id;
  gint64 element_id;
  gint64 focus_area_id;
  gint64 adviser_id;
} BbTestPlanFilled;

/* Sets every field of the plan @filled->plan_id and adds one row of each kind with
 * every field set (none left at its default), each after the template's rows; the
 * indicator counts a new adviser's courses. */
void            bb_test_plans_fill          (BbTestPlans       *fixture,
                                             BbTestPlanFilled  *filled);
/* Reads the plan @plan_id back and checks every field bb_test_plans_fill () set. */
void            bb_test_plans_assert_filled (BbTestPlans       *fixture,
                                             gint64             plan_id);
/* The last row of @rows, where bb_test_plans_fill () put its own. */
gpointer        bb_test_last_row            (GPtrArray         *rows);
/* The element of @elements with the template key @key; fails the test without. */
BbPlanElement  *bb_test_find_element        (GPtrArray         *elements,
                                             const char        *key);

G_END_DECLS
