/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A caseload import written in bulk leaves the database as the row-by-row path did:
 * every table, the figures, the sort keys, the access log and the search index, kept
 * as a fixture made by that path (fixtures/caseload-bulk.dump; BB_TEST_WRITE_DUMP=FILE
 * writes it again). And all or nothing: a failing disk at the commit leaves the
 * database, its indexes and triggers as they were. */

#include "config.h"

#include <string.h>

#include "bb-caseload-csv-exchange.h"
#include "bb-sql.h"
#include "bb-test-courses.h"
#include "bb-test-fault-vfs.h"
#include "bb-test-utils.h"

static const char *const statuses[] = {
  "contacted", "waiting", "advisory", "treatment-individual", "treatment-group", "follow-up", "on-hold",
  "closed", "not-admitted",
};

static const char *const reasons[] = { "goals-reached", "referred-on", "dropped-out", "moved", "other" };

/* @n rows, through every status, with and without an adviser (known, new), a birth
 * date, a status date, conversations (some before the first contact, which the figures
 * leave out). Dates up to the test clock's 15 March 2026. */
static char *
make_caseload (guint n)
{
  GString *csv = g_string_new ("young_person;birth_date;adviser;referral_source;first_contact;status;"
                               "status_since;conversation_dates;closed_date;closing_reason;notes\n");

  for (guint i = 0; i < n; i++)
    {
      const char *status = statuses[i % G_N_ELEMENTS (statuses)];
      gboolean ended = strcmp (status, "closed") == 0 || strcmp (status, "not-admitted") == 0;
      guint day = 1 + i % 27;
      g_autofree char *first_contact = g_strdup_printf ("2025-%02u-%02u", 1 + i % 11, day);
      g_autofree char *since = g_strdup_printf ("2026-02-%02u", day);
      GString *dates = g_string_new (NULL);

      for (guint k = 0; k < i % 4; k++)
        g_string_append_printf (dates, "%s2025-%02u-%02u", k > 0 ? "|" : "", 1 + (i + 3 * k) % 12, 1 + k);

      g_string_append_printf (csv, "Ung %u Sørensen;%s;%s;%s;%s;%s;%s;%s;%s;%s;Note %u om skolevægring\n", i,
                              i % 3 == 0 ? "" : "2009-06-01",
                              i % 5 == 0 ? "" : i % 5 == 1 ? "Mette Rådgiver" : i % 5 == 2 ? "Ny Rådgiver" : "Anden Ny",
                              i % 2 == 0 ? "school" : "gp", first_contact, status,
                              i % 7 == 0 ? "" : i % 7 == 1 && !ended ? first_contact : since, dates->str,
                              ended ? since : "",
                              strcmp (status, "closed") == 0 ? reasons[i % G_N_ELEMENTS (reasons)] : "", i);
      g_string_free (dates, TRUE);
    }

  return g_string_free (csv, FALSE);
}

static BbCaseload *
read_caseload (BbTestCourses *fixture,
               const char    *csv)
{
  g_autofree char *path = g_build_filename (fixture->folder, "caseload.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  BbCaseload *caseload;

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  caseload = bb_caseload_csv_read_file (fixture->courses, file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (caseload);
  for (guint i = 0; i < caseload->rejected->len; i++)
    {
      BbCaseloadRejection *rejection = g_ptr_array_index (caseload->rejected, i);

      g_test_message ("line %u: %s", rejection->line, rejection->reason);
    }
  g_assert_cmpuint (caseload->rejected->len, ==, 0);
  return caseload;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* Every table as sorted lines of its rows, but for what differs between two runs
 * (identifiers made at random, the account's name) and the search index's own
 * storage (course_fts is dumped through its columns). */
static char *
dump (BbDatabase *database)
{
  g_autoptr(BbStatement) tables = NULL;
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);

  tables = bb_database_prepare (database,
                                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                " AND name NOT GLOB '*_fts_*' ORDER BY name",
                                &error);
  g_assert_no_error (error);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *name = bb_sql_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", name);
      g_autoptr(BbStatement) rows = bb_database_prepare (database, sql, &error);
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

      g_assert_no_error (error);
      if (g_str_has_suffix (name, "_fts"))
        {
          g_clear_pointer (&rows, sqlite3_finalize);
          g_free (sql);
          sql = g_strdup_printf ("SELECT rowid, * FROM \"%s\"", name);
          rows = bb_database_prepare (database, sql, &error);
          g_assert_no_error (error);
        }

      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          GString *line = g_string_new (NULL);

          for (int i = 0; i < sqlite3_column_count (rows); i++)
            {
              const char *column = sqlite3_column_name (rows, i);

              if (strcmp (column, "uuid") == 0 || strcmp (column, "os_user") == 0)
                continue;
              g_string_append_printf (line, "%s%s=%s", i > 0 ? "|" : "", column,
                                      sqlite3_column_type (rows, i) == SQLITE_NULL
                                      ? "NULL" : (const char *) sqlite3_column_text (rows, i));
            }
          g_ptr_array_add (lines, g_string_free (line, FALSE));
        }

      g_ptr_array_sort (lines, compare_lines);
      g_string_append_printf (out, "[%s]\n", name);
      for (guint i = 0; i < lines->len; i++)
        g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (lines, i));
    }

  return g_string_free (out, FALSE);
}

/* What was there before the import: a course with a meeting, a known adviser. */
static void
add_earlier (BbTestCourses *fixture)
{
  gint64 adviser_id = bb_test_add_adviser (fixture, "Mette Rådgiver", BB_PROFESSION_SOCIAL_WORKER);
  gint64 course_id = bb_test_add_course (fixture, "Tidligere Ung", "2025-12-01", adviser_id);

  bb_test_add_meeting (fixture, course_id, BB_MEETING_ADVISORY, "2025-12-08", FALSE);
}

