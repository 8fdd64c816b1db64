/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bb-plan-enums.h"

G_BEGIN_DECLS

/* The plain records a plan holds, one per row of its sections. Strings may be NULL
 * for empty; dates are YYYY-MM-DD, moments ISO 8601 UTC. Every record has its
 * database id (0 until saved) and the id of its plan. `template_key` is the key of
 * the template item a record came from (NULL for the plan's own), which is how a
 * plan is carried over to a newer version of its model. */

/* A core element of the model, with its latest fidelity rating (from the history
 * kept in BbFidelityRating rows; NOT_STARTED and a NULL date before the first). */
typedef struct
{
  gint64      id;
  gint64      plan_id;
  char       *template_key;
  int         position;
  char       *title;
  char       *description;
  BbFidelity  fidelity;
  char       *fidelity_date;
} BbPlanElement;

/* One dated self-rating of a core element. Never changed once written: a new
 * rating is a new row, so the history reads as it happened. */
typedef struct
{
  gint64      id;
  gint64      element_id;
  char       *date;
  BbFidelity  level;
  char       *note;
} BbFidelityRating;

/* One of the nine structural challenges of seed 001, rated for this municipality. */
typedef struct
{
  gint64             id;
  gint64             plan_id;
  char              *template_key;
  int                position;
  char              *title;
  char              *guiding_questions;
  BbChallengeRating  rating;
  char              *note;
} BbPlanChallenge;

/* One of the eight organisational focus areas, with the adaptations planned. */
typedef struct
{
  gint64  id;
  gint64  plan_id;
  char   *template_key;
  int     position;
  char   *title;
  char   *guiding_questions;
  char   *adaptations;
} BbFocusArea;

/* An activity of the plan, specified as implementation research asks (actor,
 * target, timing, dose, outcome, rationale). Linked to at most one core element and
 * at most one focus area (0 for none). The end is a date or, when NULL, start plus
 * duration_days (-1: not set). Overdue: not done or cancelled and its end, or its
 * start when it has no end, before today. */
typedef struct
{
  gint64            id;
  gint64            plan_id;
  char             *template_key;
  int               position;
  char             *title;
  char             *content;
  char             *responsible;
  char             *participants;
  char             *start_date;
  char             *end_date;
  int               duration_days;
  char             *coordinate_with;
  char             *support_tools;
  gint64            element_id;
  gint64            focus_area_id;
  BbActivityStatus  status;
  char             *progress_notes;
  char             *actor;
  char             *target;
  char             *timing;
  char             *dose;
  char             *outcome;
  char             *rationale;
} BbPlanActivity;

/* A partner of the stakeholder analysis. */
typedef struct
{
  gint64  id;
  gint64  plan_id;
  int     position;
  char   *name;
  char   *new_tasks;
  char   *to_inform;
  char   *contact_person;
  char   *challenges;
  char   *agreement;
  char   *agreement_date;
} BbPlanPartner;

/* A monitoring indicator: typed measurements (kind MANUAL) or a figure of the
 * courses, computed or read from figure files, for @adviser_id's courses (0: all).
 * target is NAN when none is set. Linked to at most one core element (0 for none),
 * where its latest measurement shows beside the self-rated fidelity. */
typedef struct
{
  gint64           id;
  gint64           plan_id;
  int              position;
  char            *name;
  char            *definition;
  char            *source;
  BbIndicatorKind  kind;
  gint64           adviser_id;
  gint64           element_id;
  double           target;
  char            *unit;
} BbPlanIndicator;

/* One dated measurement of an indicator; figures of the courses are dated the first
 * of their month. */
typedef struct
{
  gint64               id;
  gint64               indicator_id;
  char                *date;
  double               value;
  BbMeasurementOrigin  origin;
  char                *note;
} BbMeasurement;

