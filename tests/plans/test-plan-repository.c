/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The plan store: a plan from each shipped template, every row kind read back as it
 * was written, the append-only fidelity history, deleting, the list's query, stages,
 * indicators filled from figures, the changed signal, refusals, and the overdue count
 * on the test clock (15 March 2026). The exchange and copies are in
 * test-plan-exchange.c. */

#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "bb-month-figures.h"
#include "bb-test-plan-fixture.h"

/* The template's items became the plan's rows, in order, with their keys, and each
 * suggested activity is linked to the rows its template keys name. */
static void
assert_from_template (BbTestPlans    *fixture,
                      gint64          plan_id,
                      BbPlanTemplate *template)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbPlan) plan = bb_plan_repository_get (fixture->plans, plan_id, &error);
  g_autoptr(GPtrArray) elements = bb_plan_repository_list_elements (fixture->plans, plan_id, &error);
  g_autoptr(GPtrArray) challenges = bb_plan_repository_list_challenges (fixture->plans, plan_id, &error);
  g_autoptr(GPtrArray) areas = bb_plan_repository_list_focus_areas (fixture->plans, plan_id, &error);
  g_autoptr(GPtrArray) activities = bb_plan_repository_list_activities (fixture->plans, plan_id, &error);
  GPtrArray *items = bb_plan_template_get_elements (template);
  GPtrArray *suggested = bb_plan_template_get_activities (template);

  g_assert_no_error (error);
  g_assert_cmpstr (bb_plan_get_model (plan), ==, bb_plan_template_get_model (template));
  g_assert_cmpstr (bb_plan_get_template_version (plan), ==, bb_plan_template_get_version (template));
  g_assert_cmpstr (bb_plan_get_model_title (plan), ==, bb_plan_template_get_title (template)->en);
  g_assert_cmpuint (elements->len, ==, items->len);
  g_assert_cmpuint (challenges->len, ==, bb_plan_template_get_challenges (template)->len);
  g_assert_cmpuint (areas->len, ==, bb_plan_template_get_focus_areas (template)->len);
  g_assert_cmpuint (activities->len, ==, suggested->len);

  for (guint i = 0; i < items->len; i++)
    {
      BbTemplateItem *item = g_ptr_array_index (items, i);
      BbPlanElement *element = g_ptr_array_index (elements, i);

      g_assert_cmpstr (element->template_key, ==, item->key);
      g_assert_cmpstr (element->title, ==, item->title.en);
      g_assert_cmpint (element->fidelity, ==, BB_FIDELITY_NOT_STARTED);
      g_assert_null (element->fidelity_date);
    }

  for (guint i = 0; i < suggested->len; i++)
    {
      BbTemplateItem *item = g_ptr_array_index (suggested, i);
      BbPlanActivity *activity = g_ptr_array_index (activities, i);
      const char *element_key = NULL;

      g_assert_cmpstr (activity->template_key, ==, item->key);
      g_assert_cmpint (activity->status, ==, BB_ACTIVITY_PLANNED);
      for (guint e = 0; e < elements->len; e++)
        if (((BbPlanElement *) g_ptr_array_index (elements, e))->id == activity->element_id)
          element_key = ((BbPlanElement *) g_ptr_array_index (elements, e))->template_key;
      g_assert_cmpstr (element_key, ==, item->element);
      g_assert_true ((item->focus_area != NULL) == (activity->focus_area_id != 0));
    }
}