static void
test_same_as_row_by_row (BbTestCourses *fixture,
                         gconstpointer  user_data)
{
  g_autofree char *csv = make_caseload (200);
  g_autoptr(BbCaseload) caseload = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_path = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  const char *write_to = g_getenv ("BB_TEST_WRITE_DUMP");

  add_earlier (fixture);
  caseload = read_caseload (fixture, csv);
  g_assert_true (bb_course_repository_prepare_caseload (fixture->courses, caseload, &error));
  g_assert_no_error (error);
  g_assert_true (bb_course_repository_commit_caseload (fixture->courses, fixture->young_people, fixture->advisers,
                                                       caseload, &error));
  g_assert_no_error (error);

  actual = dump (fixture->database);
  if (write_to != NULL)
    {
      g_assert_true (g_file_set_contents (write_to, actual, -1, NULL));
      return;
    }

  expected_path = g_test_build_filename (G_TEST_DIST, "fixtures", "caseload-bulk.dump", NULL);
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_assert_cmpstr (actual, ==, expected);
  g_assert_cmpint (bb_test_courses_count_wrong_figures (fixture->database), ==, 0);
}

static void
test_found_by_search (BbTestCourses *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *csv = make_caseload (30);
  g_autoptr(BbCaseload) caseload = read_caseload (fixture, csv);
  g_autoptr(GError) error = NULL;

  add_earlier (fixture);
  g_assert_true (bb_course_repository_commit_caseload (fixture->courses, fixture->young_people, fixture->advisers,
                                                       caseload, &error));
  g_assert_no_error (error);

  /* Names and notes of the new courses, and the course that was there. */
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count (*) FROM course_fts WHERE course_fts MATCH 'skolevægring'"),
                   ==, 30);
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count (*) FROM course_fts WHERE course_fts MATCH 'ung'"), ==, 31);
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count (*) FROM course_fts f JOIN courses c ON c.id = f.rowid"
                                      " JOIN young_people y ON y.id = c.young_person_id"
                                      " WHERE course_fts MATCH '\"ung 17\"' AND y.name = 'Ung 17 Sørensen'"),
                   ==, 1);

  /* Into courses that outnumber the file's: the indexes stay and take the rows. */
  g_clear_pointer (&caseload, bb_caseload_free);
  caseload = read_caseload (fixture, csv);
  g_assert_true (bb_course_repository_commit_caseload (fixture->courses, fixture->young_people, fixture->advisers,
                                                       caseload, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count (*) FROM course_fts WHERE course_fts MATCH 'skolevægring'"),
                   ==, 60);
  g_assert_cmpint (bb_test_courses_count_wrong_figures (fixture->database), ==, 0);
  /* One access log row for each young person, course and conversation created. */
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count (*) FROM young_people y WHERE 1 = (SELECT count (*) FROM access_log l"
                                      " WHERE l.action = 'create' AND l.subject = 'young-person' AND l.subject_id = y.id)"),
                   ==, 61);
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count (*) FROM courses c WHERE 1 = (SELECT count (*) FROM access_log l"
                                      " WHERE l.action = 'create' AND l.subject = 'course' AND l.subject_id = c.id"
                                      "   AND l.young_person_id = c.young_person_id)"),
                   ==, 61);
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count (*) FROM meetings m WHERE 1 != (SELECT count (*) FROM access_log l"
                                      " WHERE l.action = 'create' AND l.subject = 'meeting' AND l.subject_id = m.id)"),
                   ==, 0);
}

static void
test_failing_disk (BbTestCourses *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *csv = make_caseload (2000);
  g_autoptr(BbCaseload) caseload = read_caseload (fixture, csv);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 schema;

  add_earlier (fixture);
  before = bb_test_courses_digest (fixture->database);
  schema = bb_test_query_int (fixture->database, "SELECT count (*) FROM sqlite_schema");

  bb_test_fault_vfs_set (BB_TEST_FAULT_IO);
  g_assert_false (bb_course_repository_commit_caseload (fixture->courses, fixture->young_people,
                                                        fixture->advisers, caseload, &error));
  bb_test_fault_vfs_set (BB_TEST_FAULT_NONE);
  g_assert_nonnull (error);

  after = bb_test_courses_digest (fixture->database);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count (*) FROM sqlite_schema"), ==, schema);
  g_assert_cmpint (bb_test_count_outside (bb_database_get_path (fixture->database),
                                          "SELECT count (*) FROM courses"), ==, 1);

  /* And the same file goes in afterwards. */
  g_clear_error (&error);
  g_assert_true (bb_course_repository_commit_caseload (fixture->courses, fixture->young_people, fixture->advisers,
                                                       caseload, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count (*) FROM courses"), ==, 2001);
  g_assert_cmpint (bb_test_courses_count_wrong_figures (fixture->database), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  bb_test_fault_vfs_install ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/caseload-bulk/same-as-row-by-row", BbTestCourses, NULL, bb_test_courses_set_up,
              test_same_as_row_by_row, bb_test_courses_tear_down);
  g_test_add ("/caseload-bulk/found-by-search", BbTestCourses, NULL, bb_test_courses_set_up,
              test_found_by_search, bb_test_courses_tear_down);
  g_test_add ("/caseload-bulk/failing-disk", BbTestCourses, NULL, bb_test_courses_set_up, test_failing_disk,
              bb_test_courses_tear_down);

  return g_test_run ();
}
