/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <math.h>

#include "bb-test-plans.h"

static void
save_or_fail (gboolean  saved,
              GError   *error)
{
  g_assert_no_error (error);
  g_assert_true (saved);
}

gint64
bb_test_make_plan (BbContext *context,
                   guint      n_activities)
{
  BbPlanRepository *plans = bb_context_get_plans (context);
  BbPlanTemplate *template = bb_plan_template_find (bb_context_get_templates (context), "youth-intervention", "2023");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) elements = NULL;
  g_autoptr(BbPlan) plan = NULL;
  g_autoptr(BbPlanIndicator) indicator = bb_plan_indicator_new ();
  g_autoptr(BbPlanPartner) partner = bb_plan_partner_new ();
  g_autoptr(BbTrialAction) trial = bb_trial_action_new ();
  g_autoptr(BbLearningReview) review = bb_learning_review_new ();
  g_autoptr(BbCompetenceEvent) event = bb_competence_event_new ();
  gint64 id;

  g_assert_nonnull (template);
  id = bb_plan_repository_create (plans, template, "Ungeindsatsen i Nordby 2026", &error);
  g_assert_no_error (error);
  plan = bb_plan_repository_get (plans, id, &error);
  g_assert_no_error (error);
  bb_plan_set_organisation (plan, "Nordby Kommune");
  bb_plan_set_owner (plan, "Projektleder Lise Holm");
  bb_plan_set_purpose (plan, "Flere unge får hurtig hjælp.");
  bb_plan_set_target_group (plan, "Unge 15–25 år med psykisk mistrivsel.");
  bb_plan_set_period_start (plan, "2026-01-01");
  bb_plan_set_period_end (plan, "2026-12-31");
  save_or_fail (bb_plan_repository_save (plans, plan, &error), error);

  elements = bb_plan_repository_list_elements (plans, id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < elements->len; i++)
    for (guint level = 0; level < 3; level++)
      {
        g_autoptr(BbFidelityRating) rating = bb_fidelity_rating_new ();

        rating->element_id = ((BbPlanElement *) g_ptr_array_index (elements, i))->id;
        rating->date = g_strdup_printf ("2026-0%u-01", level + 1);
        rating->level = MIN (level + (i & 1), BB_FIDELITY_FULLY);
        save_or_fail (bb_plan_repository_rate_element (plans, rating, &error), error);
      }

  for (guint i = 0; i < n_activities; i++)
    {
      g_autoptr(BbPlanActivity) activity = bb_plan_activity_new ();

      activity->plan_id = id;
      activity->title = g_strdup_printf ("Aktivitet nummer %u", i + 1);
      activity->content = g_strdup ("Vi afholder et fælles møde for rådgiverne og lederne om visitation.");
      activity->responsible = g_strdup ("Teamleder");
      activity->participants = g_strdup ("Alle rådgivere");
      activity->start_date = g_strdup_printf ("2026-%02u-01", i % 12 + 1);
      activity->duration_days = 30;
      activity->coordinate_with = g_strdup ("Skolerne");
      activity->support_tools = g_strdup ("Screeningsværktøj");
      if (elements->len > 0)
        activity->element_id = ((BbPlanElement *) g_ptr_array_index (elements, i % elements->len))->id;
      activity->status = i % BB_ACTIVITY_STATUS_COUNT;
      activity->actor = g_strdup ("Rådgiverne");
      activity->target = g_strdup ("De unge på ventelisten");
      activity->timing = g_strdup ("Inden for to uger");
      activity->dose = g_strdup ("Én samtale om ugen");
      activity->outcome = g_strdup ("Kortere ventetid");
      activity->rationale = g_strdup ("Hurtig hjælp forebygger forværring.");
      save_or_fail (bb_plan_repository_save_activity (plans, activity, &error), error);
    }

  indicator->plan_id = id;
  indicator->name = g_strdup ("Ventetid til første samtale");
  indicator->kind = BB_INDICATOR_MANUAL;
  indicator->target = 14;
  indicator->unit = g_strdup ("dage");
  indicator->element_id = elements->len > 0 ? ((BbPlanElement *) g_ptr_array_index (elements, 0))->id : 0;
  save_or_fail (bb_plan_repository_save_indicator (plans, indicator, &error), error);
  for (guint month = 1; month <= 3; month++)
    {
      g_autoptr(BbMeasurement) measurement = bb_measurement_new ();

      measurement->indicator_id = indicator->id;
      measurement->date = g_strdup_printf ("2026-%02u-01", month);
      measurement->value = 30 - 5 * month;
      save_or_fail (bb_plan_repository_save_measurement (plans, measurement, &error), error);
    }

  partner->plan_id = id;
  partner->name = g_strdup ("Ungdomsskolen");
  partner->new_tasks = g_strdup ("Henviser unge");
  partner->contact_person = g_strdup ("Ambassadør Per");
  save_or_fail (bb_plan_repository_save_partner (plans, partner, &error), error);

  trial->plan_id = id;
  trial->title = g_strdup ("Åben rådgivning om fredagen");
  trial->start_date = g_strdup ("2026-02-01");
  save_or_fail (bb_plan_repository_save_trial (plans, trial, &error), error);
  review->trial_id = trial->id;
  review->date = g_strdup ("2026-03-01");
  review->worked = g_strdup ("Flere unge kom");
  review->decision = BB_TRIAL_DECISION_CONTINUE;
  save_or_fail (bb_plan_repository_save_review (plans, review, &error), error);

  event->plan_id = id;
  event->date = g_strdup ("2026-02-10");
  event->title = g_strdup ("Kursus i samtaleteknik");
  event->n_participants = 12;
  event->share_rating_high = 0.75;
  event->share_used_after = NAN;
  save_or_fail (bb_plan_repository_save_competence_event (plans, event, &error), error);

  return id;
}
