/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bb-plan-enums.h"

G_BEGIN_DECLS

#define BB_TYPE_PLAN (bb_plan_get_type ())
G_DECLARE_FINAL_TYPE (BbPlan, bb_plan, BB, PLAN, GObject)

/* A local implementation plan: its own fields; its sections are rows the repository
 * lists (bb-plan-repository.h). Strings are never NULL ("" when unset) except dates
 * (YYYY-MM-DD or NULL). model is the template model's key ("" for a blank plan) and
 * template_version the version it was made from or last carried over to.
 *
 * The figures are filled by the repository when it loads a plan: activities in all,
 * done and overdue (as of the clock's today).
 *
 * Properties for list rows: "id", "title", "model-title", "template-version",
 * "organisation", "owner", "status", "stage", "period-start", "period-end",
 * "archived", "n-activities", "n-done", "n-overdue". */
BbPlan       *bb_plan_new                   (const char    *title);
gint64        bb_plan_get_id                (BbPlan        *self);
void          bb_plan_set_id                (BbPlan        *self,
                                             gint64         id);
const char   *bb_plan_get_uuid              (BbPlan        *self);
void          bb_plan_set_uuid              (BbPlan        *self,
                                             const char    *uuid);
const char   *bb_plan_get_title             (BbPlan        *self);
void          bb_plan_set_title             (BbPlan        *self,
                                             const char    *title);
const char   *bb_plan_get_model             (BbPlan        *self);
void          bb_plan_set_model             (BbPlan        *self,
                                             const char    *model);
/* The model's title in the UI language, as the template names it ("" for blank). */
const char   *bb_plan_get_model_title       (BbPlan        *self);
void          bb_plan_set_model_title       (BbPlan        *self,
                                             const char    *model_title);
const char   *bb_plan_get_template_version  (BbPlan        *self);
void          bb_plan_set_template_version  (BbPlan        *self,
                                             const char    *version);
const char   *bb_plan_get_organisation      (BbPlan        *self);
void          bb_plan_set_organisation      (BbPlan        *self,
                                             const char    *organisation);
const char   *bb_plan_get_owner             (BbPlan        *self);
void          bb_plan_set_owner             (BbPlan        *self,
                                             const char    *owner);
const char   *bb_plan_get_purpose           (BbPlan        *self);
void          bb_plan_set_purpose           (BbPlan        *self,
                                             const char    *purpose);
const char   *bb_plan_get_target_group      (BbPlan        *self);
void          bb_plan_set_target_group      (BbPlan        *self,
                                             const char    *target_group);
const char   *bb_plan_get_period_start      (BbPlan        *self);
void          bb_plan_set_period_start      (BbPlan        *self,
                                             const char    *date);
const char   *bb_plan_get_period_end        (BbPlan        *self);
void          bb_plan_set_period_end        (BbPlan        *self,
                                             const char    *date);
BbPlanStatus  bb_plan_get_status            (BbPlan        *self);
void          bb_plan_set_status            (BbPlan        *self,
                                             BbPlanStatus   status);
/* The stage is written by bb_plan_repository_change_stage (), with its date. */
BbPlanStage   bb_plan_get_stage             (BbPlan        *self);
void          bb_plan_set_stage             (BbPlan        *self,
                                             BbPlanStage    stage);
gboolean      bb_plan_get_archived          (BbPlan        *self);
void          bb_plan_set_archived          (BbPlan        *self,
                                             gboolean       archived);
guint         bb_plan_get_n_activities      (BbPlan        *self);
guint         bb_plan_get_n_done            (BbPlan        *self);
guint         bb_plan_get_n_overdue         (BbPlan        *self);
void          bb_plan_set_figures           (BbPlan        *self,
                                             guint          n_activities,
                                             guint          n_done,
                                             guint          n_overdue);
const char   *bb_plan_get_created           (BbPlan        *self);
void          bb_plan_set_created           (BbPlan        *self,
                                             const char    *created);
const char   *bb_plan_get_modified          (BbPlan        *self);
void          bb_plan_set_modified          (BbPlan        *self,
                                             const char    *modified);

/* What must be fixed before saving: a title, real dates, a period that does not end
 * before it starts. BB_PLAN_ERROR_INVALID, naming the field. */
gboolean      bb_plan_validate              (BbPlan        *self,
                                             GError       **error);

G_END_DECLS