static void
test_round_trip (BbTestPlans   *fixture,
                 gconstpointer  user_data)
{
  for (guint t = 0; t < fixture->templates->len; t++)
    {
      BbPlanTemplate *template = g_ptr_array_index (fixture->templates, t);
      g_autoptr(GError) error = NULL;
      BbTestPlanFilled filled = { 0 };

      filled.plan_id = bb_plan_repository_create (fixture->plans, template, "Plan", &error);
      g_assert_no_error (error);
      g_assert_cmpint (filled.plan_id, >, 0);
      assert_from_template (fixture, filled.plan_id, template);

      bb_test_plans_fill (fixture, &filled);
      bb_test_plans_assert_filled (fixture, filled.plan_id);
    }

  /* And a blank one. */
  {
    g_autoptr(GError) error = NULL;
    gint64 id = bb_plan_repository_create (fixture->plans, NULL, "Tom plan", &error);
    g_autoptr(BbPlan) plan = bb_plan_repository_get (fixture->plans, id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (bb_plan_get_model (plan), ==, "");
    g_assert_cmpuint (bb_test_plans_count (fixture, "SELECT count (*) FROM plan_elements"
                                                    " WHERE plan_id = (SELECT max (id) FROM plans)"), ==, 0);
    g_assert_cmpint (bb_plan_get_stage (plan), ==, BB_PLAN_STAGE_EXPLORATION);
  }
}

/* A plan made while the program spoke English names its model in Danish once the
 * user reads Danish: the title comes from the template, not from the row. */
static void
test_model_title_language (BbTestPlans   *fixture,
                           gconstpointer  user_data)
{
  BbPlanTemplate *template = bb_test_plans_find_template (fixture, "youth-intervention", "2023");
  g_autoptr(GError) error = NULL;
  g_autoptr(BbPlan) english = NULL;
  g_autoptr(BbPlan) danish = NULL;
  gint64 id;

  g_setenv ("LANGUAGE", "en", TRUE);
  id = bb_plan_repository_create (fixture->plans, template, "Plan", &error);
  g_assert_no_error (error);
  english = bb_plan_repository_get (fixture->plans, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_plan_get_model_title (english), ==, bb_plan_template_get_title (template)->en);

  g_setenv ("LANGUAGE", "da", TRUE);
  danish = bb_plan_repository_get (fixture->plans, id, &error);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_plan_get_model_title (danish), ==, bb_plan_template_get_title (template)->da);
}

/* ---- fidelity history ----------------------------------------------------- */

static void
assert_sql_refused (BbTestPlans *fixture,
                    const char  *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (bb_database_get_handle (fixture->database), sql, NULL, NULL, &message);

  g_assert_cmpint (rc, !=, SQLITE_OK);
  g_assert_cmpstr (message, ==, "a fidelity rating cannot be changed");
  sqlite3_free (message);
}

static void
test_fidelity_history (BbTestPlans   *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  gint64 plan_id = bb_plan_repository_create (fixture->plans,
                                              bb_test_plans_find_template (fixture, "housing-first", "2016"),
                                              "Housing First", &error);
  g_autoptr(GPtrArray) elements = bb_plan_repository_list_elements (fixture->plans, plan_id, &error);
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) ratings = NULL;
  BbPlanElement *element = g_ptr_array_index (elements, 0);
  static const char *const dates[] = { "2025-06-01", "2025-09-01", "2025-12-01", "2026-03-01" };
  static const BbFidelity levels[] = {
    BB_FIDELITY_NOT_STARTED, BB_FIDELITY_PARTLY, BB_FIDELITY_PARTLY, BB_FIDELITY_LARGELY,
  };

  g_assert_no_error (error);
  /* Written out of order: the history reads by date, the latest is the newest date. */
  bb_test_plans_rate (fixture, element->id, dates[1], levels[1]);
  bb_test_plans_rate (fixture, element->id, dates[3], levels[3]);
  bb_test_plans_rate (fixture, element->id, dates[0], levels[0]);
  bb_test_plans_rate (fixture, element->id, dates[2], levels[2]);

  ratings = bb_plan_repository_list_ratings (fixture->plans, element->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ratings->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpstr (((BbFidelityRating *) g_ptr_array_index (ratings, i))->date, ==, dates[i]);
      g_assert_cmpint (((BbFidelityRating *) g_ptr_array_index (ratings, i))->level, ==, levels[i]);
    }

  again = bb_plan_repository_list_elements (fixture->plans, plan_id, &error);
  g_assert_cmpint (((BbPlanElement *) g_ptr_array_index (again, 0))->fidelity, ==, BB_FIDELITY_LARGELY);
  g_assert_cmpstr (((BbPlanElement *) g_ptr_array_index (again, 0))->fidelity_date, ==, "2026-03-01");

  /* Saving the element does not touch its history or its latest rating. */
  bb_plan_repository_save_element (fixture->plans, g_ptr_array_index (elements, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT count (*) FROM plan_fidelity_ratings"), ==, 4);
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT fidelity = 'largely' FROM plan_elements WHERE id IN"
                                   " (SELECT element_id FROM plan_fidelity_ratings)"), ==, 1);

  /* The database itself refuses to rewrite or drop a rating. */
  assert_sql_refused (fixture, "UPDATE plan_fidelity_ratings SET level = 'fully'");
  assert_sql_refused (fixture, "DELETE FROM plan_fidelity_ratings");
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT count (*) FROM plan_fidelity_ratings"), ==, 4);

  /* Only with its element. */
  bb_plan_repository_delete_element (fixture->plans, element->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT count (*) FROM plan_fidelity_ratings"), ==, 0);
}