/* A trial action: something tried out on a small scale before it is decided on. */
typedef struct
{
  gint64  id;
  gint64  plan_id;
  int     position;
  char   *title;
  char   *description;
  char   *start_date;
  gint64  element_id;
} BbTrialAction;

/* A learning review of a trial action. */
typedef struct
{
  gint64           id;
  gint64           trial_id;
  char            *date;
  char            *worked;
  char            *did_not_work;
  BbTrialDecision  decision;
  char            *note;
} BbLearningReview;

/* A competence development event and its evaluation. The shares are 0 to 1, NAN
 * when not measured; participants is a count (-1 when not noted) and who they were. */
typedef struct
{
  gint64  id;
  gint64  plan_id;
  char   *date;
  char   *title;
  int     n_participants;
  char   *participants;
  double  share_rating_high;
  double  share_used_after;
  char   *note;
} BbCompetenceEvent;

/* The date a plan entered a stage. */
typedef struct
{
  gint64       id;
  gint64       plan_id;
  BbPlanStage  stage;
  char        *date;
} BbStageEvent;

#define BB_DECLARE_PLAN_RECORD(Type, type) \
  GType  type##_get_type (void) G_GNUC_CONST; \
  Type  *type##_new      (void); \
  Type  *type##_copy     (const Type *record); \
  void   type##_free     (Type       *record); \
  G_DEFINE_AUTOPTR_CLEANUP_FUNC (Type, type##_free)

#define BB_TYPE_PLAN_ELEMENT (bb_plan_element_get_type ())
BB_DECLARE_PLAN_RECORD (BbPlanElement, bb_plan_element)
#define BB_TYPE_FIDELITY_RATING (bb_fidelity_rating_get_type ())
BB_DECLARE_PLAN_RECORD (BbFidelityRating, bb_fidelity_rating)
#define BB_TYPE_PLAN_CHALLENGE (bb_plan_challenge_get_type ())
BB_DECLARE_PLAN_RECORD (BbPlanChallenge, bb_plan_challenge)
#define BB_TYPE_FOCUS_AREA (bb_focus_area_get_type ())
BB_DECLARE_PLAN_RECORD (BbFocusArea, bb_focus_area)
#define BB_TYPE_PLAN_ACTIVITY (bb_plan_activity_get_type ())
BB_DECLARE_PLAN_RECORD (BbPlanActivity, bb_plan_activity)
#define BB_TYPE_PLAN_PARTNER (bb_plan_partner_get_type ())
BB_DECLARE_PLAN_RECORD (BbPlanPartner, bb_plan_partner)
#define BB_TYPE_PLAN_INDICATOR (bb_plan_indicator_get_type ())
BB_DECLARE_PLAN_RECORD (BbPlanIndicator, bb_plan_indicator)
#define BB_TYPE_MEASUREMENT (bb_measurement_get_type ())
BB_DECLARE_PLAN_RECORD (BbMeasurement, bb_measurement)
#define BB_TYPE_TRIAL_ACTION (bb_trial_action_get_type ())
BB_DECLARE_PLAN_RECORD (BbTrialAction, bb_trial_action)
#define BB_TYPE_LEARNING_REVIEW (bb_learning_review_get_type ())
BB_DECLARE_PLAN_RECORD (BbLearningReview, bb_learning_review)
#define BB_TYPE_COMPETENCE_EVENT (bb_competence_event_get_type ())
BB_DECLARE_PLAN_RECORD (BbCompetenceEvent, bb_competence_event)
#define BB_TYPE_STAGE_EVENT (bb_stage_event_get_type ())
BB_DECLARE_PLAN_RECORD (BbStageEvent, bb_stage_event)

/* The end date an activity runs to: its end, or start + duration; NULL when it has
 * neither. Free with g_free (). */
char     *bb_plan_activity_dup_end       (const BbPlanActivity *activity);
gboolean  bb_plan_activity_is_overdue    (const BbPlanActivity *activity,
                                          const GDate          *today);

G_END_DECLS
