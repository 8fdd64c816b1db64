/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Indicators filled from the courses here and from the figure file they give. */

#include <math.h>
#include <string.h>

#include "bb-plan-indicators.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"

/* Today is 15 March 2026 (the test clock). */

typedef struct
{
  BbTestCourses     base;
  BbPlanRepository *plans;
  gint64            plan_id;
  gint64            anna;
} Fixture;

typedef struct
{
  const char *date;
  double      value;
} Expected;

static gint64
add_closed (Fixture         *fixture,
            const char      *name,
            const char      *first_contact,
            const char      *conversation,
            const char      *closed,
            BbClosingReason  reason,
            gint64           adviser)
{
  gint64 id = bb_test_add_course (&fixture->base, name, first_contact, adviser);
  g_autoptr(GError) error = NULL;

  bb_test_add_meeting (&fixture->base, id, BB_MEETING_ADVISORY, conversation, FALSE);
  bb_test_change_status (&fixture->base, id, BB_COURSE_STATUS_ADVISORY, conversation);
  g_assert_true (bb_course_repository_close (fixture->base.courses, id, BB_COURSE_STATUS_CLOSED, closed, reason, 0,
                                             NULL, &error));
  g_assert_no_error (error);
  return id;
}

/* Waits: January 10 (Anna's), February 4 and 8 (median 6), March none. Closed:
 * February one with goals reached (Anna's) and one dropped out, March one with goals
 * reached. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  bb_test_courses_set_up (&fixture->base, data);
  fixture->plans = g_object_ref (bb_context_get_plans (fixture->base.context));
  fixture->anna = bb_test_add_adviser (&fixture->base, "Anna Rådgiver", BB_PROFESSION_SOCIAL_WORKER);

  add_closed (fixture, "Asta Hansen", "2026-01-02", "2026-01-12", "2026-02-10", BB_CLOSING_GOALS_REACHED,
              fixture->anna);
  add_closed (fixture, "Bo Jensen", "2026-02-01", "2026-02-05", "2026-02-20", BB_CLOSING_DROPPED_OUT, 0);
  add_closed (fixture, "Cecilie Holm", "2026-02-02", "2026-02-10", "2026-03-01", BB_CLOSING_GOALS_REACHED, 0);
  bb_test_add_course (&fixture->base, "Dennis Lund", "2026-03-01", 0);

  fixture->plan_id = bb_plan_repository_create (fixture->plans, NULL, "Ungeindsatsen 2026", &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->plan_id, >, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->plans);
  bb_test_courses_tear_down (&fixture->base, data);
}

static gint64
add_indicator (Fixture         *fixture,
               BbIndicatorKind  kind,
               gint64           adviser)
{
  g_autoptr(BbPlanIndicator) indicator = bb_plan_indicator_new ();
  g_autoptr(GError) error = NULL;

  indicator->plan_id = fixture->plan_id;
  indicator->name = g_strdup (bb_indicator_kind_get_label (kind));
  indicator->kind = kind;
  indicator->adviser_id = adviser;
  indicator->target = 14;
  g_assert_true (bb_plan_repository_save_indicator (fixture->plans, indicator, &error));
  g_assert_no_error (error);
  return indicator->id;
}

static void
assert_measurements (Fixture             *fixture,
                     gint64               indicator_id,
                     BbMeasurementOrigin  origin,
                     const Expected      *expected,
                     guint                n_expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) measurements = bb_plan_repository_list_measurements (fixture->plans, indicator_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (measurements->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      BbMeasurement *m = g_ptr_array_index (measurements, i);

      g_assert_cmpstr (m->date, ==, expected[i].date);
      g_assert_cmpfloat_with_epsilon (m->value, expected[i].value, 1e-9);
      g_assert_cmpint (m->origin, ==, origin);
    }
}

static void
test_computed (Fixture       *fixture,
               gconstpointer  data)
{
  static const Expected waits[] = { { "2026-01-01", 10 }, { "2026-02-01", 6 } };
  static const Expected goals[] = { { "2026-02-01", 0.5 }, { "2026-03-01", 1 } };
  static const Expected annas_goals[] = { { "2026-02-01", 1 } };
  g_autoptr(GError) error = NULL;
  gint64 waiting = add_indicator (fixture, BB_INDICATOR_WAITING_MEDIAN, 0);
  gint64 reached = add_indicator (fixture, BB_INDICATOR_SHARE_GOALS_REACHED, 0);
  gint64 annas = add_indicator (fixture, BB_INDICATOR_SHARE_GOALS_REACHED, fixture->anna);

  /* No figure for a month without courses to count it over: March has no wait. */
  g_assert_true (bb_plan_indicator_compute (fixture->plans, fixture->base.courses, waiting, "2025-12", "2026-03",
                                            &error));
  g_assert_no_error (error);
  assert_measurements (fixture, waiting, BB_MEASUREMENT_COURSES, waits, G_N_ELEMENTS (waits));

  g_assert_true (bb_plan_indicator_compute (fixture->plans, fixture->base.courses, reached, "2025-12", "2026-03",
                                            &error));
  g_assert_no_error (error);
  assert_measurements (fixture, reached, BB_MEASUREMENT_COURSES, goals, G_N_ELEMENTS (goals));

  /* The adviser's courses only. */
  g_assert_true (bb_plan_indicator_compute (fixture->plans, fixture->base.courses, annas, "2025-12", "2026-03",
                                            &error));
  g_assert_no_error (error);
  assert_measurements (fixture, annas, BB_MEASUREMENT_COURSES, annas_goals, G_N_ELEMENTS (annas_goals));
}