/* ---- delete ---------------------------------------------------------------- */

static void
test_delete (BbTestPlans   *fixture,
             gconstpointer  user_data)
{
  static const char *const tables[] = {
    "plan_stage_events", "plan_elements", "plan_fidelity_ratings", "plan_challenges", "plan_focus_areas",
    "plan_activities", "plan_partners", "plan_indicators", "plan_measurements", "plan_trials", "plan_reviews",
    "plan_competence_events", "plan_fts",
  };
  g_autoptr(GError) error = NULL;
  BbTestPlanFilled filled = { 0 };

  filled.plan_id = bb_plan_repository_create (fixture->plans,
                                              bb_test_plans_find_template (fixture, "youth-intervention", "2020"),
                                              "Plan", &error);
  g_assert_no_error (error);
  bb_test_plans_fill (fixture, &filled);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM %s", tables[i]);

      g_assert_cmpint (bb_test_plans_count (fixture, sql), >, 0);
    }

  bb_plan_repository_delete (fixture->plans, filled.plan_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT count (*) FROM plans"), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM %s", tables[i]);

      g_assert_cmpint (bb_test_plans_count (fixture, sql), ==, 0);
    }
  /* The adviser an indicator counted stays. */
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT count (*) FROM advisers"), ==, 1);

  bb_plan_repository_delete (fixture->plans, filled.plan_id, &error);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
}

/* ---- the list ------------------------------------------------------------- */

