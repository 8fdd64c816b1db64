/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The plan store tests' fixture, and a plan with every field of every row kind. */

#include "bb-test-plan-fixture.h"

void
bb_test_plans_set_up (BbTestPlans   *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->context = bb_test_context_new (&fixture->folder);
  fixture->database = bb_context_get_database (fixture->context);
  fixture->plans = bb_context_get_plans (fixture->context);
  fixture->templates = bb_plan_template_load_all (NULL, &error);
  g_assert_no_error (error);
  /* Four models' versions are shipped; without them the test fails, never skips. */
  g_assert_cmpuint (fixture->templates->len, >=, 4);
}

void
bb_test_plans_tear_down (BbTestPlans   *fixture,
                         gconstpointer  user_data)
{
  g_clear_pointer (&fixture->templates, g_ptr_array_unref);
  g_assert_finalize_object (fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

BbPlanTemplate *
bb_test_plans_find_template (BbTestPlans *fixture,
                             const char  *model,
                             const char  *version)
{
  BbPlanTemplate *template = bb_plan_template_find (fixture->templates, model, version);

  g_assert_nonnull (template);
  return template;
}

gint64
bb_test_plans_count (BbTestPlans *fixture,
                     const char  *sql)
{
  return bb_test_query_int (fixture->database, sql);
}

/* ---- every field of every row kind ------------------------------------- */

static gint64
add_adviser (BbTestPlans *fixture,
             const char  *name)
{
  g_autoptr(BbAdviser) adviser = bb_adviser_new (name);
  g_autoptr(GError) error = NULL;

  bb_adviser_repository_save (bb_context_get_advisers (fixture->context), adviser, &error);
  g_assert_no_error (error);
  return bb_adviser_get_id (adviser);
}

/* A row of each kind with every field set (none left at its default). */
void
bb_test_plans_fill (BbTestPlans      *fixture,
                    BbTestPlanFilled *filled)
{
  BbPlanRepository *plans = fixture->plans;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbPlan) plan = bb_plan_repository_get (plans, filled->plan_id, &error);
  g_autoptr(BbPlanElement) element = bb_plan_element_new ();
  g_autoptr(BbFidelityRating) rating = bb_fidelity_rating_new ();
  g_autoptr(BbPlanChallenge) challenge = bb_plan_challenge_new ();
  g_autoptr(BbFocusArea) area = bb_focus_area_new ();
  g_autoptr(BbPlanActivity) activity = bb_plan_activity_new ();
  g_autoptr(BbPlanPartner) partner = bb_plan_partner_new ();
  g_autoptr(BbPlanIndicator) indicator = bb_plan_indicator_new ();
  g_autoptr(BbMeasurement) measurement = bb_measurement_new ();
  g_autoptr(BbTrialAction) trial = bb_trial_action_new ();
  g_autoptr(BbLearningReview) review = bb_learning_review_new ();
  g_autoptr(BbCompetenceEvent) event = bb_competence_event_new ();

  g_assert_no_error (error);
  bb_plan_set_organisation (plan, "Ungeenheden, Aarhus Kommune");
  bb_plan_set_owner (plan, "Projektleder Lise");
  bb_plan_set_purpose (plan, "Lettere adgang for unge med mistrivsel");
  bb_plan_set_target_group (plan, "Unge 15-25 år");
  bb_plan_set_period_start (plan, "2026-01-01");
  bb_plan_set_period_end (plan, "2026-12-31");
  bb_plan_set_status (plan, BB_PLAN_STATUS_ACTIVE);
  bb_plan_repository_save (plans, plan, &error);
  g_assert_no_error (error);

  element->plan_id = filled->plan_id;
  element->template_key = g_strdup ("own-element");
  element->position = 40;
  element->title = g_strdup ("Eget kerneelement");
  element->description = g_strdup ("Beskrivelse med »citat« og æøå");
  bb_plan_repository_save_element (plans, element, &error);
  g_assert_no_error (error);
  filled->element_id = element->id;

  rating->element_id = element->id;
  rating->date = g_strdup ("2026-02-01");
  rating->level = BB_FIDELITY_LARGELY;
  rating->note = g_strdup ("Næsten på plads");
  bb_plan_repository_rate_element (plans, rating, &error);
  g_assert_no_error (error);

  challenge->plan_id = filled->plan_id;
  challenge->template_key = g_strdup ("own-challenge");
  challenge->position = 41;
  challenge->title = g_strdup ("Egen udfordring");
  challenge->guiding_questions = g_strdup ("Hvem?\nHvornår?");
  challenge->rating = BB_CHALLENGE_HIGH;
  challenge->note = g_strdup ("Ressourcer mangler");
  bb_plan_repository_save_challenge (plans, challenge, &error);
  g_assert_no_error (error);

  area->plan_id = filled->plan_id;
  area->template_key = g_strdup ("own-area");
  area->position = 42;
  area->title = g_strdup ("Eget fokusområde");
  area->guiding_questions = g_strdup ("Hvad skal ændres?");
  area->adaptations = g_strdup ("Ugentligt møde");
  bb_plan_repository_save_focus_area (plans, area, &error);
  g_assert_no_error (error);
  filled->focus_area_id = area->id;

  activity->plan_id = filled->plan_id;
  activity->template_key = g_strdup ("own-activity");
  activity->position = 43;
  activity->title = g_strdup ("Introduktionsmøde");
  activity->content = g_strdup ("Indhold");
  activity->responsible = g_strdup ("Teamleder");
  activity->participants = g_strdup ("Rådgivere");
  activity->start_date = g_strdup ("2026-04-01");
  activity->end_date = g_strdup ("2026-04-30");
  activity->duration_days = 29;
  activity->coordinate_with = g_strdup ("Jobcentret");
  activity->support_tools = g_strdup ("Drejebog");
  activity->element_id = element->id;
  activity->focus_area_id = area->id;
  activity->status = BB_ACTIVITY_IN_PROGRESS;
  activity->progress_notes = g_strdup ("Halvvejs");
  activity->actor = g_strdup ("Teamlederen");
  activity->target = g_strdup ("Rådgiverne");
  activity->timing = g_strdup ("Ved opstart");
  activity->dose = g_strdup ("To timer");
  activity->outcome = g_strdup ("Kortere ventetid");
  activity->rationale = g_strdup ("Fælles forståelse");
  bb_plan_repository_save_activity (plans, activity, &error);
  g_assert_no_error (error);

  partner->plan_id = filled->plan_id;
  partner->position = 44;
  partner->name = g_strdup ("PPR");
  partner->new_tasks = g_strdup ("Henvise");
  partner->to_inform = g_strdup ("Skoleledere");
  partner->contact_person = g_strdup ("Ambassadør Ole");
  partner->challenges = g_strdup ("Travlhed");
  partner->agreement = g_strdup ("Samarbejdsaftale");
  partner->agreement_date = g_strdup ("2026-02-15");
  bb_plan_repository_save_partner (plans, partner, &error);
  g_assert_no_error (error);

  {
    g_autofree char *name = g_strdup_printf ("Rådgiver Rasmus Hemmelig %" G_GINT64_FORMAT, filled->plan_id);

    filled->adviser_id = add_adviser (fixture, name);
  }
  indicator->plan_id = filled->plan_id;
  indicator->position = 45;
  indicator->name = g_strdup ("Ventetid");
  indicator->definition = g_strdup ("Median i dage");
  indicator->source = g_strdup ("Forløbene");
  indicator->kind = BB_INDICATOR_WAITING_MEDIAN;
  indicator->adviser_id = filled->adviser_id;
  indicator->element_id = element->id;
  indicator->target = 14.5;
  indicator->unit = g_strdup ("dage");
  bb_plan_repository_save_indicator (plans, indicator, &error);
  g_assert_no_error (error);

  measurement->indicator_id = indicator->id;
  measurement->date = g_strdup ("2026-02-01");
  measurement->value = 21.25;
  measurement->origin = BB_MEASUREMENT_FIGURE_FILE;
  measurement->note = g_strdup ("Fra fil");
  bb_plan_repository_save_measurement (plans, measurement, &error);
  g_assert_no_error (error);

  trial->plan_id = filled->plan_id;
  trial->position = 46;
  trial->title = g_strdup ("Drop-in om fredagen");
  trial->description = g_strdup ("Fire uger");
  trial->start_date = g_strdup ("2026-03-01");
  trial->element_id = element->id;
  bb_plan_repository_save_trial (plans, trial, &error);
  g_assert_no_error (error);

  review->trial_id = trial->id;
  review->date = g_strdup ("2026-03-10");
  review->worked = g_strdup ("Mange kom");
  review->did_not_work = g_strdup ("For sent på dagen");
  review->decision = BB_TRIAL_DECISION_ADJUST;
  review->note = g_strdup ("Flyt til kl. 13");
  bb_plan_repository_save_review (plans, review, &error);
  g_assert_no_error (error);

  event->plan_id = filled->plan_id;
  event->date = g_strdup ("2026-01-20");
  event->title = g_strdup ("Kursus i motiverende samtale");
  event->n_participants = 12;
  event->participants = g_strdup ("Alle rådgivere");
  event->share_rating_high = 0.75;
  event->share_used_after = 0.5;
  event->note = g_strdup ("Godt modtaget");
  bb_plan_repository_save_competence_event (plans, event, &error);
  g_assert_no_error (error);
}

/* The last row of @rows, where bb_test_plans_fill () put its own. */
gpointer
bb_test_last_row (GPtrArray *rows)
{
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, >, 0);
  return g_ptr_array_index (rows, rows->len - 1);
}