static void
test_figure_file (Fixture       *fixture,
                  gconstpointer  data)
{
  static const BbIndicatorKind kinds[] = {
    BB_INDICATOR_WAITING_MEDIAN, BB_INDICATOR_CONVERSATIONS_PER_COURSE, BB_INDICATOR_SHARE_HANDED_OVER,
    BB_INDICATOR_SHARE_FOLLOW_UP, BB_INDICATOR_SHARE_GOALS_REACHED,
  };
  g_autofree char *path = g_build_filename (fixture->base.folder, "tal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) months = NULL;

  months = bb_course_repository_list_month_figures (fixture->base.courses, "2025-12", "2026-03", 0, &error);
  g_assert_no_error (error);
  g_assert_true (bb_figure_file_write (file, months, NULL, "2026-03-15", &error));
  g_assert_no_error (error);

  /* Every figure, computed here and imported from the file, measures the same. */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      gint64 computed = add_indicator (fixture, kinds[k], 0);
      gint64 imported = add_indicator (fixture, kinds[k], 0);
      g_autoptr(GPtrArray) from_courses = NULL;
      g_autoptr(GPtrArray) from_file = NULL;

      g_assert_true (bb_plan_indicator_compute (fixture->plans, fixture->base.courses, computed, "2025-12", "2026-03",
                                                &error));
      g_assert_no_error (error);
      g_assert_true (bb_plan_indicator_import_figures (fixture->plans, imported, file, &error));
      g_assert_no_error (error);

      from_courses = bb_plan_repository_list_measurements (fixture->plans, computed, &error);
      from_file = bb_plan_repository_list_measurements (fixture->plans, imported, &error);
      g_assert_cmpuint (from_courses->len, >, 0);
      g_assert_cmpuint (from_courses->len, ==, from_file->len);
      for (guint i = 0; i < from_courses->len; i++)
        {
          BbMeasurement *a = g_ptr_array_index (from_courses, i);
          BbMeasurement *b = g_ptr_array_index (from_file, i);

          g_assert_cmpstr (a->date, ==, b->date);
          g_assert_cmpfloat (a->value, ==, b->value);
          g_assert_cmpint (a->origin, ==, BB_MEASUREMENT_COURSES);
          g_assert_cmpint (b->origin, ==, BB_MEASUREMENT_FIGURE_FILE);
        }
    }

  /* A file that is not one, named in the message. */
  {
    gint64 indicator = add_indicator (fixture, BB_INDICATOR_WAITING_MEDIAN, 0);

    g_assert_true (g_file_set_contents (path, "{\"brobygger-figures\": 1, \"months\": [], \"name\": \"Asta\"}", -1,
                                        NULL));
    g_assert_false (bb_plan_indicator_import_figures (fixture->plans, indicator, file, &error));
    g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_FILE);
    g_assert_nonnull (strstr (error->message, "tal.json"));
    g_clear_error (&error);
    assert_measurements (fixture, indicator, BB_MEASUREMENT_FIGURE_FILE, NULL, 0);
  }
}