static char *
query (BbTestPlans *fixture,
       const char  *search,
       guint        statuses,
       gboolean     include_archived)
{
  BbPlanQuery q = { search, statuses, include_archived };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = bb_plan_repository_query_ids (fixture->plans, &q, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", g_array_index (ids, gint64, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define ASSERT_QUERY(fixture, search, statuses, archived, expected) \
  G_STMT_START { \
    g_autofree char *got_ = query (fixture, search, statuses, archived); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

static void
test_query (BbTestPlans   *fixture,
            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbPlan) renamed = NULL;
  gint64 bolig, unge, aeldre;

  bolig = bb_test_plans_add_plan (fixture, "Bolig først", "Socialforvaltningen", BB_PLAN_STATUS_ACTIVE);
  unge = bb_test_plans_add_plan (fixture, "Ungeindsats 2026", "Børn og Unge", BB_PLAN_STATUS_DRAFT);
  aeldre = bb_test_plans_add_plan (fixture, "Åben rådgivning", "Børn og Unge", BB_PLAN_STATUS_COMPLETED);
  g_assert_cmpint (bolig, ==, 1);
  g_assert_cmpint (unge, ==, 2);
  g_assert_cmpint (aeldre, ==, 3);

  /* By title (æ ø å after z), words starting words, in any case. */
  ASSERT_QUERY (fixture, NULL, 0, FALSE, "1,2,3");
  ASSERT_QUERY (fixture, "bol", 0, FALSE, "1");
  ASSERT_QUERY (fixture, "børn", 0, FALSE, "2,3");
  ASSERT_QUERY (fixture, "BØRN unge", 0, FALSE, "2,3");
  ASSERT_QUERY (fixture, "olig", 0, FALSE, "");
  ASSERT_QUERY (fixture, "\"AND NEAR *", 0, FALSE, "");
  ASSERT_QUERY (fixture, NULL, 1 << BB_PLAN_STATUS_DRAFT, FALSE, "2");
  ASSERT_QUERY (fixture, NULL, (1 << BB_PLAN_STATUS_ACTIVE) | (1 << BB_PLAN_STATUS_COMPLETED), FALSE, "1,3");

  bb_plan_repository_set_archived (fixture->plans, bolig, TRUE, &error);
  g_assert_no_error (error);
  ASSERT_QUERY (fixture, NULL, 0, FALSE, "2,3");
  ASSERT_QUERY (fixture, "bolig", 0, TRUE, "1");

  /* The index follows a change of title. */
  renamed = bb_plan_repository_get (fixture->plans, unge, &error);
  bb_plan_set_title (renamed, "Tidlig indsats");
  bb_plan_repository_save (fixture->plans, renamed, &error);
  g_assert_no_error (error);
  ASSERT_QUERY (fixture, "ungeindsats", 0, FALSE, "");
  ASSERT_QUERY (fixture, "tidlig", 0, FALSE, "2");
  ASSERT_QUERY (fixture, NULL, 0, TRUE, "1,2,3");
}

/* ---- figures on the test clock -------------------------------------------- */

static void
add_activity (BbTestPlans      *fixture,
              gint64            plan_id,
              BbActivityStatus  status,
              const char       *start,
              const char       *end,
              int               duration,
              gboolean          overdue)
{
  g_autoptr(BbPlanActivity) activity = bb_plan_activity_new ();
  g_autoptr(GError) error = NULL;
  GDate today;

  activity->plan_id = plan_id;
  activity->title = g_strdup ("Aktivitet");
  activity->status = status;
  activity->start_date = g_strdup (start);
  activity->end_date = g_strdup (end);
  activity->duration_days = duration;
  bb_plan_repository_save_activity (fixture->plans, activity, &error);
  g_assert_no_error (error);

  g_date_clear (&today, 1);
  bb_clock_get_today (bb_context_get_clock (fixture->context), &today);
  g_assert_cmpint (bb_plan_activity_is_overdue (activity, &today), ==, overdue);
}

static void
test_overdue (BbTestPlans   *fixture,
              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbPlan) plan = NULL;
  g_autoptr(BbPlanActivity) probe = bb_plan_activity_new ();
  g_autofree char *end = NULL;
  gint64 id = bb_test_plans_add_plan (fixture, "Plan", "", BB_PLAN_STATUS_ACTIVE);

  add_activity (fixture, id, BB_ACTIVITY_DONE, "2026-01-01", "2026-02-01", -1, FALSE);
  add_activity (fixture, id, BB_ACTIVITY_PLANNED, "2026-01-01", "2026-03-14", -1, TRUE);
  add_activity (fixture, id, BB_ACTIVITY_IN_PROGRESS, "2026-03-01", NULL, 10, TRUE);
  add_activity (fixture, id, BB_ACTIVITY_PLANNED, "2026-03-01", NULL, 14, FALSE);
  add_activity (fixture, id, BB_ACTIVITY_POSTPONED, "2026-03-14", "2026-03-15", -1, FALSE);
  add_activity (fixture, id, BB_ACTIVITY_PLANNED, "2026-03-10", NULL, -1, TRUE);
  add_activity (fixture, id, BB_ACTIVITY_CANCELLED, "2025-01-01", "2025-02-01", -1, FALSE);
  add_activity (fixture, id, BB_ACTIVITY_PLANNED, NULL, NULL, -1, FALSE);

  plan = bb_plan_repository_get (fixture->plans, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bb_plan_get_n_activities (plan), ==, 8);
  g_assert_cmpuint (bb_plan_get_n_done (plan), ==, 1);
  g_assert_cmpuint (bb_plan_get_n_overdue (plan), ==, 3);

  probe->start_date = g_strdup ("2026-02-20");
  probe->duration_days = 10;
  end = bb_plan_activity_dup_end (probe);
  g_assert_cmpstr (end, ==, "2026-03-02");
}

