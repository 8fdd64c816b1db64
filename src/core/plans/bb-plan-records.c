/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bb-plan-private.h"
#include "bb-plan-records.h"
#include "bb-validate.h"

/* ---- the row tables --------------------------------------------------- */

#define TEXT(T, f, fl, l) { #f, BB_PLAN_FIELD_TEXT, fl, G_STRUCT_OFFSET (T, f), l, NULL, 0, NULL }
#define DATE(T, f, fl, l) { #f, BB_PLAN_FIELD_DATE, fl, G_STRUCT_OFFSET (T, f), l, NULL, 0, NULL }
#define INT(T, f) { #f, BB_PLAN_FIELD_INT, 0, G_STRUCT_OFFSET (T, f), NULL, NULL, 0, NULL }
#define OPT_INT(T, f, l) { #f, BB_PLAN_FIELD_OPTIONAL_INT, 0, G_STRUCT_OFFSET (T, f), l, NULL, 0, NULL }
#define LINK(T, f, k) { #f, BB_PLAN_FIELD_LINK, 0, G_STRUCT_OFFSET (T, f), NULL, NULL, 0, &k }
#define DOUBLE(T, f, fl, l) { #f, BB_PLAN_FIELD_DOUBLE, fl, G_STRUCT_OFFSET (T, f), l, NULL, 0, NULL }
#define ENUM(T, f, fl, e) { #f, BB_PLAN_FIELD_ENUM, fl, G_STRUCT_OFFSET (T, f), NULL, e, G_N_ELEMENTS (e), NULL }
#define KIND(table, json, owner, parent, order, T, type, fields, children) \
  { table, json, owner, parent, order, sizeof (T), fields, G_N_ELEMENTS (fields), children, \
    (GDestroyNotify) type##_free }

static const BbPlanField element_fields[] = {
  TEXT (BbPlanElement, template_key, 0, NULL),
  INT (BbPlanElement, position),
  TEXT (BbPlanElement, title, BB_PLAN_FIELD_REQUIRED, N_("Title")),
  TEXT (BbPlanElement, description, 0, NULL),
  ENUM (BbPlanElement, fidelity, BB_PLAN_FIELD_DERIVED, bb_fidelity_entries),
  DATE (BbPlanElement, fidelity_date, BB_PLAN_FIELD_DERIVED, NULL),
};

static const BbPlanField rating_fields[] = {
  DATE (BbFidelityRating, date, BB_PLAN_FIELD_REQUIRED, N_("Date")),
  ENUM (BbFidelityRating, level, 0, bb_fidelity_entries),
  TEXT (BbFidelityRating, note, 0, NULL),
};

static const BbPlanField challenge_fields[] = {
  TEXT (BbPlanChallenge, template_key, 0, NULL),
  INT (BbPlanChallenge, position),
  TEXT (BbPlanChallenge, title, BB_PLAN_FIELD_REQUIRED, N_("Title")),
  TEXT (BbPlanChallenge, guiding_questions, 0, NULL),
  ENUM (BbPlanChallenge, rating, 0, bb_challenge_rating_entries),
  TEXT (BbPlanChallenge, note, 0, NULL),
};

static const BbPlanField focus_area_fields[] = {
  TEXT (BbFocusArea, template_key, 0, NULL),
  INT (BbFocusArea, position),
  TEXT (BbFocusArea, title, BB_PLAN_FIELD_REQUIRED, N_("Title")),
  TEXT (BbFocusArea, guiding_questions, 0, NULL),
  TEXT (BbFocusArea, adaptations, 0, NULL),
};

static const BbPlanField activity_fields[] = {
  TEXT (BbPlanActivity, template_key, 0, NULL),
  INT (BbPlanActivity, position),
  TEXT (BbPlanActivity, title, BB_PLAN_FIELD_REQUIRED, N_("Title")),
  TEXT (BbPlanActivity, content, 0, NULL),
  TEXT (BbPlanActivity, responsible, 0, NULL),
  TEXT (BbPlanActivity, participants, 0, NULL),
  DATE (BbPlanActivity, start_date, BB_PLAN_FIELD_MOVES, N_("Start")),
  DATE (BbPlanActivity, end_date, BB_PLAN_FIELD_MOVES, N_("End")),
  OPT_INT (BbPlanActivity, duration_days, N_("Duration")),
  TEXT (BbPlanActivity, coordinate_with, 0, NULL),
  TEXT (BbPlanActivity, support_tools, 0, NULL),
  LINK (BbPlanActivity, element_id, _bb_plan_kind_element),
  LINK (BbPlanActivity, focus_area_id, _bb_plan_kind_focus_area),
  ENUM (BbPlanActivity, status, 0, bb_activity_status_entries),
  TEXT (BbPlanActivity, progress_notes, 0, NULL),
  TEXT (BbPlanActivity, actor, 0, NULL),
  TEXT (BbPlanActivity, target, 0, NULL),
  TEXT (BbPlanActivity, timing, 0, NULL),
  TEXT (BbPlanActivity, dose, 0, NULL),
  TEXT (BbPlanActivity, outcome, 0, NULL),
  TEXT (BbPlanActivity, rationale, 0, NULL),
};

static const BbPlanField partner_fields[] = {
  INT (BbPlanPartner, position),
  TEXT (BbPlanPartner, name, BB_PLAN_FIELD_REQUIRED, N_("Name")),
  TEXT (BbPlanPartner, new_tasks, 0, NULL),
  TEXT (BbPlanPartner, to_inform, 0, NULL),
  TEXT (BbPlanPartner, contact_person, 0, NULL),
  TEXT (BbPlanPartner, challenges, 0, NULL),
  TEXT (BbPlanPartner, agreement, 0, NULL),
  DATE (BbPlanPartner, agreement_date, BB_PLAN_FIELD_MOVES, N_("Date of the agreement")),
};

static const BbPlanField indicator_fields[] = {
  INT (BbPlanIndicator, position),
  TEXT (BbPlanIndicator, name, BB_PLAN_FIELD_REQUIRED, N_("Name")),
  TEXT (BbPlanIndicator, definition, 0, NULL),
  TEXT (BbPlanIndicator, source, 0, NULL),
  ENUM (BbPlanIndicator, kind, 0, bb_indicator_kind_entries),
  { "adviser_id", BB_PLAN_FIELD_ADVISER, 0, G_STRUCT_OFFSET (BbPlanIndicator, adviser_id), NULL, NULL, 0, NULL },
  LINK (BbPlanIndicator, element_id, _bb_plan_kind_element),
  DOUBLE (BbPlanIndicator, target, 0, N_("Target")),
  TEXT (BbPlanIndicator, unit, 0, NULL),
};

static const BbPlanField measurement_fields[] = {
  DATE (BbMeasurement, date, BB_PLAN_FIELD_REQUIRED, N_("Date")),
  DOUBLE (BbMeasurement, value, BB_PLAN_FIELD_REQUIRED, N_("Value")),
  ENUM (BbMeasurement, origin, 0, bb_measurement_origin_entries),
  TEXT (BbMeasurement, note, 0, NULL),
};

static const BbPlanField trial_fields[] = {
  INT (BbTrialAction, position),
  TEXT (BbTrialAction, title, BB_PLAN_FIELD_REQUIRED, N_("Title")),
  TEXT (BbTrialAction, description, 0, NULL),
  DATE (BbTrialAction, start_date, BB_PLAN_FIELD_MOVES, N_("Start")),
  LINK (BbTrialAction, element_id, _bb_plan_kind_element),
};

static const BbPlanField review_fields[] = {
  DATE (BbLearningReview, date, BB_PLAN_FIELD_REQUIRED, N_("Date")),
  TEXT (BbLearningReview, worked, 0, NULL),
  TEXT (BbLearningReview, did_not_work, 0, NULL),
  ENUM (BbLearningReview, decision, 0, bb_trial_decision_entries),
  TEXT (BbLearningReview, note, 0, NULL),
};

static const BbPlanField competence_event_fields[] = {
  DATE (BbCompetenceEvent, date, BB_PLAN_FIELD_REQUIRED | BB_PLAN_FIELD_MOVES, N_("Date")),
  TEXT (BbCompetenceEvent, title, BB_PLAN_FIELD_REQUIRED, N_("Title")),
  OPT_INT (BbCompetenceEvent, n_participants, N_("Participants")),
  TEXT (BbCompetenceEvent, participants, 0, NULL),
  DOUBLE (BbCompetenceEvent, share_rating_high, BB_PLAN_FIELD_SHARE, N_("Share rating 4 or 5")),
  DOUBLE (BbCompetenceEvent, share_used_after, BB_PLAN_FIELD_SHARE, N_("Share who used it afterwards")),
  TEXT (BbCompetenceEvent, note, 0, NULL),
};

static const BbPlanField stage_event_fields[] = {
  ENUM (BbStageEvent, stage, 0, bb_plan_stage_entries),
  DATE (BbStageEvent, date, BB_PLAN_FIELD_REQUIRED, N_("Date")),
};

static const BbPlanRowKind *const element_children[] = { &_bb_plan_kind_rating, NULL };
static const BbPlanRowKind *const indicator_children[] = { &_bb_plan_kind_measurement, NULL };
static const BbPlanRowKind *const trial_children[] = { &_bb_plan_kind_review, NULL };

const BbPlanRowKind _bb_plan_kind_element =
  KIND ("plan_elements", "elements", "plan_id", NULL, "position, id", BbPlanElement, bb_plan_element, element_fields, element_children);
const BbPlanRowKind _bb_plan_kind_rating =
  KIND ("plan_fidelity_ratings", "ratings", "element_id", &_bb_plan_kind_element, "date, id", BbFidelityRating, bb_fidelity_rating, rating_fields, NULL);
const BbPlanRowKind _bb_plan_kind_challenge =
  KIND ("plan_challenges", "challenges", "plan_id", NULL, "position, id", BbPlanChallenge, bb_plan_challenge, challenge_fields, NULL);
const BbPlanRowKind _bb_plan_kind_focus_area =
  KIND ("plan_focus_areas", "focus_areas", "plan_id", NULL, "position, id", BbFocusArea, bb_focus_area, focus_area_fields, NULL);
const BbPlanRowKind _bb_plan_kind_activity =
  KIND ("plan_activities", "activities", "plan_id", NULL, "position, id", BbPlanActivity, bb_plan_activity, activity_fields, NULL);
const BbPlanRowKind _bb_plan_kind_partner =
  KIND ("plan_partners", "partners", "plan_id", NULL, "position, id", BbPlanPartner, bb_plan_partner, partner_fields, NULL);
const BbPlanRowKind _bb_plan_kind_indicator =
  KIND ("plan_indicators", "indicators", "plan_id", NULL, "position, id", BbPlanIndicator, bb_plan_indicator, indicator_fields, indicator_children);
const BbPlanRowKind _bb_plan_kind_measurement =
  KIND ("plan_measurements", "measurements", "indicator_id", &_bb_plan_kind_indicator, "date, id", BbMeasurement, bb_measurement, measurement_fields, NULL);
const BbPlanRowKind _bb_plan_kind_trial =
  KIND ("plan_trials", "trials", "plan_id", NULL, "position, id", BbTrialAction, bb_trial_action, trial_fields, trial_children);
const BbPlanRowKind _bb_plan_kind_review =
  KIND ("plan_reviews", "reviews", "trial_id", &_bb_plan_kind_trial, "date, id", BbLearningReview, bb_learning_review, review_fields, NULL);
const BbPlanRowKind _bb_plan_kind_competence_event =
  KIND ("plan_competence_events", "competence_events", "plan_id", NULL, "date, id", BbCompetenceEvent, bb_competence_event, competence_event_fields, NULL);
const BbPlanRowKind _bb_plan_kind_stage_event =
  KIND ("plan_stage_events", "stage_events", "plan_id", NULL, "date, id", BbStageEvent, bb_stage_event, stage_event_fields, NULL);

const BbPlanRowKind *const _bb_plan_kinds[] = {
  &_bb_plan_kind_element,
  &_bb_plan_kind_challenge,
  &_bb_plan_kind_focus_area,
  &_bb_plan_kind_activity,
  &_bb_plan_kind_partner,
  &_bb_plan_kind_indicator,
  &_bb_plan_kind_trial,
  &_bb_plan_kind_competence_event,
  &_bb_plan_kind_stage_event,
  NULL,
};

/* ---- records of any kind ---------------------------------------------- */

gpointer
_bb_plan_record_new (const BbPlanRowKind *kind)
{
  gpointer record = g_malloc0 (kind->size);

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const BbPlanField *field = &kind->fields[i];

      if (field->type == BB_PLAN_FIELD_OPTIONAL_INT)
        *BB_PLAN_FIELD_PTR (record, field, int) = -1;
      else if (field->type == BB_PLAN_FIELD_DOUBLE)
        *BB_PLAN_FIELD_PTR (record, field, double) = NAN;
    }
  return record;
}

