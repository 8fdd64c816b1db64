/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A plan from another: the JSON exchange between municipalities (every field out and
 * back, the same file again, no adviser, garbage refused), carrying a plan over to a
 * newer version of its model, and next period's plan by duplicating. */

#include <glib/gstdio.h>
#include <string.h>

#include "bb-test-plan-fixture.h"

/* ---- the JSON exchange -------------------------------------------------- */

static char *
export_to_text (BbPlanRepository *plans,
                gint64            id,
                const char       *folder,
                const char       *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  GStatBuf buf;

  bb_plan_repository_export_json (plans, id, file, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  /* Written as the house writes files that may hold personal data. */
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  return text;
}

static void
test_json (BbTestPlans   *fixture,
           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *other_folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(BbContext) other = NULL;
  g_autoptr(BbPlan) imported = NULL;
  BbTestPlanFilled filled = { 0 };
  gint64 id;

  filled.plan_id = bb_plan_repository_create (fixture->plans,
                                              bb_test_plans_find_template (fixture, "youth-intervention", "2023"),
                                              "Implementeringsplan 2026", &error);
  g_assert_no_error (error);
  bb_test_plans_fill (fixture, &filled);
  bb_plan_repository_change_stage (fixture->plans, filled.plan_id, BB_PLAN_STAGE_INSTALLATION, "2026-03-15",
                                   &error);
  g_assert_no_error (error);

  first = export_to_text (fixture->plans, filled.plan_id, fixture->folder, "plan.json");
  /* No adviser leaves: neither the name nor the id. */
  g_assert_null (strstr (first, "Rasmus"));
  g_assert_null (strstr (first, "\"adviser_id\""));
  g_assert_nonnull (strstr (first, "\"format\" : \"brobygger-plan\""));

  /* Into another municipality's database: the same plan, field by field, and the
   * same file again. */
  other = bb_test_context_new (&other_folder);
  path = g_build_filename (fixture->folder, "plan.json", NULL);
  file = g_file_new_for_path (path);
  id = bb_plan_repository_import_json (bb_context_get_plans (other), file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  imported = bb_plan_repository_get (bb_context_get_plans (other), id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_plan_get_title (imported), ==, "Implementeringsplan 2026");
  g_assert_cmpint (bb_plan_get_stage (imported), ==, BB_PLAN_STAGE_INSTALLATION);

  second = export_to_text (bb_context_get_plans (other), id, other_folder, "again.json");
  g_assert_cmpstr (first, ==, second);

  /* Every field came in; the adviser did not. */
  {
    BbTestPlans view = *fixture;
    g_autoptr(GPtrArray) indicators = NULL;

    view.plans = bb_context_get_plans (other);
    view.database = bb_context_get_database (other);
    bb_test_plans_assert_filled (&view, id);
    indicators = bb_plan_repository_list_indicators (view.plans, id, &error);
    g_assert_cmpint (((BbPlanIndicator *) bb_test_last_row (indicators))->adviser_id, ==, 0);
  }

  g_clear_object (&imported);
  g_assert_finalize_object (g_steal_pointer (&other));
  bb_test_remove_folder (other_folder);
}

static void
assert_refused (BbTestPlans *fixture,
                const char  *contents,
                const char  *words)
{
  g_autofree char *path = g_build_filename (fixture->folder, "bad.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gint64 before = bb_test_plans_count (fixture, "SELECT count (*) FROM plans");

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_assert_cmpint (bb_plan_repository_import_json (fixture->plans, file, &error), ==, 0);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_FILE);
  g_assert_nonnull (strstr (error->message, words));
  /* Nothing of it stays. */
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT count (*) FROM plans"), ==, before);
}

#define HEAD "{\"format\": \"brobygger-plan\", \"version\": 1, "
#define PLAN HEAD "\"plan\": {\"title\": \"P\"}, "

static void
test_json_refused (BbTestPlans   *fixture,
                   gconstpointer  user_data)
{
  assert_refused (fixture, "not json at all", "bad.json");
  assert_refused (fixture, "[1, 2]", "is not a plan file");
  /* An empty file parses to no document at all. */
  assert_refused (fixture, "", "is not a plan file");
  assert_refused (fixture, "{\"format\": \"something-else\", \"version\": 1}", "is not a plan file");
  assert_refused (fixture, "{\"format\": \"brobygger-plan\", \"version\": 7, \"plan\": {\"title\": \"P\"}}",
                  "newer version");
  assert_refused (fixture, HEAD "\"plan\": {\"title\": \"\"}}", "no title");
  assert_refused (fixture, HEAD "\"plan\": {\"title\": \"P\", \"colour\": \"red\"}}", "colour");
  assert_refused (fixture, PLAN "\"activities\": {}}", "activities");
  assert_refused (fixture, PLAN "\"activities\": [{\"title\": 3}]}",
                  "row 1 of “activities” has “title”");
  assert_refused (fixture, PLAN "\"activities\": [{\"title\": \"A\", \"status\": \"bored\"}]}",
                  "status");
  assert_refused (fixture, PLAN "\"activities\": [{\"title\": \"A\", \"element_id\": 4}]}",
                  "elements");
  assert_refused (fixture, PLAN "\"activities\": [{\"title\": \"A\", \"start_date\": \"2026-02-30\"}]}",
                  "2026-02-30");
  assert_refused (fixture, PLAN "\"indicators\": [{\"name\": \"I\", \"adviser_id\": 1}]}",
                  "adviser_id");
  assert_refused (fixture, PLAN "\"elements\": [{\"id\": 1, \"title\": \"E\"}, {\"id\": 1, \"title\": \"F\"}]}",
                  "id");
}

/* ---- carrying over -------------------------------------------------------- */

static void
test_carry_over (BbTestPlans   *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  BbPlanTemplate *older = bb_test_plans_find_template (fixture, "youth-intervention", "2020");
  BbPlanTemplate *newer = bb_test_plans_find_template (fixture, "youth-intervention", "2023");
  gint64 plan_id = bb_plan_repository_create (fixture->plans, older, "Ungeindsats", &error);
  g_autoptr(GPtrArray) before = bb_plan_repository_list_elements (fixture->plans, plan_id, &error);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) ratings = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(BbPlanElement) own = bb_plan_element_new ();
  g_autoptr(BbPlanPartner) partner = bb_plan_partner_new ();
  g_autoptr(BbPlanIndicator) indicator = bb_plan_indicator_new ();
  g_autoptr(BbPlan) plan = NULL;
  BbPlanElement *recruitment = bb_test_find_element (before, "recruitment-referral");
  BbPlanElement *setting = bb_test_find_element (before, "open-setting");
  BbPlanElement *treatment = bb_test_find_element (before, "treatment-course");
  BbPlanElement *easy;
  gint64 recruitment_id = recruitment->id, treatment_id = treatment->id;
  gint64 n_activities, n_challenges;

  g_assert_no_error (error);
  g_assert_cmpuint (before->len, ==, 8);
  bb_test_plans_rate (fixture, recruitment->id, "2025-01-10", BB_FIDELITY_PARTLY);
  bb_test_plans_rate (fixture, recruitment->id, "2025-06-10", BB_FIDELITY_LARGELY);
  bb_test_plans_rate (fixture, setting->id, "2025-03-10", BB_FIDELITY_FULLY);
  bb_test_plans_rate (fixture, treatment->id, "2025-04-10", BB_FIDELITY_PARTLY);

  /* Something of the plan's own that names the merged element, and an element the
   * newer version does not have. */
  indicator->plan_id = plan_id;
  indicator->name = g_strdup ("Henvendelser");
  indicator->element_id = setting->id;
  bb_plan_repository_save_indicator (fixture->plans, indicator, &error);
  g_assert_no_error (error);
  partner->plan_id = plan_id;
  partner->name = g_strdup ("Skolerne");
  bb_plan_repository_save_partner (fixture->plans, partner, &error);
  g_assert_no_error (error);
  own->plan_id = plan_id;
  own->template_key = g_strdup ("withdrawn-element");
  own->title = g_strdup ("Gammelt element");
  bb_plan_repository_save_element (fixture->plans, own, &error);
  g_assert_no_error (error);
  bb_test_plans_rate (fixture, own->id, "2025-02-01", BB_FIDELITY_PARTLY);

  n_activities = bb_test_plans_count (fixture, "SELECT count (*) FROM plan_activities");
  n_challenges = bb_test_plans_count (fixture, "SELECT count (*) FROM plan_challenges");

  bb_plan_repository_carry_over (fixture->plans, plan_id, newer, &error);
  g_assert_no_error (error);

  plan = bb_plan_repository_get (fixture->plans, plan_id, &error);
  g_assert_cmpstr (bb_plan_get_template_version (plan), ==, "2023");

  /* Seven core elements of the model, then the plan's own. */
  after = bb_plan_repository_list_elements (fixture->plans, plan_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, 8);
  for (guint i = 0; i < 7; i++)
    g_assert_cmpstr (((BbPlanElement *) g_ptr_array_index (after, i))->template_key, ==,
                     ((BbTemplateItem *) g_ptr_array_index (bb_plan_template_get_elements (newer), i))->key);
  g_assert_null (((BbPlanElement *) g_ptr_array_index (after, 7))->template_key);
  g_assert_cmpint (((BbPlanElement *) g_ptr_array_index (after, 7))->id, ==, own->id);
  g_assert_cmpstr (((BbPlanElement *) g_ptr_array_index (after, 7))->title, ==, "Gammelt element");

  /* The merged element keeps the row of the first and every rating of both. */
  easy = bb_test_find_element (after, "easy-access");
  g_assert_cmpint (easy->id, ==, recruitment_id);
  g_assert_cmpstr (easy->title, ==, "Easy access and continuous recruitment");
  ratings = bb_plan_repository_list_ratings (fixture->plans, easy->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ratings->len, ==, 3);
  g_assert_cmpstr (((BbFidelityRating *) g_ptr_array_index (ratings, 0))->date, ==, "2025-01-10");
  g_assert_cmpstr (((BbFidelityRating *) g_ptr_array_index (ratings, 1))->date, ==, "2025-03-10");
  g_assert_cmpint (((BbFidelityRating *) g_ptr_array_index (ratings, 1))->level, ==, BB_FIDELITY_FULLY);
  g_assert_cmpstr (((BbFidelityRating *) g_ptr_array_index (ratings, 2))->date, ==, "2025-06-10");
  g_assert_cmpint (easy->fidelity, ==, BB_FIDELITY_LARGELY);

  /* A kept element is the same row with its history. */
  g_assert_cmpint (bb_test_find_element (after, "treatment-course")->id, ==, treatment_id);
  g_assert_cmpint (bb_test_find_element (after, "treatment-course")->fidelity, ==, BB_FIDELITY_PARTLY);
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT count (*) FROM plan_fidelity_ratings"), ==, 5);

  /* Links to the merged element now name the one it became. */
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT element_id FROM plan_indicators"), ==, recruitment_id);
  activities = bb_plan_repository_list_activities (fixture->plans, plan_id, &error);
  for (guint i = 0; i < activities->len; i++)
    g_assert_cmpint (((BbPlanActivity *) g_ptr_array_index (activities, i))->element_id, !=, setting->id);

  /* The plan's other rows are as they were. */
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT count (*) FROM plan_activities"), ==, n_activities);
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT count (*) FROM plan_challenges"), ==, n_challenges);
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT count (*) FROM plan_partners"), ==, 1);

  /* Not again, and not to another model. */
  bb_plan_repository_carry_over (fixture->plans, plan_id, newer, &error);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID);
}