static void
test_stages (BbTestPlans   *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(BbPlan) plan = NULL;
  gint64 id = bb_test_plans_add_plan (fixture, "Plan", "", BB_PLAN_STATUS_ACTIVE);
  gint64 first;

  /* The first stage began the day the plan was made (the test clock's today). */
  bb_plan_repository_change_stage (fixture->plans, id, BB_PLAN_STAGE_INSTALLATION, "2026-03-16", &error);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID);
  g_clear_error (&error);
  bb_plan_repository_change_stage (fixture->plans, id, BB_PLAN_STAGE_INSTALLATION, "2026-03-14", &error);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID);
  g_clear_error (&error);
  bb_plan_repository_change_stage (fixture->plans, id, BB_PLAN_STAGE_INSTALLATION, "2026-03-15", &error);
  g_assert_no_error (error);

  events = bb_plan_repository_list_stage_events (fixture->plans, id, &error);
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_cmpint (((BbStageEvent *) g_ptr_array_index (events, 0))->stage, ==, BB_PLAN_STAGE_EXPLORATION);
  g_assert_cmpstr (((BbStageEvent *) g_ptr_array_index (events, 0))->date, ==, "2026-03-15");
  g_assert_cmpint (((BbStageEvent *) g_ptr_array_index (events, 1))->stage, ==, BB_PLAN_STAGE_INSTALLATION);
  plan = bb_plan_repository_get (fixture->plans, id, &error);
  g_assert_cmpint (bb_plan_get_stage (plan), ==, BB_PLAN_STAGE_INSTALLATION);

  /* The exploration began before the plan was written down; not after the next. */
  first = ((BbStageEvent *) g_ptr_array_index (events, 0))->id;
  bb_plan_repository_redate_stage_event (fixture->plans, first, "2026-03-16", &error);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID);
  g_clear_error (&error);
  bb_plan_repository_redate_stage_event (fixture->plans, first, "2025-11-01", &error);
  g_assert_no_error (error);
  g_clear_pointer (&events, g_ptr_array_unref);
  events = bb_plan_repository_list_stage_events (fixture->plans, id, &error);
  g_assert_cmpstr (((BbStageEvent *) g_ptr_array_index (events, 0))->date, ==, "2025-11-01");
  bb_plan_repository_change_stage (fixture->plans, id, BB_PLAN_STAGE_INITIAL_IMPLEMENTATION, "2025-12-01", &error);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID);
}

static BbMonthFigures *
month_waited (const char *month,
              guint       waited,
              double      median)
{
  BbMonthFigures *figures = bb_month_figures_new (month);

  figures->waited = waited;
  figures->waiting_median = median;
  return figures;
}