gpointer
_bb_plan_record_copy (const BbPlanRowKind *kind,
                      gconstpointer        record)
{
  gpointer copy = g_memdup2 (record, kind->size);

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const BbPlanField *field = &kind->fields[i];

      if (field->type == BB_PLAN_FIELD_TEXT || field->type == BB_PLAN_FIELD_DATE)
        {
          char **text = BB_PLAN_FIELD_PTR (copy, field, char *);

          *text = g_strdup (*text);
        }
    }
  return copy;
}

void
_bb_plan_record_free (const BbPlanRowKind *kind,
                      gpointer             record)
{
  if (record == NULL)
    return;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const BbPlanField *field = &kind->fields[i];

      if (field->type == BB_PLAN_FIELD_TEXT || field->type == BB_PLAN_FIELD_DATE)
        g_free (*BB_PLAN_FIELD_PTR (record, field, char *));
    }
  g_free (record);
}

static const BbPlanField *
find_field (const BbPlanRowKind *kind,
            const char          *name)
{
  for (guint i = 0; i < kind->n_fields; i++)
    if (strcmp (kind->fields[i].name, name) == 0)
      return &kind->fields[i];

  return NULL;
}

void
_bb_plan_record_set_text (const BbPlanRowKind *kind,
                          gpointer             record,
                          const char          *name,
                          const char          *text)
{
  const BbPlanField *field = find_field (kind, name);

  if (field == NULL)
    return;

  g_return_if_fail (field->type == BB_PLAN_FIELD_TEXT || field->type == BB_PLAN_FIELD_DATE);
  g_free (*BB_PLAN_FIELD_PTR (record, field, char *));
  *BB_PLAN_FIELD_PTR (record, field, char *) = g_strdup (text);
}

