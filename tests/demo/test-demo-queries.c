/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The course list's search, filters and sorts over a generated caseload of real size
 * (100,000 courses and 1,000,000 meetings unless BB_DEMO_QUERY_COURSES says fewer),
 * each against what a plain SQL query over the same rows says: the figures worked out
 * from the meetings themselves, the search as LIKE over every text it covers. */

#include "bb-sql.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"

/* The test clock's today. */
#define TODAY "'2026-03-15'"

/* Per course: its first advisory conversation held (no-shows and meetings before the
 * first contact do not count), its last meeting held, and the wait and length. */
#define PLAIN_FIGURES \
  "WITH f AS (SELECT c.id, c.name_key, c.status, c.adviser_id, c.referral_source, c.closed_date," \
  "                  c.first_contact," \
  "                  (SELECT min (m.date) FROM meetings m WHERE m.course_id = c.id AND m.kind = 'advisory'" \
  "                     AND m.no_show = 0 AND m.date >= c.first_contact AND m.date <= " TODAY ") AS first_conv," \
  "                  (SELECT count (*) FROM meetings m WHERE m.course_id = c.id AND m.kind = 'advisory'" \
  "                     AND m.no_show = 0 AND m.date <= " TODAY ") AS conversations," \
  "                  coalesce ((SELECT max (m.date) FROM meetings m WHERE m.course_id = c.id" \
  "                               AND m.no_show = 0 AND m.date <= " TODAY "), c.first_contact) AS last_activity" \
  "             FROM courses c)," \
  "     g AS (SELECT f.*," \
  "                  CASE WHEN first_conv IS NOT NULL" \
  "                       THEN CAST (julianday (first_conv) - julianday (first_contact) AS INTEGER)" \
  "                       WHEN closed_date IS NULL" \
  "                       THEN CAST (julianday (" TODAY ") - julianday (first_contact) AS INTEGER) END AS wait," \
  "                  CAST (julianday (coalesce (closed_date, " TODAY ")) - julianday (first_contact) AS INTEGER)" \
  "                    AS length" \
  "             FROM f)" \
  " SELECT * FROM g"

static BbTestCourses fixture;

/* The ids of a plain query, as bb_test_query_courses () gives them. */
static char *
plain (const char *where,
       const char *order)
{
  g_autofree char *sql = g_strconcat ("SELECT id FROM temp.plain WHERE ", where, " ORDER BY ", order, NULL);
  g_autoptr(BbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  GString *ids = g_string_new (NULL);

  stmt = bb_database_prepare (fixture.database, sql, &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, ids->len > 0 ? "," : "", (gint64) sqlite3_column_int64 (stmt, 0));

  return g_string_free (ids, FALSE);
}

static void
check_any (const BbCourseQuery *query,
           const char          *where,
           const char          *order,
           gboolean             some)
{
  g_autofree char *expected = plain (where, order != NULL ? order : "name_key, id");
  g_autofree char *found = bb_test_query_courses (&fixture, query);

  g_test_message ("%s: %u bytes of ids", where, (guint) strlen (expected));
  /* A query that finds nothing would prove nothing. */
  if (some)
    g_assert_cmpuint (strlen (expected), >, 0);
  g_assert_true (g_str_equal (found, expected));
}

static void
check (const BbCourseQuery *query,
       const char          *where,
       const char          *order)
{
  check_any (query, where, order, TRUE);
}

static void
test_sorts (void)
{
  const char *orders[BB_COURSE_SORT_COUNT][2] = {
    { "name_key, id", "name_key DESC, id DESC" },
    { "first_contact, name_key, id", "first_contact DESC, name_key DESC, id DESC" },
    { "wait IS NULL, wait, name_key, id", "wait IS NULL, wait DESC, name_key DESC, id DESC" },
    { "conversations, name_key, id", "conversations DESC, name_key DESC, id DESC" },
    { "length, name_key, id", "length DESC, name_key DESC, id DESC" },
    { "last_activity, name_key, id", "last_activity DESC, name_key DESC, id DESC" },
  };

  for (guint sort = 0; sort < BB_COURSE_SORT_COUNT; sort++)
    for (guint descending = 0; descending < 2; descending++)
      {
        BbCourseQuery query = BB_COURSE_QUERY_INIT;

        query.sort = sort;
        query.descending = descending;
        check (&query, "1", orders[sort][descending]);
        /* And over a filter, as a caseload is sorted. */
        query.statuses = BB_COURSE_STATUSES_OPEN;
        check (&query, "closed_date IS NULL", orders[sort][descending]);
      }
}

static void
test_statuses (void)
{
  for (guint status = 0; status < BB_COURSE_STATUS_COUNT; status++)
    {
      BbCourseQuery query = BB_COURSE_QUERY_INIT;
      g_autofree char *where = g_strdup_printf ("status = '%s'", bb_course_status_to_key (status));

      query.statuses = BB_COURSE_STATUS_BIT (status);
      check (&query, where, NULL);
    }

  {
    BbCourseQuery query = BB_COURSE_QUERY_INIT;

    query.statuses = BB_COURSE_STATUSES_OPEN;
    check (&query, "status NOT IN ('closed', 'not-admitted')", NULL);
    query.statuses = BB_COURSE_STATUS_BIT (BB_COURSE_STATUS_WAITING) | BB_COURSE_STATUS_BIT (BB_COURSE_STATUS_ON_HOLD);
    check (&query, "status IN ('waiting', 'on-hold')", NULL);
  }
}

static void
test_advisers (void)
{
  for (gint64 adviser = 1; adviser <= 3; adviser++)
    {
      BbCourseQuery query = BB_COURSE_QUERY_INIT;
      g_autofree char *where = g_strdup_printf ("(adviser_id = %" G_GINT64_FORMAT " OR id IN"
                                                " (SELECT course_id FROM course_staff WHERE adviser_id = %"
                                                G_GINT64_FORMAT "))", adviser, adviser);
      g_autofree char *open = g_strconcat (where, " AND closed_date IS NULL", NULL);

      query.adviser_id = adviser;
      check (&query, where, NULL);
      /* "My caseload": the open ones, longest wait first. */
      query.statuses = BB_COURSE_STATUSES_OPEN;
      query.sort = BB_COURSE_SORT_WAITING;
      query.descending = TRUE;
      check (&query, open, "wait IS NULL, wait DESC, name_key DESC, id DESC");
    }
}

static void
test_referral_sources (void)
{
  for (guint source = 0; source < BB_REFERRAL_COUNT; source++)
    {
      BbCourseQuery query = BB_COURSE_QUERY_INIT;
      g_autofree char *where = g_strdup_printf ("referral_source = '%s'", bb_referral_source_to_key (source));

      query.referral_source = (int) source;
      check (&query, where, NULL);
    }
}

static void
test_waiting_and_quiet (void)
{
  const int days[] = { 0, 14, 30, 60 };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      BbCourseQuery query = BB_COURSE_QUERY_INIT;
      g_autofree char *waiting = g_strdup_printf ("wait > %d", days[i]);
      g_autofree char *quiet = g_strdup_printf ("closed_date IS NULL AND last_activity < date (" TODAY ", '-%d days')",
                                                days[i]);

      query.waiting_more_than = days[i];
      check (&query, waiting, NULL);
      query = (BbCourseQuery) BB_COURSE_QUERY_INIT;
      query.no_meeting_for = days[i];
      check (&query, quiet, NULL);
    }
}