static void
test_fill_indicator (BbTestPlans   *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbPlanIndicator) indicator = bb_plan_indicator_new ();
  g_autoptr(BbPlanIndicator) typed = bb_plan_indicator_new ();
  g_autoptr(BbMeasurement) by_hand = bb_measurement_new ();
  g_autoptr(GPtrArray) months = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_month_figures_free);
  g_autoptr(GPtrArray) again = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_month_figures_free);
  g_autoptr(GPtrArray) measurements = NULL;
  gint64 plan_id = bb_test_plans_add_plan (fixture, "Plan", "", BB_PLAN_STATUS_ACTIVE);

  indicator->plan_id = plan_id;
  indicator->name = g_strdup ("Ventetid");
  indicator->kind = BB_INDICATOR_WAITING_MEDIAN;
  bb_plan_repository_save_indicator (fixture->plans, indicator, &error);
  g_assert_no_error (error);

  /* A measurement typed in for January stays whatever the courses say. */
  by_hand->indicator_id = indicator->id;
  by_hand->date = g_strdup ("2026-01-01");
  by_hand->value = 30;
  bb_plan_repository_save_measurement (fixture->plans, by_hand, &error);
  g_assert_no_error (error);

  g_ptr_array_add (months, month_waited ("2026-01", 4, 21));
  g_ptr_array_add (months, month_waited ("2026-02", 0, NAN));
  g_ptr_array_add (months, month_waited ("2026-03", 2, 12.5));
  bb_plan_repository_fill_indicator (fixture->plans, indicator->id, months, BB_MEASUREMENT_COURSES, &error);
  g_assert_no_error (error);

  /* BbTestPlanFilled again from a figure file: the months it has replace the courses' ones. */
  g_ptr_array_add (again, month_waited ("2026-03", 3, 10));
  bb_plan_repository_fill_indicator (fixture->plans, indicator->id, again, BB_MEASUREMENT_FIGURE_FILE, &error);
  g_assert_no_error (error);

  measurements = bb_plan_repository_list_measurements (fixture->plans, indicator->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (measurements->len, ==, 3);
  g_assert_cmpstr (((BbMeasurement *) g_ptr_array_index (measurements, 0))->date, ==, "2026-01-01");
  g_assert_cmpint (((BbMeasurement *) g_ptr_array_index (measurements, 0))->origin, ==, BB_MEASUREMENT_TYPED);
  g_assert_cmpfloat (((BbMeasurement *) g_ptr_array_index (measurements, 0))->value, ==, 30);
  g_assert_cmpint (((BbMeasurement *) g_ptr_array_index (measurements, 1))->origin, ==, BB_MEASUREMENT_COURSES);
  g_assert_cmpfloat (((BbMeasurement *) g_ptr_array_index (measurements, 1))->value, ==, 21);
  g_assert_cmpstr (((BbMeasurement *) g_ptr_array_index (measurements, 2))->date, ==, "2026-03-01");
  g_assert_cmpint (((BbMeasurement *) g_ptr_array_index (measurements, 2))->origin, ==, BB_MEASUREMENT_FIGURE_FILE);
  g_assert_cmpfloat (((BbMeasurement *) g_ptr_array_index (measurements, 2))->value, ==, 10);

  /* A typed-in indicator is not filled. */
  typed->plan_id = plan_id;
  typed->name = g_strdup ("Henvendelser");
  bb_plan_repository_save_indicator (fixture->plans, typed, &error);
  g_assert_no_error (error);
  bb_plan_repository_fill_indicator (fixture->plans, typed->id, months, BB_MEASUREMENT_COURSES, &error);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID);
}

static void
on_changed (BbDatabase *database,
            const char *domain,
            guint      *count)
{
  (*count)++;
}

/* Every write emits "plans" once, after its commit, and marks the plan modified. */
static void
test_changed (BbTestPlans   *fixture,
              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbPlanPartner) partner = bb_plan_partner_new ();
  g_autoptr(BbPlan) plan = NULL;
  g_autoptr(BbClock) later = NULL;
  g_autoptr(GDateTime) moment = g_date_time_new_from_iso8601 ("2026-03-16T09:00:00Z", NULL);
  gint64 id = bb_test_plans_add_plan (fixture, "Plan", "", BB_PLAN_STATUS_ACTIVE);
  guint changes = 0;
  gulong handler = g_signal_connect (fixture->database, "changed::plans", G_CALLBACK (on_changed), &changes);

  later = bb_clock_new_fixed (moment);
  bb_database_set_clock (fixture->database, later);
  partner->plan_id = id;
  partner->name = g_strdup ("PPR");
  bb_plan_repository_save_partner (fixture->plans, partner, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  plan = bb_plan_repository_get (fixture->plans, id, &error);
  g_assert_cmpstr (bb_plan_get_modified (plan), ==, "2026-03-16T09:00:00Z");

  bb_plan_repository_delete_partner (fixture->plans, partner->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 2);
  bb_plan_repository_create (fixture->plans, bb_test_plans_find_template (fixture, "housing-first", "2016"), "Ny",
                             &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 3);

  /* A failed write emits nothing. */
  bb_plan_repository_delete_partner (fixture->plans, partner->id, &error);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpuint (changes, ==, 3);
  g_signal_handler_disconnect (fixture->database, handler);
}

