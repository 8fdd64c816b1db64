/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The course search on a generated caseload, against plain queries: the counts, the
 * pages, and the list while typing. */

#include "bb-course-list.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"
#include "bb-text.h"

/* The ids @sql selects with ?1 bound to @match, straight on the connection. */
static GArray *
scan (BbTestCourses *fixture,
      const char    *sql,
      const char    *match)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (bb_database_get_handle (fixture->database), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  return ids;
}

static void
assert_same_ids (GArray *found,
                 GArray *expected,
                 guint   offset)
{
  g_assert_cmpuint (found->len, <=, expected->len - MIN (offset, expected->len));
  for (guint i = 0; i < found->len; i++)
    g_assert_cmpint (g_array_index (found, gint64, i), ==, g_array_index (expected, gint64, offset + i));
}

/* A search's count (straight on the index when it is the only filter) and its pages
 * (read along the order's index when it matches many) equal the matches sorted by a
 * plain query, on a generated caseload large enough for both plans. */
static void
test_search_matches_scan (BbTestCourses *fixture,
                          gconstpointer  data)
{
  const char * const searches[] = { "s", "a", "e", "sk", "emma", "skolev", "nielsen", "zzq" };
  const struct
  {
    BbCourseSort  sort;
    gboolean      descending;
    const char   *order;
  } sorts[] = {
    { BB_COURSE_SORT_NAME, FALSE, "c.name_key, c.id" },
    { BB_COURSE_SORT_NAME, TRUE, "c.name_key DESC, c.id DESC" },
    { BB_COURSE_SORT_FIRST_CONTACT, TRUE, "c.first_contact DESC, c.name_key DESC, c.id DESC" },
    { BB_COURSE_SORT_CONVERSATIONS, FALSE, "c.conversations, c.name_key, c.id" },
  };
  BbDemoOptions options = BB_DEMO_OPTIONS_INIT;
  gboolean many = FALSE;

  options.n_offers = 20;
  options.n_courses = 1500;
  options.n_meetings = 1500;
  options.seed = 7;
  bb_test_courses_generate (fixture, &options);

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    for (guint j = 0; j < G_N_ELEMENTS (sorts); j++)
      {
        BbCourseQuery query = BB_COURSE_QUERY_INIT;
        g_autofree char *match = bb_text_fts_query (searches[i]);
        g_autofree char *sql = g_strdup_printf ("SELECT c.id FROM courses c NOT INDEXED"
                                                " WHERE c.id IN (SELECT rowid FROM course_fts WHERE course_fts MATCH ?1)"
                                                " ORDER BY %s", sorts[j].order);
        g_autoptr(GArray) expected = scan (fixture, sql, match);
        g_autoptr(GArray) all = NULL;
        g_autoptr(GArray) page = NULL;
        g_autoptr(GError) error = NULL;

        query.search = searches[i];
        query.sort = sorts[j].sort;
        query.descending = sorts[j].descending;
        g_test_message ("»%s«, sort %u: %u matches", searches[i], j, expected->len);
        /* As the list asks: the count first, then pages. */
        g_assert_cmpint (bb_course_repository_query_count (fixture->courses, &query, &error), ==, expected->len);
        many |= expected->len >= 1500 / 100;
        all = bb_course_repository_query_ids (fixture->courses, &query, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (all->len, ==, expected->len);
        assert_same_ids (all, expected, 0);
        page = bb_course_repository_query_page (fixture->courses, &query, 500, 100, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (page->len, ==, MIN (100, expected->len - MIN (500, expected->len)));
        assert_same_ids (page, expected, 500);

        /* With another filter the count is the courses', not the index's. */
        query.statuses = BB_COURSE_STATUSES_OPEN;
        g_clear_pointer (&all, g_array_unref);
        all = bb_course_repository_query_ids (fixture->courses, &query, &error);
        g_assert_cmpint (bb_course_repository_query_count (fixture->courses, &query, &error), ==, all->len);
      }

  /* The walk along the index was taken. */
  g_assert_true (many);
}

/* What the list shows while typing: the first screenful at once, read along the order
 * testing each course's text when the matches are dense, and the whole list once the
 * count (on the job's connection) arrives: exactly the matches in the order, for short
 * and long prefixes and every sort either way. */
static void
test_search_list_while_typing (BbTestCourses *fixture,
                               gconstpointer  data)
{
  const char * const searches[] = { "s", "sk", "skol", "skole", "skolev", "a", "emma nielsen", "zzq" };
  const char * const orders[] = {
    [BB_COURSE_SORT_NAME] = "c.name_key @, c.id @",
    [BB_COURSE_SORT_FIRST_CONTACT] = "c.first_contact @, c.name_key @, c.id @",
    [BB_COURSE_SORT_CONVERSATIONS] = "c.conversations @, c.name_key @, c.id @",
    [BB_COURSE_SORT_LENGTH] = "c.length_key @, c.name_key @, c.id @",
    [BB_COURSE_SORT_LAST_MEETING] = "c.last_activity @, c.name_key @, c.id @",
    [BB_COURSE_SORT_WAITING] = NULL,
  };
  BbDemoOptions options = BB_DEMO_OPTIONS_INIT;
  g_autoptr(BbCourseList) list = bb_course_list_new (fixture->courses);
  gboolean counted_later = FALSE;

  options.n_offers = 20;
  options.n_courses = 1500;
  options.n_meetings = 1500;
  options.seed = 7;
  bb_test_courses_generate (fixture, &options);

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    for (guint sort = 0; sort < BB_COURSE_SORT_COUNT; sort++)
      for (guint descending = 0; descending < 2; descending++)
        {
          BbCourseQuery query = BB_COURSE_QUERY_INIT;
          g_autofree char *match = bb_text_fts_query (searches[i]);
          g_autoptr(GArray) expected = NULL;
          g_autoptr(GArray) first = NULL;
          g_autoptr(GError) error = NULL;
          guint n;

          query.search = searches[i];
          query.sort = sort;
          query.descending = descending;
          if (orders[sort] != NULL)
            {
              g_autoptr(GString) sql = g_string_new (NULL);

              g_string_printf (sql, "SELECT c.id FROM courses c NOT INDEXED"
                               " WHERE c.id IN (SELECT rowid FROM course_fts WHERE course_fts MATCH ?1)"
                               " ORDER BY %s", orders[sort]);
              g_string_replace (sql, "@", descending ? "DESC" : "ASC", 0);
              expected = scan (fixture, sql->str, match);
            }
          else
            {
              /* The merge of two parts: the repository's full read, its own test aside. */
              expected = bb_course_repository_query_ids (fixture->courses, &query, &error);
              g_assert_no_error (error);
            }
          g_test_message ("»%s«, sort %u%s: %u matches", searches[i], sort, descending ? " down" : "", expected->len);

          /* The first page alone, as a keystroke asks it. */
          first = bb_course_repository_query_page (fixture->courses, &query, 0, 64, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (first->len, ==, MIN (64, expected->len));
          assert_same_ids (first, expected, 0);

          bb_course_list_set_query (list, &query);
          n = g_list_model_get_n_items (G_LIST_MODEL (list));
          g_assert_cmpuint (n, ==, MIN (expected->len, 64));
          for (guint k = 0; k < MIN (n, 30); k++)
            g_assert_cmpint (bb_course_list_get_id (list, k), ==, g_array_index (expected, gint64, k));
          counted_later |= bb_id_list_is_counting (BB_ID_LIST (list));

          while (bb_id_list_is_counting (BB_ID_LIST (list)))
            g_main_context_iteration (NULL, TRUE);
          g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected->len);
          for (guint k = 0; k < expected->len; k++)
            g_assert_cmpint (bb_course_list_get_id (list, k), ==, g_array_index (expected, gint64, k));
        }

  /* The count was the job's, apart from the keystroke. */
  g_assert_true (counted_later);
}

/* A keystroke that supersedes another before its count arrives: the list ends with the
 * later search's count, not the earlier one's. */
static void
test_search_count_superseded (BbTestCourses *fixture,
                              gconstpointer  data)
{
  BbDemoOptions options = BB_DEMO_OPTIONS_INIT;
  BbCourseQuery query = BB_COURSE_QUERY_INIT;
  g_autoptr(BbCourseList) list = bb_course_list_new (fixture->courses);
  g_autoptr(GError) error = NULL;
  gint64 expected;

  options.n_offers = 20;
  options.n_courses = 1500;
  options.n_meetings = 1500;
  options.seed = 7;
  bb_test_courses_generate (fixture, &options);

  query.search = "s";
  bb_course_list_set_query (list, &query);
  g_assert_true (bb_id_list_is_counting (BB_ID_LIST (list)));
  query.search = "sk";
  bb_course_list_set_query (list, &query);
  expected = bb_course_repository_query_count (fixture->courses, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpint (expected, >, 64);

  while (bb_id_list_is_counting (BB_ID_LIST (list)))
    g_main_context_iteration (NULL, TRUE);
  /* The first job's callback, arriving after, changes nothing. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, BbTestCourses, NULL, bb_test_courses_set_up, func, bb_test_courses_tear_down)
  ADD ("/course-search/matches-scan", test_search_matches_scan);
  ADD ("/course-search/list-while-typing", test_search_list_while_typing);
  ADD ("/course-search/count-superseded", test_search_count_superseded);
#undef ADD

  return g_test_run ();
}