static void
test_typed_survive (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) measurements = NULL;
  gint64 waiting = add_indicator (fixture, BB_INDICATOR_WAITING_MEDIAN, 0);
  gint64 manual = add_indicator (fixture, BB_INDICATOR_MANUAL, 0);
  const char *typed_dates[] = { "2026-02-01", "2026-02-15" };

  for (guint i = 0; i < G_N_ELEMENTS (typed_dates); i++)
    {
      g_autoptr(BbMeasurement) typed = bb_measurement_new ();

      typed->indicator_id = waiting;
      typed->date = g_strdup (typed_dates[i]);
      typed->value = 30 + i;
      typed->origin = BB_MEASUREMENT_TYPED;
      typed->note = g_strdup ("Talt op på teammødet");
      g_assert_true (bb_plan_repository_save_measurement (fixture->plans, typed, &error));
      g_assert_no_error (error);
    }

  /* Computed twice: the computed ones replaced, the typed ones kept beside them. */
  for (guint run = 0; run < 2; run++)
    {
      g_assert_true (bb_plan_indicator_compute (fixture->plans, fixture->base.courses, waiting, "2026-01", "2026-03",
                                                &error));
      g_assert_no_error (error);
    }

  measurements = bb_plan_repository_list_measurements (fixture->plans, waiting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (measurements->len, ==, 4);
  {
    guint typed = 0, computed = 0;

    for (guint i = 0; i < measurements->len; i++)
      {
        BbMeasurement *m = g_ptr_array_index (measurements, i);

        if (m->origin == BB_MEASUREMENT_TYPED)
          {
            typed++;
            g_assert_cmpstr (m->note, ==, "Talt op på teammødet");
            g_assert_cmpfloat (m->value, >=, 30);
          }
        else
          computed++;
      }
    g_assert_cmpuint (typed, ==, 2);
    g_assert_cmpuint (computed, ==, 2);
  }

  /* A typed-in indicator is not computed. */
  g_assert_false (bb_plan_indicator_compute (fixture->plans, fixture->base.courses, manual, "2026-01", "2026-03",
                                             &error));
  g_assert_error (error, BB_PLAN_ERROR, BB_PLAN_ERROR_INVALID);
  g_clear_error (&error);

  /* Nor one that is gone. */
  g_assert_false (bb_plan_indicator_compute (fixture->plans, fixture->base.courses, 9999, "2026-01", "2026-03",
                                             &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
}

static void
test_get_value (void)
{
  g_autoptr(BbMonthFigures) empty = bb_month_figures_new ("2026-01");
  g_autoptr(BbMonthFigures) full = bb_month_figures_new ("2026-02");

  for (guint kind = 0; kind < BB_INDICATOR_KIND_COUNT; kind++)
    g_assert_true (isnan (bb_month_figures_get_value (empty, kind)));

  full->waited = 3;
  full->waiting_median = 6;
  full->ended = 2;
  full->conversations_mean = 1.5;
  full->share_handed_over = 0.5;
  full->share_follow_up = 0;
  full->closed = 1;
  full->share_goals_reached = 1;
  g_assert_true (isnan (bb_month_figures_get_value (full, BB_INDICATOR_MANUAL)));
  g_assert_cmpfloat (bb_month_figures_get_value (full, BB_INDICATOR_WAITING_MEDIAN), ==, 6);
  g_assert_cmpfloat (bb_month_figures_get_value (full, BB_INDICATOR_CONVERSATIONS_PER_COURSE), ==, 1.5);
  g_assert_cmpfloat (bb_month_figures_get_value (full, BB_INDICATOR_SHARE_HANDED_OVER), ==, 0.5);
  g_assert_cmpfloat (bb_month_figures_get_value (full, BB_INDICATOR_SHARE_FOLLOW_UP), ==, 0);
  g_assert_cmpfloat (bb_month_figures_get_value (full, BB_INDICATOR_SHARE_GOALS_REACHED), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/plan-indicators/computed", test_computed);
  ADD ("/plan-indicators/figure-file", test_figure_file);
  ADD ("/plan-indicators/typed-survive", test_typed_survive);
#undef ADD
  g_test_add_func ("/plan-indicators/get-value", test_get_value);

  return g_test_run ();
}
