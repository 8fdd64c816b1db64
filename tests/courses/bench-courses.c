/* SPDX-License-Identifier: GPL-3.0-or-later */

/* How long the course list takes on a caseload of real size: 100,000 courses and
 * 1,000,000 meetings unless told otherwise (bench-courses COURSES MEETINGS). The data
 * is made with SQL straight into the file, the way an import of many years would
 * leave it; the timings go through the repository, as the view will. */

#include "bb-test-courses.h"
#include "bb-test-utils.h"

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
fill (BbTestCourses *fixture,
      guint          n_courses,
      guint          n_meetings)
{
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  sql = g_strdup_printf (
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u)"
    " INSERT INTO advisers (uuid, name, sort_key)"
    "  SELECT 'a' || i, 'Rådgiver ' || i, 'radgiver ' || printf ('%%03d', i) FROM n WHERE i <= 40;"
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u)"
    " INSERT INTO young_people (uuid, name, sort_key, birth_date, created, modified)"
    "  SELECT 'y' || i, 'Ung ' || hex (randomblob (3)) || ' ' || i, lower (hex (randomblob (4))),"
    "         date ('2004-01-01', '+' || (abs (random ()) %% 4000) || ' days'), 'x', 'x' FROM n;"
    "INSERT INTO courses (uuid, young_person_id, adviser_id, referral_source, first_contact, status,"
    "                     status_since, closed_date, notes, created, modified)"
    "  SELECT 'c' || id, id, 1 + id %% 40,"
    "         CASE id %% 4 WHEN 0 THEN 'school' WHEN 1 THEN 'self' WHEN 2 THEN 'gp' ELSE 'parent' END,"
    "         date ('2019-01-01', '+' || (id %% 2600) || ' days'),"
    "         CASE WHEN id %% 3 = 0 THEN 'closed' ELSE 'advisory' END, '2019-01-01',"
    "         CASE WHEN id %% 3 = 0 THEN date ('2019-01-01', '+' || (id %% 2600 + 120) || ' days') END,"
    "         'Noter om forløb nummer ' || id || CASE WHEN id %% 1000 = 0 THEN ' skolevægring' ELSE '' END,"
    "         'x', 'x'"
    "    FROM young_people ORDER BY id;"
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u)"
    " INSERT INTO meetings (uuid, course_id, date, kind, no_show, notes)"
    "  SELECT 'm' || i, 1 + i %% %u,"
    "         date ('2019-01-01', '+' || ((1 + i %% %u) %% 2600 + (1 + i %% %u) %% 60 + (i / %u) * 7) || ' days'),"
    "         CASE (i / %u) %% 3 WHEN 2 THEN 'treatment' ELSE 'advisory' END, i %% 11 = 0, 'Samtale'"
    "    FROM n;",
    40, n_courses, n_meetings, n_courses, n_courses, n_courses, n_courses, n_courses);

  /* As a bulk write would: the figures recounted once at the end, not per meeting. */
  g_assert_true (bb_database_begin (fixture->database, &error));
  g_assert_true (bb_database_exec (fixture->database, "INSERT INTO course_figures_paused VALUES (1)", &error));
  g_assert_true (bb_database_exec (fixture->database, sql, &error));
  g_assert_true (bb_database_exec (fixture->database, "DELETE FROM course_figures_paused", &error));
  g_assert_true (bb_database_commit (fixture->database, &error));
  g_assert_no_error (error);
  g_assert_true (bb_database_exec (fixture->database, "ANALYZE", &error));

  g_print ("# %u courses and %u meetings made, figures and search index kept, in %.1f s\n",
           n_courses, n_meetings, seconds_since (start));
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
  fill (&fixture, n_courses, n_meetings);

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
  query.search = "ung 4711";
  time_query (&fixture, "search »ung 4711«", &query);

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
