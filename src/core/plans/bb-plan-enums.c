/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-enums.h"
#include "bb-plan-enums.h"
#include "bb-plan-private.h"

G_DEFINE_QUARK (bb-plan-error-quark, bb_plan_error)

/* Each label has a context: "Active", "Done" or "None" is a different Danish word
 * (or gender) in each list. */
const BbEnumEntry bb_plan_status_entries[BB_PLAN_STATUS_COUNT] = {
  [BB_PLAN_STATUS_DRAFT] = { "draft", "plan status", NC_("plan status", "Draft") },
  [BB_PLAN_STATUS_ACTIVE] = { "active", "plan status", NC_("plan status", "Active") },
  [BB_PLAN_STATUS_COMPLETED] = { "completed", "plan status", NC_("plan status", "Completed") },
};

const BbEnumEntry bb_plan_stage_entries[BB_PLAN_STAGE_COUNT] = {
  [BB_PLAN_STAGE_EXPLORATION] = { "exploration", "plan stage", NC_("plan stage", "Exploration") },
  [BB_PLAN_STAGE_INSTALLATION] = { "installation", "plan stage", NC_("plan stage", "Installation") },
  [BB_PLAN_STAGE_INITIAL_IMPLEMENTATION] = { "initial-implementation", "plan stage", NC_("plan stage", "Initial implementation") },
  [BB_PLAN_STAGE_FULL_IMPLEMENTATION] = { "full-implementation", "plan stage", NC_("plan stage", "Full implementation") },
};

const BbEnumEntry bb_fidelity_entries[BB_FIDELITY_COUNT] = {
  [BB_FIDELITY_NOT_STARTED] = { "not-started", "fidelity", NC_("fidelity", "Not started") },
  [BB_FIDELITY_PARTLY] = { "partly", "fidelity", NC_("fidelity", "Partly") },
  [BB_FIDELITY_LARGELY] = { "largely", "fidelity", NC_("fidelity", "Largely") },
  [BB_FIDELITY_FULLY] = { "fully", "fidelity", NC_("fidelity", "Fully") },
};

const BbEnumEntry bb_challenge_rating_entries[BB_CHALLENGE_RATING_COUNT] = {
  [BB_CHALLENGE_NOT_RATED] = { "not-rated", "challenge rating", NC_("challenge rating", "Not rated") },
  [BB_CHALLENGE_LOW] = { "low", "challenge rating", NC_("challenge rating", "Low") },
  [BB_CHALLENGE_MEDIUM] = { "medium", "challenge rating", NC_("challenge rating", "Medium") },
  [BB_CHALLENGE_HIGH] = { "high", "challenge rating", NC_("challenge rating", "High") },
};

const BbEnumEntry bb_activity_status_entries[BB_ACTIVITY_STATUS_COUNT] = {
  [BB_ACTIVITY_PLANNED] = { "planned", "activity status", NC_("activity status", "Planned") },
  [BB_ACTIVITY_IN_PROGRESS] = { "in-progress", "activity status", NC_("activity status", "In progress") },
  [BB_ACTIVITY_DONE] = { "done", "activity status", NC_("activity status", "Done") },
  [BB_ACTIVITY_POSTPONED] = { "postponed", "activity status", NC_("activity status", "Postponed") },
  [BB_ACTIVITY_CANCELLED] = { "cancelled", "activity status", NC_("activity status", "Cancelled") },
};

const BbEnumEntry bb_trial_decision_entries[BB_TRIAL_DECISION_COUNT] = {
  [BB_TRIAL_DECISION_NONE] = { "none", "trial decision", NC_("trial decision", "Not decided") },
  [BB_TRIAL_DECISION_CONTINUE] = { "continue", "trial decision", NC_("trial decision", "Continue") },
  [BB_TRIAL_DECISION_ADJUST] = { "adjust", "trial decision", NC_("trial decision", "Adjust") },
  [BB_TRIAL_DECISION_DROP] = { "drop", "trial decision", NC_("trial decision", "Drop") },
};

const BbEnumEntry bb_indicator_kind_entries[BB_INDICATOR_KIND_COUNT] = {
  [BB_INDICATOR_MANUAL] = { "manual", "indicator kind", NC_("indicator kind", "Typed in") },
  [BB_INDICATOR_WAITING_MEDIAN] = { "waiting-median", "indicator kind", NC_("indicator kind", "Median wait for the first advisory conversation") },
  [BB_INDICATOR_CONVERSATIONS_PER_COURSE] = { "conversations-per-course", "indicator kind", NC_("indicator kind", "Advisory conversations per course") },
  [BB_INDICATOR_SHARE_HANDED_OVER] = { "share-handed-over", "indicator kind", NC_("indicator kind", "Share of courses handed over") },
  [BB_INDICATOR_SHARE_FOLLOW_UP] = { "share-follow-up", "indicator kind", NC_("indicator kind", "Share of courses with follow-up") },
  [BB_INDICATOR_SHARE_GOALS_REACHED] = { "share-goals-reached", "indicator kind", NC_("indicator kind", "Share of courses closed with goals reached") },
};

const BbEnumEntry bb_measurement_origin_entries[BB_MEASUREMENT_ORIGIN_COUNT] = {
  [BB_MEASUREMENT_TYPED] = { "typed", "measurement origin", NC_("measurement origin", "Typed in") },
  [BB_MEASUREMENT_COURSES] = { "courses", "measurement origin", NC_("measurement origin", "From the courses") },
  [BB_MEASUREMENT_FIGURE_FILE] = { "figure-file", "measurement origin", NC_("measurement origin", "From a figure file") },
};

BB_DEFINE_ENUM (BbPlanStatus, bb_plan_status, bb_plan_status_entries)
BB_DEFINE_ENUM (BbPlanStage, bb_plan_stage, bb_plan_stage_entries)
BB_DEFINE_ENUM (BbFidelity, bb_fidelity, bb_fidelity_entries)
BB_DEFINE_ENUM (BbChallengeRating, bb_challenge_rating, bb_challenge_rating_entries)
BB_DEFINE_ENUM (BbActivityStatus, bb_activity_status, bb_activity_status_entries)
BB_DEFINE_ENUM (BbTrialDecision, bb_trial_decision, bb_trial_decision_entries)
BB_DEFINE_ENUM (BbIndicatorKind, bb_indicator_kind, bb_indicator_kind_entries)
BB_DEFINE_ENUM (BbMeasurementOrigin, bb_measurement_origin, bb_measurement_origin_entries)