/* ---- duplicate ---------------------------------------------------------- */

static void
test_duplicate (BbTestPlans   *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbPlan) copy = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) elements = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) trials = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) measurements = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  BbTestPlanFilled filled = { 0 };
  BbPlanActivity *activity;
  gint64 id;

  filled.plan_id = bb_plan_repository_create (fixture->plans,
                                              bb_test_plans_find_template (fixture, "youth-intervention", "2023"),
                                              "Plan 2026", &error);
  g_assert_no_error (error);
  bb_test_plans_fill (fixture, &filled);

  id = bb_plan_repository_duplicate (fixture->plans, filled.plan_id, "Plan 2027", 12, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, filled.plan_id);

  copy = bb_plan_repository_get (fixture->plans, id, &error);
  g_assert_cmpstr (bb_plan_get_title (copy), ==, "Plan 2027");
  g_assert_cmpstr (bb_plan_get_period_start (copy), ==, "2027-01-01");
  g_assert_cmpstr (bb_plan_get_period_end (copy), ==, "2027-12-31");
  g_assert_cmpint (bb_plan_get_status (copy), ==, BB_PLAN_STATUS_DRAFT);
  g_assert_cmpstr (bb_plan_get_model (copy), ==, "youth-intervention");

  activities = bb_plan_repository_list_activities (fixture->plans, id, &error);
  elements = bb_plan_repository_list_elements (fixture->plans, id, &error);
  activity = bb_test_last_row (activities);
  g_assert_cmpstr (activity->title, ==, "Introduktionsmøde");
  g_assert_cmpstr (activity->start_date, ==, "2027-04-01");
  g_assert_cmpstr (activity->end_date, ==, "2027-04-30");
  g_assert_cmpint (activity->status, ==, BB_ACTIVITY_PLANNED);
  /* Links name the copy's own rows. */
  g_assert_cmpint (activity->element_id, ==, ((BbPlanElement *) bb_test_last_row (elements))->id);
  g_assert_cmpint (activity->element_id, !=, filled.element_id);
  g_assert_cmpint (activity->focus_area_id, !=, filled.focus_area_id);
  g_assert_cmpint (activity->focus_area_id, >, 0);

  /* No fidelity history, no measurements, no learning reviews, one stage event. */
  g_assert_cmpint (((BbPlanElement *) bb_test_last_row (elements))->fidelity, ==, BB_FIDELITY_NOT_STARTED);
  indicators = bb_plan_repository_list_indicators (fixture->plans, id, &error);
  measurements = bb_plan_repository_list_measurements (fixture->plans,
                                                       ((BbPlanIndicator *) bb_test_last_row (indicators))->id,
                                                       &error);
  g_assert_cmpuint (measurements->len, ==, 0);
  trials = bb_plan_repository_list_trials (fixture->plans, id, &error);
  g_assert_cmpstr (((BbTrialAction *) bb_test_last_row (trials))->start_date, ==, "2027-03-01");
  reviews = bb_plan_repository_list_reviews (fixture->plans, ((BbTrialAction *) bb_test_last_row (trials))->id, &error);
  g_assert_cmpuint (reviews->len, ==, 0);
  events = bb_plan_repository_list_competence_events (fixture->plans, id, &error);
  g_assert_cmpstr (((BbCompetenceEvent *) bb_test_last_row (events))->date, ==, "2027-01-20");
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT count (*) FROM plan_fidelity_ratings"), ==, 1);
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT count (*) FROM plan_measurements"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, BbTestPlans, NULL, bb_test_plans_set_up, func, bb_test_plans_tear_down)
  ADD ("/plans/repository/json", test_json);
  ADD ("/plans/repository/json-refused", test_json_refused);
  ADD ("/plans/repository/carry-over", test_carry_over);
  ADD ("/plans/repository/duplicate", test_duplicate);
#undef ADD

  return g_test_run ();
}
