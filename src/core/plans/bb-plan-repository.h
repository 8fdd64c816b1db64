/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-database.h"
#include "bb-month-figures.h"
#include "bb-plan.h"
#include "bb-plan-records.h"
#include "bb-plan-template.h"

G_BEGIN_DECLS

/* The detail of BbDatabase::changed for anything written to a plan or its rows. */
#define BB_DOMAIN_PLANS "plans"

#define BB_TYPE_PLAN_REPOSITORY (bb_plan_repository_get_type ())
G_DECLARE_FINAL_TYPE (BbPlanRepository, bb_plan_repository, BB, PLAN_REPOSITORY, GObject)

/* What the plan list shows: words that must each start a word of the title,
 * organisation, owner or model; statuses a mask of (1 << BbPlanStatus), 0 for any;
 * archived plans only when asked. By title, then id. */
typedef struct
{
  const char *search;
  guint       statuses;
  gboolean    include_archived;
} BbPlanQuery;

#define BB_PLAN_QUERY_INIT { NULL, 0, FALSE }

/* Plans with their sections: the only code with their SQL. Every write of a plan or
 * one of its rows touches the plan's modified time and emits "plans". */
BbPlanRepository *bb_plan_repository_new           (BbDatabase        *database,
                                                    GError           **error);

/* The templates the model titles of plans are read from, in the UI language (the
 * title stored with a plan serves for a model not among them). */
void        bb_plan_repository_set_templates       (BbPlanRepository  *self,
                                                    GPtrArray         *templates);

/* The plan with its figures; BB_DATABASE_ERROR_NOT_FOUND for an unknown id. */
BbPlan     *bb_plan_repository_get                 (BbPlanRepository  *self,
                                                    gint64             id,
                                                    GError           **error);
/* Validates, then inserts (id 0; its stage's first stage event dated today) or
 * updates the plan's own fields. */
gboolean    bb_plan_repository_save                (BbPlanRepository  *self,
                                                    BbPlan            *plan,
                                                    GError           **error);
gboolean    bb_plan_repository_delete              (BbPlanRepository  *self,
                                                    gint64             id,
                                                    GError           **error);
gboolean    bb_plan_repository_set_archived        (BbPlanRepository  *self,
                                                    gint64             id,
                                                    gboolean           archived,
                                                    GError           **error);
/* The ids the query selects, in its order (a GArray of gint64). */
GArray     *bb_plan_repository_query_ids           (BbPlanRepository  *self,
                                                    const BbPlanQuery *query,
                                                    GError           **error);

/* A new plan titled @title from @template (NULL: blank) with its core elements,
 * challenges, focus areas and suggested activities in the UI language, each with its
 * template key; returns its id, 0 on error. */
gint64      bb_plan_repository_create              (BbPlanRepository  *self,
                                                    BbPlanTemplate    *template,
                                                    const char        *title,
                                                    GError           **error);
/* Next period's plan from @id: everything carried but measurements, fidelity
 * history, learning reviews and stage history; every date moved @months months;
 * activities back to planned; the status draft. Returns the new id, 0 on error. */
gint64      bb_plan_repository_duplicate           (BbPlanRepository  *self,
                                                    gint64             id,
                                                    const char        *title,
                                                    int                months,
                                                    GError           **error);
/* Carries the plan over to @newer (a newer version of its model): renamed elements
 * keep their row (with fidelity history, links and indicators) under the new title,
 * merged ones become one row holding the histories of all, added ones are new rows,
 * removed ones stay as the plan's own (template key cleared); the plan's template
 * version becomes @newer's. One transaction. */
gboolean    bb_plan_repository_carry_over          (BbPlanRepository  *self,
                                                    gint64             id,
                                                    BbPlanTemplate    *newer,
                                                    GError           **error);

/* A dated change of stage (not before the latest, not after today). */
gboolean    bb_plan_repository_change_stage        (BbPlanRepository  *self,
                                                    gint64             id,
                                                    BbPlanStage        stage,
                                                    const char        *date,
                                                    GError           **error);