static void
test_invalid (BbTestPlans   *fixture,
              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbPlan) plan = bb_plan_new ("  ");
  g_autoptr(BbPlanActivity) activity = bb_plan_activity_new ();
  g_autoptr(BbPlanElement) element = bb_plan_element_new ();
  g_autoptr(BbCompetenceEvent) event = bb_competence_event_new ();
  gint64 first = bb_test_plans_add_plan (fixture, "Første", "", BB_PLAN_STATUS_DRAFT);
  gint64 second = bb_test_plans_add_plan (fixture, "Anden", "", BB_PLAN_STATUS_DRAFT);

  bb_plan_repository_save (fixture->plans, plan, &error);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID);
  g_clear_error (&error);

  bb_plan_set_title (plan, "Plan");
  bb_plan_set_period_start (plan, "2026-05-01");
  bb_plan_set_period_end (plan, "2026-04-01");
  bb_plan_repository_save (fixture->plans, plan, &error);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID);
  g_clear_error (&error);

  activity->plan_id = first;
  bb_plan_repository_save_activity (fixture->plans, activity, &error);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID);
  g_clear_error (&error);

  activity->title = g_strdup ("Aktivitet");
  activity->start_date = g_strdup ("15-03-2026");
  bb_plan_repository_save_activity (fixture->plans, activity, &error);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID);
  g_clear_error (&error);

  /* A link to a row of another plan. */
  element->plan_id = second;
  element->title = g_strdup ("Element");
  bb_plan_repository_save_element (fixture->plans, element, &error);
  g_assert_no_error (error);
  g_clear_pointer (&activity->start_date, g_free);
  activity->element_id = element->id;
  bb_plan_repository_save_activity (fixture->plans, activity, &error);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID);
  g_assert_cmpint (bb_test_plans_count (fixture, "SELECT count (*) FROM plan_activities"), ==, 0);
  g_clear_error (&error);

  /* A share is a share, named in the message. */
  event->plan_id = first;
  event->date = g_strdup ("2026-03-01");
  event->title = g_strdup ("Kursus");
  event->share_rating_high = 1.5;
  bb_plan_repository_save_competence_event (fixture->plans, event, &error);
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Share rating 4 or 5"));
  g_clear_error (&error);
  event->share_rating_high = 1;
  bb_plan_repository_save_competence_event (fixture->plans, event, &error);
  g_assert_no_error (error);

  /* A row of a plan deleted meanwhile (another window) is refused in words. */
  bb_plan_repository_delete (fixture->plans, first, &error);
  g_assert_no_error (error);
  event->id = 0;
  bb_plan_repository_save_competence_event (fixture->plans, event, &error);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The plan no longer exists. It may have been deleted in another window.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, BbTestPlans, NULL, bb_test_plans_set_up, func, bb_test_plans_tear_down)
  ADD ("/plans/repository/round-trip", test_round_trip);
  ADD ("/plans/repository/model-title-language", test_model_title_language);
  ADD ("/plans/repository/fidelity-history", test_fidelity_history);
  ADD ("/plans/repository/delete", test_delete);
  ADD ("/plans/repository/query", test_query);
  ADD ("/plans/repository/overdue", test_overdue);
  ADD ("/plans/repository/stages", test_stages);
  ADD ("/plans/repository/invalid", test_invalid);
  ADD ("/plans/repository/fill-indicator", test_fill_indicator);
  ADD ("/plans/repository/changed", test_changed);
#undef ADD

  return g_test_run ();
}