/* Every text the search covers, for the courses that hold @word (as LIKE sees it,
 * which for the words below is where a word of them starts). */
static char *
holds (const char *word)
{
  return g_strdup_printf ("id IN (SELECT c.id FROM courses c JOIN young_people y ON y.id = c.young_person_id"
                          " WHERE y.name || ' ' || y.occupation_note || ' ' || c.notes || ' ' || c.referral_note"
                          "       || ' ' || c.assessment_note LIKE '%%%1$s%%'"
                          "    OR EXISTS (SELECT 1 FROM guardians x WHERE x.young_person_id = y.id"
                          "                AND x.name LIKE '%%%1$s%%')"
                          "    OR EXISTS (SELECT 1 FROM course_goals x WHERE x.course_id = c.id"
                          "                AND x.text || ' ' || x.note LIKE '%%%1$s%%')"
                          "    OR EXISTS (SELECT 1 FROM meetings x WHERE x.course_id = c.id"
                          "                AND x.notes || ' ' || x.participants LIKE '%%%1$s%%')"
                          "    OR EXISTS (SELECT 1 FROM handovers x WHERE x.course_id = c.id"
                          "                AND x.offer_title || ' ' || x.note LIKE '%%%1$s%%')"
                          "    OR EXISTS (SELECT 1 FROM course_status_events x WHERE x.course_id = c.id"
                          "                AND x.note LIKE '%%%1$s%%'))",
                          word);
}

static void
test_search (void)
{
  const char *searches[][3] = {
    /* typed, then the words as LIKE looks for them */
    { "Østergaard", "Østergaard", NULL },
    { "skolefravær", "skolefravær", NULL },
    { "Freja Holm", "Freja", "Holm" },
    { "mentor", "mentor", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      BbCourseQuery query = BB_COURSE_QUERY_INIT;
      g_autofree char *first = holds (searches[i][1]);
      g_autofree char *second = searches[i][2] != NULL ? holds (searches[i][2]) : g_strdup ("1");
      g_autofree char *where = g_strdup_printf ("%s AND %s", first, second);
      g_autofree char *open = g_strconcat (where, " AND closed_date IS NULL", NULL);

      query.search = searches[i][0];
      check (&query, where, NULL);
      /* Two names together may be nobody's among the open courses of a small run. */
      query.statuses = BB_COURSE_STATUSES_OPEN;
      check_any (&query, open, NULL, searches[i][2] == NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *size = g_getenv ("BB_DEMO_QUERY_COURSES");
  BbDemoOptions options = BB_DEMO_OPTIONS_INIT;
  gint64 start;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* Made once for every test: they only read. */
  bb_test_courses_set_up (&fixture, NULL);
  options.n_offers = 1000;
  options.n_courses = size != NULL ? (guint) g_ascii_strtoull (size, NULL, 10) : 100000;
  options.seed = 11;
  start = g_get_monotonic_time ();
  bb_test_courses_generate (&fixture, &options);
  g_test_message ("%u courses generated in %.1f s", options.n_courses, (g_get_monotonic_time () - start) / 1e6);
  /* The figures worked out once, from the meetings. */
  g_assert_true (bb_database_exec (fixture.database, "CREATE TEMP TABLE plain AS " PLAIN_FIGURES, NULL));

  g_test_add_func ("/demo-queries/sorts", test_sorts);
  g_test_add_func ("/demo-queries/statuses", test_statuses);
  g_test_add_func ("/demo-queries/advisers", test_advisers);
  g_test_add_func ("/demo-queries/referral-sources", test_referral_sources);
  g_test_add_func ("/demo-queries/waiting-and-quiet", test_waiting_and_quiet);
  g_test_add_func ("/demo-queries/search", test_search);
  status = g_test_run ();

  bb_test_courses_tear_down (&fixture, NULL);
  return status;
}