void
bb_test_plans_assert_filled (BbTestPlans *fixture,
                             gint64       plan_id)
{
  BbPlanRepository *plans = fixture->plans;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbPlan) plan = bb_plan_repository_get (plans, plan_id, &error);
  g_autoptr(GPtrArray) elements = bb_plan_repository_list_elements (plans, plan_id, &error);
  g_autoptr(GPtrArray) challenges = bb_plan_repository_list_challenges (plans, plan_id, &error);
  g_autoptr(GPtrArray) areas = bb_plan_repository_list_focus_areas (plans, plan_id, &error);
  g_autoptr(GPtrArray) activities = bb_plan_repository_list_activities (plans, plan_id, &error);
  g_autoptr(GPtrArray) partners = bb_plan_repository_list_partners (plans, plan_id, &error);
  g_autoptr(GPtrArray) indicators = bb_plan_repository_list_indicators (plans, plan_id, &error);
  g_autoptr(GPtrArray) trials = bb_plan_repository_list_trials (plans, plan_id, &error);
  g_autoptr(GPtrArray) events = bb_plan_repository_list_competence_events (plans, plan_id, &error);
  g_autoptr(GPtrArray) ratings = NULL;
  g_autoptr(GPtrArray) measurements = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  BbPlanElement *element = bb_test_last_row (elements);
  BbPlanChallenge *challenge = bb_test_last_row (challenges);
  BbFocusArea *area = bb_test_last_row (areas);
  BbPlanActivity *activity = bb_test_last_row (activities);
  BbPlanPartner *partner = bb_test_last_row (partners);
  BbPlanIndicator *indicator = bb_test_last_row (indicators);
  BbTrialAction *trial = bb_test_last_row (trials);
  BbCompetenceEvent *event = bb_test_last_row (events);
  BbFidelityRating *rating;
  BbMeasurement *measurement;
  BbLearningReview *review;

  g_assert_no_error (error);
  g_assert_cmpstr (bb_plan_get_organisation (plan), ==, "Ungeenheden, Aarhus Kommune");
  g_assert_cmpstr (bb_plan_get_owner (plan), ==, "Projektleder Lise");
  g_assert_cmpstr (bb_plan_get_purpose (plan), ==, "Lettere adgang for unge med mistrivsel");
  g_assert_cmpstr (bb_plan_get_target_group (plan), ==, "Unge 15-25 år");
  g_assert_cmpstr (bb_plan_get_period_start (plan), ==, "2026-01-01");
  g_assert_cmpstr (bb_plan_get_period_end (plan), ==, "2026-12-31");
  g_assert_cmpint (bb_plan_get_status (plan), ==, BB_PLAN_STATUS_ACTIVE);

  g_assert_cmpint (element->plan_id, ==, plan_id);
  g_assert_cmpstr (element->template_key, ==, "own-element");
  g_assert_cmpint (element->position, ==, 40);
  g_assert_cmpstr (element->title, ==, "Eget kerneelement");
  g_assert_cmpstr (element->description, ==, "Beskrivelse med »citat« og æøå");
  g_assert_cmpint (element->fidelity, ==, BB_FIDELITY_LARGELY);
  g_assert_cmpstr (element->fidelity_date, ==, "2026-02-01");

  ratings = bb_plan_repository_list_ratings (plans, element->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ratings->len, ==, 1);
  rating = g_ptr_array_index (ratings, 0);
  g_assert_cmpint (rating->element_id, ==, element->id);
  g_assert_cmpstr (rating->date, ==, "2026-02-01");
  g_assert_cmpint (rating->level, ==, BB_FIDELITY_LARGELY);
  g_assert_cmpstr (rating->note, ==, "Næsten på plads");

  g_assert_cmpstr (challenge->template_key, ==, "own-challenge");
  g_assert_cmpint (challenge->position, ==, 41);
  g_assert_cmpstr (challenge->title, ==, "Egen udfordring");
  g_assert_cmpstr (challenge->guiding_questions, ==, "Hvem?\nHvornår?");
  g_assert_cmpint (challenge->rating, ==, BB_CHALLENGE_HIGH);
  g_assert_cmpstr (challenge->note, ==, "Ressourcer mangler");

  g_assert_cmpstr (area->template_key, ==, "own-area");
  g_assert_cmpint (area->position, ==, 42);
  g_assert_cmpstr (area->title, ==, "Eget fokusområde");
  g_assert_cmpstr (area->guiding_questions, ==, "Hvad skal ændres?");
  g_assert_cmpstr (area->adaptations, ==, "Ugentligt møde");

  g_assert_cmpstr (activity->template_key, ==, "own-activity");
  g_assert_cmpint (activity->position, ==, 43);
  g_assert_cmpstr (activity->title, ==, "Introduktionsmøde");
  g_assert_cmpstr (activity->content, ==, "Indhold");
  g_assert_cmpstr (activity->responsible, ==, "Teamleder");
  g_assert_cmpstr (activity->participants, ==, "Rådgivere");
  g_assert_cmpstr (activity->start_date, ==, "2026-04-01");
  g_assert_cmpstr (activity->end_date, ==, "2026-04-30");
  g_assert_cmpint (activity->duration_days, ==, 29);
  g_assert_cmpstr (activity->coordinate_with, ==, "Jobcentret");
  g_assert_cmpstr (activity->support_tools, ==, "Drejebog");
  g_assert_cmpint (activity->element_id, ==, element->id);
  g_assert_cmpint (activity->focus_area_id, ==, area->id);
  g_assert_cmpint (activity->status, ==, BB_ACTIVITY_IN_PROGRESS);
  g_assert_cmpstr (activity->progress_notes, ==, "Halvvejs");
  g_assert_cmpstr (activity->actor, ==, "Teamlederen");
  g_assert_cmpstr (activity->target, ==, "Rådgiverne");
  g_assert_cmpstr (activity->timing, ==, "Ved opstart");
  g_assert_cmpstr (activity->dose, ==, "To timer");
  g_assert_cmpstr (activity->outcome, ==, "Kortere ventetid");
  g_assert_cmpstr (activity->rationale, ==, "Fælles forståelse");

  g_assert_cmpint (partner->position, ==, 44);
  g_assert_cmpstr (partner->name, ==, "PPR");
  g_assert_cmpstr (partner->new_tasks, ==, "Henvise");
  g_assert_cmpstr (partner->to_inform, ==, "Skoleledere");
  g_assert_cmpstr (partner->contact_person, ==, "Ambassadør Ole");
  g_assert_cmpstr (partner->challenges, ==, "Travlhed");
  g_assert_cmpstr (partner->agreement, ==, "Samarbejdsaftale");
  g_assert_cmpstr (partner->agreement_date, ==, "2026-02-15");

  g_assert_cmpint (indicator->position, ==, 45);
  g_assert_cmpstr (indicator->name, ==, "Ventetid");
  g_assert_cmpstr (indicator->definition, ==, "Median i dage");
  g_assert_cmpstr (indicator->source, ==, "Forløbene");
  g_assert_cmpint (indicator->kind, ==, BB_INDICATOR_WAITING_MEDIAN);
  g_assert_cmpint (indicator->element_id, ==, element->id);
  g_assert_cmpfloat (indicator->target, ==, 14.5);
  g_assert_cmpstr (indicator->unit, ==, "dage");

  measurements = bb_plan_repository_list_measurements (plans, indicator->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (measurements->len, ==, 1);
  measurement = g_ptr_array_index (measurements, 0);
  g_assert_cmpint (measurement->indicator_id, ==, indicator->id);
  g_assert_cmpstr (measurement->date, ==, "2026-02-01");
  g_assert_cmpfloat (measurement->value, ==, 21.25);
  g_assert_cmpint (measurement->origin, ==, BB_MEASUREMENT_FIGURE_FILE);
  g_assert_cmpstr (measurement->note, ==, "Fra fil");

  g_assert_cmpint (trial->position, ==, 46);
  g_assert_cmpstr (trial->title, ==, "Drop-in om fredagen");
  g_assert_cmpstr (trial->description, ==, "Fire uger");
  g_assert_cmpstr (trial->start_date, ==, "2026-03-01");
  g_assert_cmpint (trial->element_id, ==, element->id);

  reviews = bb_plan_repository_list_reviews (plans, trial->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, ==, 1);
  review = g_ptr_array_index (reviews, 0);
  g_assert_cmpint (review->trial_id, ==, trial->id);
  g_assert_cmpstr (review->date, ==, "2026-03-10");
  g_assert_cmpstr (review->worked, ==, "Mange kom");
  g_assert_cmpstr (review->did_not_work, ==, "For sent på dagen");
  g_assert_cmpint (review->decision, ==, BB_TRIAL_DECISION_ADJUST);
  g_assert_cmpstr (review->note, ==, "Flyt til kl. 13");

  g_assert_cmpstr (event->date, ==, "2026-01-20");
  g_assert_cmpstr (event->title, ==, "Kursus i motiverende samtale");
  g_assert_cmpint (event->n_participants, ==, 12);
  g_assert_cmpstr (event->participants, ==, "Alle rådgivere");
  g_assert_cmpfloat (event->share_rating_high, ==, 0.75);
  g_assert_cmpfloat (event->share_used_after, ==, 0.5);
  g_assert_cmpstr (event->note, ==, "Godt modtaget");
}

