/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The outcome card reads each course's first and last score from course_scores
 * (0015-course-scores.sql), which triggers keep: a measure added, changed, moved in
 * time or deleted, a score after the period's end, a course's adviser or closing
 * changed, and the card follows each time; the table always equals its measures.
 *
 * WHO-5 (reliable change 10); the period is February 2026. Both courses are Anne's,
 * begun 1 February and closed 20 February. */

#include "bb-overview-repository.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"

typedef struct
{
  BbTestCourses  base;
  gint64         adviser_a;
  gint64         adviser_b;
  gint64         x;
  gint64         y;
} Fixture;

static void
exec_printf (Fixture    *fixture,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
exec_printf (Fixture    *fixture,
             const char *format,
             ...)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  g_assert_true (bb_database_exec (fixture->base.database, sql, &error));
  g_assert_no_error (error);
}

static void
add_measure (Fixture    *fixture,
             gint64      course,
             const char *date,
             double      score)
{
  exec_printf (fixture,
               "INSERT INTO measures (uuid, course_id, instrument, date, items, score, scales)"
               " VALUES ('m-%" G_GINT64_FORMAT "-%s', %" G_GINT64_FORMAT ", 'who-5', '%s', '', %g, '%g')",
               course, date, course, date, score, score);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  BbTestCourses *base = &fixture->base;
  g_autoptr(GError) error = NULL;

  bb_test_courses_set_up (base, user_data);
  fixture->adviser_a = bb_test_add_adviser (base, "Anne Rådgiver", BB_PROFESSION_SOCIAL_WORKER);
  fixture->adviser_b = bb_test_add_adviser (base, "Bent Rådgiver", BB_PROFESSION_PSYCHOLOGIST);
  fixture->x = bb_test_add_course (base, "Xenia", "2026-02-01", fixture->adviser_a);
  fixture->y = bb_test_add_course (base, "Yrsa", "2026-02-01", fixture->adviser_a);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (bb_course_repository_close (base->courses, i == 0 ? fixture->x : fixture->y,
                                                 BB_COURSE_STATUS_CLOSED, "2026-02-20", BB_CLOSING_GOALS_REACHED,
                                                 0, NULL, &error));
      g_assert_no_error (error);
    }

  /* x 40 → 60 better; y 50 → 45 not. */
  add_measure (fixture, fixture->x, "2026-02-01", 40);
  add_measure (fixture, fixture->x, "2026-02-10", 60);
  add_measure (fixture, fixture->y, "2026-02-02", 50);
  add_measure (fixture, fixture->y, "2026-02-15", 45);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  bb_test_courses_tear_down (&fixture->base, user_data);
}

/* The card's value for WHO-5 ("50"), or "" when it has none; and course_scores
 * checked against its measures, every column. */
static char *
outcome (Fixture *fixture,
         gint64   adviser_id)
{
  BbOverviewFilter filter;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOverview) overview = NULL;
  BbOverviewCard *card;
  BbOverviewSeries *series;

  g_assert_cmpint (bb_test_query_int (fixture->base.database,
                                      "SELECT count (*) FROM (SELECT * FROM course_scores EXCEPT"
                                      " SELECT m.course_id, m.instrument, count (*) OVER w,"
                                      "        first_value (m.date) OVER w, first_value (m.score) OVER w,"
                                      "        last_value (m.date) OVER w, last_value (m.score) OVER w,"
                                      "        CASE WHEN c.status = 'closed' THEN c.closed_date END, c.adviser_id"
                                      "   FROM measures m JOIN courses c ON c.id = m.course_id"
                                      " WINDOW w AS (PARTITION BY m.course_id, m.instrument ORDER BY m.date, m.id"
                                      "              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))"),
                   ==, 0);
  g_assert_cmpint (bb_test_query_int (fixture->base.database, "SELECT count (*) FROM course_scores"), ==,
                   bb_test_query_int (fixture->base.database,
                                      "SELECT count (DISTINCT course_id || ' ' || instrument) FROM measures"));

  g_assert_true (bb_overview_filter_init (&filter, BB_OVERVIEW_PERIOD_MONTH, "2026-02-15", NULL, NULL, &error));
  filter.adviser_id = adviser_id;
  overview = bb_overview_repository_compute (bb_context_get_overview (fixture->base.context), &filter, NULL, &error);
  bb_overview_filter_clear (&filter);
  g_assert_no_error (error);

  card = bb_overview_lookup_card (overview, "outcome-improved");
  if (card->series->len == 0)
    return g_strdup ("");
  series = g_ptr_array_index (card->series, 0);
  g_assert_cmpuint (series->points->len, ==, 1);
  g_assert_cmpstr (((BbOverviewPoint *) g_ptr_array_index (series->points, 0))->key, ==, "who-5");
  return g_strdup_printf ("%.0f", ((BbOverviewPoint *) g_ptr_array_index (series->points, 0))->value);
}