void
_bb_plan_record_set_int (const BbPlanRowKind *kind,
                         gpointer             record,
                         const char          *name,
                         int                  value)
{
  const BbPlanField *field = find_field (kind, name);

  if (field == NULL)
    return;

  g_return_if_fail (field->type == BB_PLAN_FIELD_INT || field->type == BB_PLAN_FIELD_OPTIONAL_INT);
  *BB_PLAN_FIELD_PTR (record, field, int) = value;
}

/* The public new/copy/free of each record over its table. */
#define BB_DEFINE_PLAN_RECORD(Type, type, kind) \
  G_DEFINE_BOXED_TYPE (Type, type, type##_copy, type##_free) \
  \
  Type * \
  type##_new (void) \
  { \
    return _bb_plan_record_new (&kind); \
  } \
  \
  Type * \
  type##_copy (const Type *record) \
  { \
    g_return_val_if_fail (record != NULL, NULL); \
    return _bb_plan_record_copy (&kind, record); \
  } \
  \
  void \
  type##_free (Type *record) \
  { \
    _bb_plan_record_free (&kind, record); \
  }

BB_DEFINE_PLAN_RECORD (BbPlanElement, bb_plan_element, _bb_plan_kind_element)
BB_DEFINE_PLAN_RECORD (BbFidelityRating, bb_fidelity_rating, _bb_plan_kind_rating)
BB_DEFINE_PLAN_RECORD (BbPlanChallenge, bb_plan_challenge, _bb_plan_kind_challenge)
BB_DEFINE_PLAN_RECORD (BbFocusArea, bb_focus_area, _bb_plan_kind_focus_area)
BB_DEFINE_PLAN_RECORD (BbPlanActivity, bb_plan_activity, _bb_plan_kind_activity)
BB_DEFINE_PLAN_RECORD (BbPlanPartner, bb_plan_partner, _bb_plan_kind_partner)
BB_DEFINE_PLAN_RECORD (BbPlanIndicator, bb_plan_indicator, _bb_plan_kind_indicator)
BB_DEFINE_PLAN_RECORD (BbMeasurement, bb_measurement, _bb_plan_kind_measurement)
BB_DEFINE_PLAN_RECORD (BbTrialAction, bb_trial_action, _bb_plan_kind_trial)
BB_DEFINE_PLAN_RECORD (BbLearningReview, bb_learning_review, _bb_plan_kind_review)
BB_DEFINE_PLAN_RECORD (BbCompetenceEvent, bb_competence_event, _bb_plan_kind_competence_event)
BB_DEFINE_PLAN_RECORD (BbStageEvent, bb_stage_event, _bb_plan_kind_stage_event)

/* ---- activities ------------------------------------------------------- */

/* YYYY-MM-DD into @date; FALSE for NULL and anything else. */
gboolean
_bb_plan_parse_date (const char *text,
                     GDate      *date)
{
  guint year, month, day;
  char rest;

  if (text == NULL || text[0] == '\0' || !bb_validate_date (text) ||
      sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &rest) != 3)
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

char *
bb_plan_activity_dup_end (const BbPlanActivity *activity)
{
  GDate date;
  char buffer[16];

  g_return_val_if_fail (activity != NULL, NULL);

  if (activity->end_date != NULL)
    return g_strdup (activity->end_date);
  if (activity->duration_days < 0 || !_bb_plan_parse_date (activity->start_date, &date))
    return NULL;

  g_date_add_days (&date, activity->duration_days);
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &date);
  return g_strdup (buffer);
}

gboolean
bb_plan_activity_is_overdue (const BbPlanActivity *activity,
                             const GDate          *today)
{
  g_autofree char *end = NULL;
  GDate date;

  g_return_val_if_fail (activity != NULL, FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  if (activity->status == BB_ACTIVITY_DONE || activity->status == BB_ACTIVITY_CANCELLED)
    return FALSE;

  end = bb_plan_activity_dup_end (activity);
  if (!_bb_plan_parse_date (end != NULL ? end : activity->start_date, &date))
    return FALSE;

  return g_date_compare (&date, today) < 0;
}
