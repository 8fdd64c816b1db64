/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What goes wrong with a plan; messages are written for the user, translated, and
 * name the field or the file. */
#define BB_PLAN_ERROR (bb_plan_error_quark ())
typedef enum
{
  BB_PLAN_ERROR_INVALID,
  /* A template file that cannot be read or does not hold a model. */
  BB_PLAN_ERROR_TEMPLATE,
  /* A plan file (JSON exchange) or figure file that cannot be read. */
  BB_PLAN_ERROR_FILE,
} BbPlanError;

GQuark bb_plan_error_quark (void);

typedef enum
{
  BB_PLAN_STATUS_DRAFT,
  BB_PLAN_STATUS_ACTIVE,
  BB_PLAN_STATUS_COMPLETED,
} BbPlanStatus;

#define BB_PLAN_STATUS_COUNT 3

/* The implementation stages of implementation research (NIRN). */
typedef enum
{
  BB_PLAN_STAGE_EXPLORATION,
  BB_PLAN_STAGE_INSTALLATION,
  BB_PLAN_STAGE_INITIAL_IMPLEMENTATION,
  BB_PLAN_STAGE_FULL_IMPLEMENTATION,
} BbPlanStage;

#define BB_PLAN_STAGE_COUNT 4

/* How far a core element is carried out as the model describes it. */
typedef enum
{
  BB_FIDELITY_NOT_STARTED,
  BB_FIDELITY_PARTLY,
  BB_FIDELITY_LARGELY,
  BB_FIDELITY_FULLY,
} BbFidelity;

#define BB_FIDELITY_COUNT 4

typedef enum
{
  BB_CHALLENGE_NOT_RATED,
  BB_CHALLENGE_LOW,
  BB_CHALLENGE_MEDIUM,
  BB_CHALLENGE_HIGH,
} BbChallengeRating;

#define BB_CHALLENGE_RATING_COUNT 4

typedef enum
{
  BB_ACTIVITY_PLANNED,
  BB_ACTIVITY_IN_PROGRESS,
  BB_ACTIVITY_DONE,
  BB_ACTIVITY_POSTPONED,
  BB_ACTIVITY_CANCELLED,
} BbActivityStatus;

#define BB_ACTIVITY_STATUS_COUNT 5

/* What a learning review decides about a trial action. */
typedef enum
{
  BB_TRIAL_DECISION_NONE,
  BB_TRIAL_DECISION_CONTINUE,
  BB_TRIAL_DECISION_ADJUST,
  BB_TRIAL_DECISION_DROP,
} BbTrialDecision;

#define BB_TRIAL_DECISION_COUNT 4

/* Where an indicator's measurements come from: typed in, or one of the figures the
 * courses give by month (see BbMonthFigures in bb-month-figures.h). */
typedef enum
{
  BB_INDICATOR_MANUAL,
  BB_INDICATOR_WAITING_MEDIAN,
  BB_INDICATOR_CONVERSATIONS_PER_COURSE,
  BB_INDICATOR_SHARE_HANDED_OVER,
  BB_INDICATOR_SHARE_FOLLOW_UP,
  BB_INDICATOR_SHARE_GOALS_REACHED,
} BbIndicatorKind;

#define BB_INDICATOR_KIND_COUNT 6

/* Where one measurement came from. */
typedef enum
{
  BB_MEASUREMENT_TYPED,
  BB_MEASUREMENT_COURSES,
  BB_MEASUREMENT_FIGURE_FILE,
} BbMeasurementOrigin;

#define BB_MEASUREMENT_ORIGIN_COUNT 3

/* Each has type_to_key (), type_get_label () and type_from_key () (see
 * BB_DEFINE_ENUM): stable keys for the database and files, labels for people. */
#define BB_DECLARE_PLAN_ENUM(Type, type) \
  const char *type##_to_key    (Type        value); \
  const char *type##_get_label (Type        value); \
  gboolean    type##_from_key  (const char *key, \
                                Type       *value);

BB_DECLARE_PLAN_ENUM (BbPlanStatus, bb_plan_status)
BB_DECLARE_PLAN_ENUM (BbPlanStage, bb_plan_stage)
BB_DECLARE_PLAN_ENUM (BbFidelity, bb_fidelity)
BB_DECLARE_PLAN_ENUM (BbChallengeRating, bb_challenge_rating)
BB_DECLARE_PLAN_ENUM (BbActivityStatus, bb_activity_status)
BB_DECLARE_PLAN_ENUM (BbTrialDecision, bb_trial_decision)
BB_DECLARE_PLAN_ENUM (BbIndicatorKind, bb_indicator_kind)
BB_DECLARE_PLAN_ENUM (BbMeasurementOrigin, bb_measurement_origin)

G_END_DECLS
