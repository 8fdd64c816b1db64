/* SPDX-License-Identifier: GPL-3.0-or-later */

/* How long the course list takes on a caseload of real size: 10,000 offers, 100,000
 * courses and 1,000,000 meetings unless told otherwise (bench-courses COURSES
 * MEETINGS OFFERS). The data is the demonstration generator's; the timings go through
 * the repository, as the view will. */

#include "bb-test-courses.h"
#include "bb-test-utils.h"

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

/* The caseload comes from the demonstration generator, as the demonstration and the
 * other benchmarks have it; how long that takes is a figure too. */
static void
fill (BbTestCourses *fixture,
      guint          n_offers,
      guint          n_courses,
      guint          n_meetings)
{
  BbDemoOptions options = BB_DEMO_OPTIONS_INIT;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  options.n_offers = n_offers;
  options.n_courses = n_courses;
  options.n_meetings = n_meetings;
  options.seed = 13;
  bb_test_courses_generate (fixture, &options);
  seconds = seconds_since (start);

  g_print ("%-44s %7u courses %8.1f s (%u offers, %u meetings, figures and search index made)\n",
           "generate", n_courses, seconds, n_offers, n_meetings);
  g_print ("BENCH name=generate median=%.1f unit=s floor=- ratio=-\n", seconds);
}

static void
time_query (BbTestCourses       *fixture,
            const char          *what,
            const BbCourseQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  double best = G_MAXDOUBLE;

  /* The best of five, as a keystroke after the first would see it. */
  for (guint round = 0; round < 5; round++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_pointer (&ids, g_array_unref);
      ids = bb_course_repository_query_ids (fixture->courses, query, &error);
      g_assert_no_error (error);
      best = MIN (best, seconds_since (start));
    }

  g_print ("%-44s %7u courses %8.1f ms\n", what, ids->len, best * 1000);
}

int
main (int   argc,
      char *argv[])
{
  BbTestCourses fixture = { 0 };
  guint n_courses = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  guint n_meetings = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 10 * n_courses;
  guint n_offers = argc > 3 ? (guint) g_ascii_strtoull (argv[3], NULL, 10) : 10000;
  BbCourseQuery query = BB_COURSE_QUERY_INIT;
  const char *sorts[BB_COURSE_SORT_COUNT] = {
    "name", "first contact", "waiting", "conversations", "length", "last meeting",
  };
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  bb_test_courses_set_up (&fixture, NULL);
  /* BB_BENCH_CACHE_MB tries a larger page cache than SQLite's 2 MB. */
  if (g_getenv ("BB_BENCH_CACHE_MB") != NULL)
    {
      g_autofree char *pragma = g_strdup_printf ("PRAGMA cache_size = -%u",
                                                 (guint) g_ascii_strtoull (g_getenv ("BB_BENCH_CACHE_MB"), NULL, 10) * 1024);

      g_assert_true (bb_database_exec (fixture.database, pragma, &error));
    }
  fill (&fixture, n_offers, n_courses, n_meetings);

  for (guint sort = 0; sort < BB_COURSE_SORT_COUNT; sort++)
    {
      g_autofree char *what = g_strdup_printf ("all, by %s", sorts[sort]);

      query.sort = sort;
      query.descending = sort != BB_COURSE_SORT_NAME;
      time_query (&fixture, what, &query);
    }

  query = (BbCourseQuery) BB_COURSE_QUERY_INIT;
  query.statuses = BB_COURSE_STATUSES_OPEN;
  time_query (&fixture, "open", &query);
  query.adviser_id = 7;
  time_query (&fixture, "one adviser's open caseload", &query);
  query.sort = BB_COURSE_SORT_WAITING;
  query.descending = TRUE;
  time_query (&fixture, "… by waiting", &query);
  query = (BbCourseQuery) BB_COURSE_QUERY_INIT;
  query.waiting_more_than = 30;
  time_query (&fixture, "waiting longer than 30 days", &query);
  query = (BbCourseQuery) BB_COURSE_QUERY_INIT;
  query.no_meeting_for = 60;
  time_query (&fixture, "no meeting for 60 days", &query);
  query = (BbCourseQuery) BB_COURSE_QUERY_INIT;
  query.referral_source = BB_REFERRAL_SCHOOL;
  time_query (&fixture, "referred by a school", &query);
  query = (BbCourseQuery) BB_COURSE_QUERY_INIT;
  query.search = "s";
  time_query (&fixture, "search »s«", &query);
  query.search = "skolev";
  time_query (&fixture, "search »skolev«", &query);
  query.search = "emma niel";
  time_query (&fixture, "search »emma niel«", &query);

  {
    BbCourseTotals totals;
    gint64 start = g_get_monotonic_time ();

    query = (BbCourseQuery) BB_COURSE_QUERY_INIT;
    g_assert_true (bb_course_repository_count_totals (fixture.courses, &query, &totals, &error));
    g_print ("%-44s %7u courses %8.1f ms (median wait %.0f days)\n", "figures across all", totals.courses,
             seconds_since (start) * 1000, totals.waiting_median);
  }

  {
    gint64 start = g_get_monotonic_time ();
    g_autoptr(BbCourse) course = bb_course_repository_open (fixture.courses, n_courses / 2, &error);
    g_autoptr(GListModel) meetings = bb_course_repository_list_meetings (fixture.courses, n_courses / 2, &error);

    g_assert_no_error (error);
    g_print ("%-44s %7u meetings %7.1f ms\n", "open a course with its meetings",
             g_list_model_get_n_items (meetings), seconds_since (start) * 1000);
  }

  {
    gint64 start;

    bb_test_courses_set_clock (&fixture, "2026-03-16T10:00:00Z");
    start = g_get_monotonic_time ();
    query = (BbCourseQuery) BB_COURSE_QUERY_INIT;
    g_clear_error (&error);
    g_array_unref (bb_course_repository_query_ids (fixture.courses, &query, &error));
    g_assert_no_error (error);
    g_print ("%-44s %16.1f ms\n", "first list of a new day (figures recounted)", seconds_since (start) * 1000);
  }

  bb_test_courses_tear_down (&fixture, NULL);
  return 0;
}