#define ASSERT_OUTCOME(fixture, adviser, expected) \
  G_STMT_START { \
    g_autofree char *value_ = outcome ((fixture), (adviser)); \
    g_assert_cmpstr (value_, ==, (expected)); \
  } G_STMT_END

static void
test_follows_measures (Fixture       *fixture,
                       gconstpointer  user_data)
{
  ASSERT_OUTCOME (fixture, 0, "50");

  /* Added: y 50 → 70, better. */
  add_measure (fixture, fixture->y, "2026-02-18", 70);
  ASSERT_OUTCOME (fixture, 0, "100");

  /* Changed: y 50 → 58, not. */
  exec_printf (fixture, "UPDATE measures SET score = 58 WHERE course_id = %" G_GINT64_FORMAT
               " AND date = '2026-02-18'", fixture->y);
  ASSERT_OUTCOME (fixture, 0, "50");

  /* Deleted: y's first is now 45, and 45 → 58 is better. */
  exec_printf (fixture, "DELETE FROM measures WHERE course_id = %" G_GINT64_FORMAT " AND date = '2026-02-02'",
               fixture->y);
  ASSERT_OUTCOME (fixture, 0, "100");

  /* Moved before the other: x 60 → 40, worse. */
  exec_printf (fixture, "UPDATE measures SET date = '2026-01-20' WHERE course_id = %" G_GINT64_FORMAT
               " AND score = 60", fixture->x);
  ASSERT_OUTCOME (fixture, 0, "50");

  /* Moved to another course: x keeps one score and is not counted; y 45 → 58. */
  exec_printf (fixture, "UPDATE measures SET course_id = %" G_GINT64_FORMAT " WHERE course_id = %" G_GINT64_FORMAT
               " AND score = 40", fixture->y, fixture->x);
  ASSERT_OUTCOME (fixture, 0, "100");
  exec_printf (fixture, "UPDATE measures SET course_id = %" G_GINT64_FORMAT " WHERE course_id = %" G_GINT64_FORMAT
               " AND score = 40", fixture->x, fixture->y);
  ASSERT_OUTCOME (fixture, 0, "50");
}

static void
test_follows_courses (Fixture       *fixture,
                      gconstpointer  user_data)
{
  /* A score after February does not count for February: x stays 40 → 60. */
  add_measure (fixture, fixture->x, "2026-03-01", 10);
  ASSERT_OUTCOME (fixture, 0, "50");
  ASSERT_OUTCOME (fixture, fixture->adviser_a, "50");

  /* y handed to Bent: Anne's card has x alone. */
  exec_printf (fixture, "UPDATE courses SET adviser_id = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
               fixture->adviser_b, fixture->y);
  ASSERT_OUTCOME (fixture, fixture->adviser_a, "100");
  ASSERT_OUTCOME (fixture, fixture->adviser_b, "0");

  /* x closed in March instead: February has y alone. */
  exec_printf (fixture, "UPDATE courses SET closed_date = '2026-03-05' WHERE id = %" G_GINT64_FORMAT, fixture->x);
  ASSERT_OUTCOME (fixture, 0, "0");

  /* Deleted with its measures: nothing left to count. */
  exec_printf (fixture, "DELETE FROM courses WHERE id = %" G_GINT64_FORMAT, fixture->y);
  ASSERT_OUTCOME (fixture, 0, "");
  g_assert_cmpint (bb_test_query_int (fixture->base.database, "SELECT count (*) FROM course_scores"), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/overview-scores/measures", Fixture, NULL, fixture_set_up, test_follows_measures, fixture_tear_down);
  g_test_add ("/overview-scores/courses", Fixture, NULL, fixture_set_up, test_follows_courses, fixture_tear_down);

  return g_test_run ();
}