void
bb_test_plans_rate (BbTestPlans *fixture,
                    gint64       element_id,
                    const char  *date,
                    BbFidelity   level)
{
  g_autoptr(BbFidelityRating) rating = bb_fidelity_rating_new ();
  g_autoptr(GError) error = NULL;

  rating->element_id = element_id;
  rating->date = g_strdup (date);
  rating->level = level;
  bb_plan_repository_rate_element (fixture->plans, rating, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rating->id, >, 0);
}

BbPlanElement *
bb_test_find_element (GPtrArray  *elements,
                      const char *key)
{
  for (guint i = 0; i < elements->len; i++)
    if (g_strcmp0 (((BbPlanElement *) g_ptr_array_index (elements, i))->template_key, key) == 0)
      return g_ptr_array_index (elements, i);

  g_assert_not_reached ();
}

gint64
bb_test_plans_add_plan (BbTestPlans  *fixture,
                        const char   *title,
                        const char   *organisation,
                        BbPlanStatus  status)
{
  g_autoptr(BbPlan) plan = bb_plan_new (title);
  g_autoptr(GError) error = NULL;

  bb_plan_set_organisation (plan, organisation);
  bb_plan_set_status (plan, status);
  bb_plan_repository_save (fixture->plans, plan, &error);
  g_assert_no_error (error);
  return bb_plan_get_id (plan);
}
