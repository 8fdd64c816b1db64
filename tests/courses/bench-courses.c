/* SPDX-License-Identifier: GPL-3.0-or-later */

/* How long the course list takes on a caseload of real size: 10,000 offers, 100,000
 * courses and 1,000,000 meetings unless told otherwise (bench-courses COURSES
 * MEETINGS OFFERS). The data is the demonstration generator's; the timings go through
 * the repository, as the view will.
 *
 * bench-courses --database FILE times the list on an existing database instead (it
 * is migrated: give it a copy), in CPU time, which a loaded machine does not inflate:
 * typing "skolev" letter by letter (the query set and a screenful loaded, against the
 * same FTS5 query straight on sqlite3), and paging the whole list a screenful at a
 * time. */

#include <string.h>
#include <time.h>

#include "bb-course-list.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"
#include "bb-text.h"

static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *values,
            double  fraction)
{
  g_array_sort (values, compare_doubles);
  return values->len > 0 ? g_array_index (values, double, MIN (values->len - 1, (guint) (fraction * values->len)))
                         : 0;
}

/* What a list view asks when it shows a screenful from @first on. */
static void
touch_rows (GListModel *model,
            guint       first,
            guint       n)
{
  for (guint i = first; i < MIN (g_list_model_get_n_items (model), first + n); i++)
    g_object_unref (g_list_model_get_item (model, i));
}

static double
floor_ms (sqlite3    *handle,
          const char *search)
{
  g_autofree char *match = bb_text_fts_query (search);
  sqlite3_stmt *stmt = NULL;
  double start = cpu_ms ();

  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT rowid FROM course_fts WHERE course_fts MATCH ?1", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    ;
  sqlite3_finalize (stmt);
  return cpu_ms () - start;
}

static int
bench_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(BbContext) context = NULL;
  g_autoptr(BbCourseList) list = NULL;
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floors = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) screens = g_array_new (FALSE, FALSE, sizeof (double));
  const char *typed = "skolev";
  BbCourseQuery query = BB_COURSE_QUERY_INIT;
  sqlite3 *handle = NULL;
  double start;
  guint n;

  start = cpu_ms ();
  database = bb_database_open (path, FALSE, &error);
  g_assert_no_error (error);
  g_print ("%-44s %16.1f ms CPU\n", "open (and migrate)", cpu_ms () - start);
  context = bb_context_new (database, NULL, &error);
  g_assert_no_error (error);

  start = cpu_ms ();
  list = bb_course_list_new (bb_context_get_courses (context));
  touch_rows (G_LIST_MODEL (list), 0, 30);
  g_print ("%-44s %16.1f ms CPU\n", "the list's first screenful", cpu_ms () - start);

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint round = 0; round < 5; round++)
    {
      bb_course_list_set_query (list, &query);
      for (guint length = 1; length <= strlen (typed); length++)
        {
          g_autofree char *prefix = g_strndup (typed, length);
          BbCourseQuery search = query;
          double ms;

          search.search = prefix;
          start = cpu_ms ();
          bb_course_list_set_query (list, &search);
          touch_rows (G_LIST_MODEL (list), 0, 30);
          ms = cpu_ms () - start;
          g_array_append_val (keystrokes, ms);
          ms = floor_ms (handle, prefix);
          g_array_append_val (floors, ms);
          if (round == 0)
            g_print ("  »%s«: %u courses, %.2f ms CPU (floor %.2f ms)\n", prefix,
                     g_list_model_get_n_items (G_LIST_MODEL (list)),
                     g_array_index (keystrokes, double, keystrokes->len - 1), ms);
        }
    }
  sqlite3_close (handle);
  g_print ("BENCH name=search-courses-cpu-p50 median=%.2f unit=ms floor=%.2f ratio=%.2f\n",
           percentile (keystrokes, 0.5), percentile (floors, 0.5),
           percentile (keystrokes, 0.5) / MAX (percentile (floors, 0.5), 0.01));
  g_print ("BENCH name=search-courses-cpu-p95 median=%.2f unit=ms floor=%.2f ratio=%.2f\n",
           percentile (keystrokes, 0.95), percentile (floors, 0.95),
           percentile (keystrokes, 0.95) / MAX (percentile (floors, 0.95), 0.01));

  /* Top to bottom a screenful (30 rows) per step, 400 steps as bench-scroll does. */
  bb_course_list_set_query (list, &query);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint first = 0; first < n; first += MAX (30, n / 400))
    {
      double ms;

      start = cpu_ms ();
      touch_rows (G_LIST_MODEL (list), first, 30);
      ms = cpu_ms () - start;
      g_array_append_val (screens, ms);
    }
  g_print ("BENCH name=scroll-courses-rows-cpu median=%.2f unit=ms floor=- ratio=- (worst %.2f ms, %u screens)\n",
           percentile (screens, 0.5), percentile (screens, 1.0), screens->len);
  return 0;
}

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

  if (argc == 3 && g_str_equal (argv[1], "--database"))
    return bench_database (argv[2]);

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