/* Every row kind of a plan: list (records of the plan, by position or date, as the
 * record says), save (id 0 inserts, filling the id; else updates) and delete. The
 * plan_id (or element_id, indicator_id, trial_id) of a record names its owner. */
#define BB_DECLARE_PLAN_ROWS(Type, type, owner) \
  GPtrArray *bb_plan_repository_list_##type##s  (BbPlanRepository *self, \
                                                 gint64            owner, \
                                                 GError          **error); \
  gboolean   bb_plan_repository_save_##type     (BbPlanRepository *self, \
                                                 Type             *record, \
                                                 GError          **error); \
  gboolean   bb_plan_repository_delete_##type   (BbPlanRepository *self, \
                                                 gint64            id, \
                                                 GError          **error);

BB_DECLARE_PLAN_ROWS (BbPlanElement, element, plan_id)
BB_DECLARE_PLAN_ROWS (BbPlanChallenge, challenge, plan_id)
BB_DECLARE_PLAN_ROWS (BbFocusArea, focus_area, plan_id)
BB_DECLARE_PLAN_ROWS (BbPlanActivity, activity, plan_id)
BB_DECLARE_PLAN_ROWS (BbPlanPartner, partner, plan_id)
BB_DECLARE_PLAN_ROWS (BbPlanIndicator, indicator, plan_id)
BB_DECLARE_PLAN_ROWS (BbMeasurement, measurement, indicator_id)
BB_DECLARE_PLAN_ROWS (BbTrialAction, trial, plan_id)
BB_DECLARE_PLAN_ROWS (BbLearningReview, review, trial_id)
BB_DECLARE_PLAN_ROWS (BbCompetenceEvent, competence_event, plan_id)

/* The activities as English spells their plural; the macro's list_activitys () is
 * the same function under the name it makes. */
GPtrArray  *bb_plan_repository_list_activities     (BbPlanRepository  *self,
                                                    gint64             plan_id,
                                                    GError           **error);

/* Corrects the date a stage began (the first one is dated the day the plan was
 * made): not before the stage before it, not after the one after it or today. */
gboolean    bb_plan_repository_redate_stage_event  (BbPlanRepository  *self,
                                                    gint64             event_id,
                                                    const char        *date,
                                                    GError           **error);
/* BbStageEvent records, oldest first. */
GPtrArray  *bb_plan_repository_list_stage_events   (BbPlanRepository  *self,
                                                    gint64             plan_id,
                                                    GError           **error);
/* Adds a dated rating to the element's history (never changing an earlier one) and
 * makes it the element's latest when it is the newest. */
gboolean    bb_plan_repository_rate_element        (BbPlanRepository  *self,
                                                    BbFidelityRating  *rating,
                                                    GError           **error);
/* BbFidelityRating records of an element, oldest first. */
GPtrArray  *bb_plan_repository_list_ratings        (BbPlanRepository  *self,
                                                    gint64             element_id,
                                                    GError           **error);

/* Fills a course-figure indicator from @months (BbMonthFigures: from the courses or
 * a figure file, as @origin says): one measurement per month that has the figure,
 * replacing the earlier ones of those months that came from courses or figure files;
 * typed ones stay. One transaction. */
gboolean    bb_plan_repository_fill_indicator      (BbPlanRepository  *self,
                                                    gint64             indicator_id,
                                                    GPtrArray         *months,
                                                    BbMeasurementOrigin origin,
                                                    GError           **error);

/* A plan as a JSON file for another municipality: the plan, every section, fidelity
 * history and measurements; no adviser ids or names (an indicator's adviser is
 * dropped). Import makes a new plan (new ids and uuid, "(imported)" nowhere: the
 * title as it came) and returns its id, 0 on error (BB_PLAN_ERROR_FILE naming what
 * is wrong). */
gboolean    bb_plan_repository_export_json         (BbPlanRepository  *self,
                                                    gint64             id,
                                                    GFile             *file,
                                                    GError           **error);
gint64      bb_plan_repository_import_json         (BbPlanRepository  *self,
                                                    GFile             *file,
                                                    GError           **error);

G_END_DECLS
