/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Caseload files: what a row becomes, the rows refused with their line and reason,
 * all or nothing, and an export that imports into the same courses. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "bb-caseload-csv-exchange.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"

static BbCaseload *
read_fixture (BbTestCourses *fixture,
              const char    *name)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "fixtures", name, NULL));
  g_autoptr(GError) error = NULL;
  BbCaseload *caseload = bb_caseload_csv_read_file (fixture->courses, file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (caseload);
  return caseload;
}

static void
commit (BbTestCourses *fixture,
        BbCaseload    *caseload)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_course_repository_commit_caseload (fixture->courses, fixture->young_people,
                                                       fixture->advisers, caseload, &error));
  g_assert_no_error (error);
}

static char *
export (BbTestCourses *fixture,
        const char    *name,
        guint          expected)
{
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  guint n_courses = 0;
  GStatBuf info;

  g_assert_true (bb_caseload_csv_export (fixture->courses, file, &n_courses, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_courses, ==, expected);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* The file without the ids that start its records: they are the database's own. A
 * line inside a quoted cell (the dates) starts with a date, never with digits and ';'. */
static char *
dup_without_ids (const char *contents)
{
  g_autoptr(GRegex) ids = g_regex_new ("^[0-9]+;", G_REGEX_MULTILINE, 0, NULL);

  return g_regex_replace_literal (ids, contents, -1, 0, ";", 0, NULL);
}

static void
test_read (BbTestCourses *fixture,
           gconstpointer  data)
{
  g_autoptr(BbCaseload) caseload = NULL;
  g_autofree char *summary = NULL;
  BbCaseloadRow *row;

  bb_test_add_adviser (fixture, "Mette Rådgiver", BB_PROFESSION_SOCIAL_WORKER);
  caseload = read_fixture (fixture, "caseload.csv");

  g_assert_cmpuint (caseload->rejected->len, ==, 0);
  g_assert_cmpuint (caseload->rows->len, ==, 3);
  /* Mette is known; Jonas would be created, and the preview says so. */
  g_assert_cmpuint (caseload->new_advisers->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (caseload->new_advisers, 0), ==, "Jonas Psykolog");
  summary = bb_caseload_dup_summary (caseload);
  g_assert_cmpstr (summary, ==, "3 courses to create, 1 new adviser, 0 rows rejected");

  row = g_ptr_array_index (caseload->rows, 0);
  g_assert_cmpuint (row->line, ==, 2);
  g_assert_cmpstr (row->young_person, ==, "Ida Østergaard");
  g_assert_cmpint (row->referral_source, ==, BB_REFERRAL_SCHOOL);
  g_assert_cmpint (row->status, ==, BB_COURSE_STATUS_ADVISORY);
  g_assert_cmpuint (g_strv_length (row->conversation_dates), ==, 2);
  g_assert_cmpstr (row->conversation_dates[1], ==, "2026-02-02");

  row = g_ptr_array_index (caseload->rows, 1);
  g_assert_cmpuint (row->line, ==, 3);
  g_assert_cmpint (row->status, ==, BB_COURSE_STATUS_CLOSED);
  g_assert_cmpint (row->closing_reason, ==, BB_CLOSING_GOALS_REACHED);
  g_assert_cmpstr (row->closed_date, ==, "2026-02-20");

  /* A quoted cell over two lines: the next row starts on line 5. */
  row = g_ptr_array_index (caseload->rows, 2);
  g_assert_cmpuint (row->line, ==, 5);
  g_assert_null (row->adviser);
  g_assert_cmpstr (row->notes, ==, "=ikke en formel");
}

/* Each bad row is named by line with the reason; a CPR number is never echoed. */
static void
test_rejected (BbTestCourses *fixture,
               gconstpointer  data)
{
  g_autoptr(BbCaseload) caseload = read_fixture (fixture, "caseload-rejected.csv");
  g_autoptr(GError) error = NULL;
  const char *expected[][2] = {
    { "Line 3: ", "“birth_date” is not a date; write it as YYYY-MM-DD." },
    { "Line 4: ", "“somewhere” in column status is not one of contacted, waiting," },
    { "Line 5: ", "the column notes holds what looks like a CPR number." },
    { "Line 6: ", "the column young_person is empty." },
  };

  g_assert_cmpuint (caseload->rows->len, ==, 1);
  g_assert_cmpuint (caseload->rejected->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      BbCaseloadRejection *rejection = g_ptr_array_index (caseload->rejected, i);

      g_assert_cmpuint (rejection->line, ==, i + 3);
      g_assert_true (g_str_has_prefix (rejection->reason, expected[i][0]));
      if (strstr (rejection->reason, expected[i][1]) == NULL)
        g_error ("“%s” is not in “%s”", expected[i][1], rejection->reason);
      g_assert_null (strstr (rejection->reason, "1234"));
    }

  /* All or nothing: not even the good row is created. */
  g_assert_false (bb_course_repository_commit_caseload (fixture->courses, fixture->young_people,
                                                        fixture->advisers, caseload, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count (*) FROM courses"), ==, 0);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count (*) FROM young_people"), ==, 0);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count (*) FROM advisers"), ==, 0);
}

static BbCaseload *
read_text (BbTestCourses *fixture,
           const char    *text,
           GError       **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_autoptr(BbCaseload) caseload = bb_caseload_new ();
  GDate today;

  bb_clock_get_today (bb_database_get_clock (fixture->database), &today);
  if (!bb_caseload_csv_read (stream, &today, caseload, error))
    return NULL;
  return g_steal_pointer (&caseload);
}

/* The other reasons a row is refused, and the files refused whole. */
static void
test_rejected_more (BbTestCourses *fixture,
                    gconstpointer  data)
{
  g_autoptr(BbCaseload) caseload = NULL;
  g_autoptr(GError) error = NULL;
  const char *expected[] = {
    "Line 2: a course that ended needs the date in the column closed_date.",
    "Line 3: a course with the status “contacted” is open: leave closed_date and closing_reason empty.",
    "Line 4: the date in status_since comes before the first_contact.",
    "Line 5: “conversation_dates” lies after today.",
    "Line 6: expected 6 fields, found 2.",
    "Line 7: “first_contact” needs a date.",
  };

  caseload = read_text (fixture,
                        "young_person;first_contact;status;status_since;closed_date;conversation_dates\n"
                        "Ida;2026-01-05;closed;;;\n"
                        "Noah;2026-01-05;;;2026-02-01;\n"
                        "Freja;2026-01-05;waiting;2026-01-01;;\n"
                        "Emil;2026-01-05;advisory;;;2026-01-10|2026-04-01\n"
                        "Oliver;2026-01-05\n"
                        "Karla;;waiting;;;\n",
                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (caseload->rows->len, ==, 0);
  g_assert_cmpuint (caseload->rejected->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (((BbCaseloadRejection *) g_ptr_array_index (caseload->rejected, i))->reason, ==, expected[i]);

  g_assert_null (read_text (fixture, "young_person;first_contact;cpr\nIda;2026-01-05;\n", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==,
                   "Line 1: unknown column “cpr”. The columns of a caseload file are described in Brobygger’s README.");
  g_clear_error (&error);

  g_assert_null (read_text (fixture, "young_person;notes\nIda;\n", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  g_assert_null (read_text (fixture, "", &error));
  g_assert_nonnull (error);
}

/* What the file said is what the database holds, and each creation is logged. */
static void
test_commit (BbTestCourses *fixture,
             gconstpointer  data)
{
  g_autoptr(BbCaseload) caseload = read_fixture (fixture, "caseload.csv");
  g_autoptr(BbCourse) closed = NULL;
  g_autoptr(BbCourse) waiting = NULL;
  const BbCourseFigures *figures;

  commit (fixture, caseload);

  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count (*) FROM courses"), ==, 3);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count (*) FROM advisers"), ==, 2);
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count (*) FROM meetings WHERE kind = 'advisory' AND no_show = 0"),
                   ==, 4);
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count (*) FROM access_log WHERE action = 'create' AND subject = 'course'"),
                   ==, 3);
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count (*) FROM access_log WHERE action = 'create'"
                                      " AND subject = 'young-person'"),
                   ==, 3);

  closed = bb_test_get_course (fixture, 2);
  g_assert_cmpstr (bb_course_get_young_person_name (closed), ==, "Noah Bech");
  g_assert_cmpstr (bb_course_get_adviser_name (closed), ==, "Jonas Psykolog");
  g_assert_cmpint (bb_course_get_status (closed), ==, BB_COURSE_STATUS_CLOSED);
  g_assert_cmpstr (bb_course_get_closed_date (closed), ==, "2026-02-20");
  g_assert_cmpint (bb_course_get_closing_reason (closed), ==, BB_CLOSING_GOALS_REACHED);
  figures = bb_course_get_figures (closed);
  g_assert_cmpint (figures->waiting_days, ==, 7);
  g_assert_cmpuint (figures->conversations, ==, 2);
  g_assert_cmpint (figures->course_days, ==, 142);

  waiting = bb_test_get_course (fixture, 3);
  g_assert_cmpint (bb_course_get_status (waiting), ==, BB_COURSE_STATUS_WAITING);
  g_assert_cmpstr (bb_course_get_status_since (waiting), ==, "2026-03-03");
  g_assert_cmpstr (bb_course_get_notes (waiting), ==, "=ikke en formel");
}

/* The figures are held back during an import and counted once at its end: each
 * course's are what its meetings give, those of the courses already there too, and
 * a meeting added afterwards counts again at once. */
static void
test_figures_counted (BbTestCourses *fixture,
                      gconstpointer  data)
{
  g_autoptr(BbCaseload) caseload = read_fixture (fixture, "caseload.csv");
  g_autoptr(BbCourse) course = NULL;
  gint64 before = bb_test_add_course (fixture, "Oliver Kragh", "2026-02-10", 0);

  bb_test_add_meeting (fixture, before, BB_MEETING_ADVISORY, "2026-02-12", FALSE);
  commit (fixture, caseload);

  g_assert_cmpint (bb_test_courses_count_wrong_figures (fixture->database), ==, 0);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count (*) FROM course_figures_paused"), ==, 0);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count (*) FROM course_figures_pending"), ==, 0);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT sum (conversations) FROM courses"), ==, 5);

  bb_test_add_meeting (fixture, 2, BB_MEETING_ADVISORY, "2026-02-19", FALSE);
  course = bb_test_get_course (fixture, 2);
  g_assert_cmpuint (bb_course_get_figures (course)->conversations, ==, 3);
  g_assert_cmpint (bb_test_courses_count_wrong_figures (fixture->database), ==, 0);
}

/* export → import into a fresh database → export: the same file, ids apart. */
static void
test_round_trip (BbTestCourses *fixture,
                 gconstpointer  data)
{
  BbTestCourses fresh = { 0, };
  g_autoptr(BbCaseload) caseload = read_fixture (fixture, "caseload.csv");
  g_autoptr(BbCaseload) again = NULL;
  g_autoptr(GFile) first_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *first_path = NULL;
  g_autofree char *first_bare = NULL;
  g_autofree char *second_bare = NULL;
  gint64 course_id;

  commit (fixture, caseload);
  /* What the file cannot say survives too: a no-show, a treatment session, a course
   * made here by hand. */
  bb_test_add_meeting (fixture, 1, BB_MEETING_ADVISORY, "2026-02-09", TRUE);
  bb_test_add_meeting (fixture, 1, BB_MEETING_TREATMENT, "2026-02-16", FALSE);
  course_id = bb_test_add_course (fixture, "Oliver Kragh", "2026-02-10", 0);
  bb_test_change_status (fixture, course_id, BB_COURSE_STATUS_WAITING, "2026-02-11");

  first = export (fixture, "first.csv", 4);
  g_assert_true (g_str_has_prefix (first, "\xEF\xBB\xBF" "id;young_person;birth_date;adviser;referral_source;"
                                   "first_contact;status;status_since;conversation_dates;closed_date;"
                                   "closing_reason;notes;waiting_days;conversations;course_days\r\n"));
  g_assert_nonnull (strstr (first, ";'=ikke en formel;"));
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count (*) FROM access_log WHERE action = 'export'"
                                      " AND detail = 'first.csv'"),
                   ==, 4);

  bb_test_courses_set_up (&fresh, NULL);
  first_path = g_build_filename (fixture->folder, "first.csv", NULL);
  first_file = g_file_new_for_path (first_path);
  again = bb_caseload_csv_read_file (fresh.courses, first_file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->rejected->len, ==, 0);
  commit (&fresh, again);
  second = export (&fresh, "second.csv", 4);
  bb_test_courses_tear_down (&fresh, NULL);

  first_bare = dup_without_ids (first);
  second_bare = dup_without_ids (second);
  g_assert_cmpstr (first_bare, ==, second_bare);
}

/* A generated caseload of real variety (every status, closings, no-shows, meetings
 * of every kind) leaves through the export and comes back unchanged, and the import
 * leaves the connection's page cache as it found it. */
static void
test_generated_round_trip (BbTestCourses *fixture,
                           gconstpointer  data)
{
  BbDemoOptions options = BB_DEMO_OPTIONS_INIT;
  BbTestCourses fresh = { 0, };
  g_autoptr(BbCaseload) caseload = NULL;
  g_autoptr(GFile) first_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *first_path = NULL;
  g_autofree char *first_bare = NULL;
  g_autofree char *second_bare = NULL;
  gint64 cache_size;

  options.n_offers = 20;
  options.n_courses = 300;
  options.n_meetings = 1800;
  bb_test_courses_generate (fixture, &options);
  first = export (fixture, "first.csv", options.n_courses);

  bb_test_courses_set_up (&fresh, NULL);
  cache_size = bb_test_query_int (fresh.database, "PRAGMA cache_size");
  first_path = g_build_filename (fixture->folder, "first.csv", NULL);
  first_file = g_file_new_for_path (first_path);
  caseload = bb_caseload_csv_read_file (fresh.courses, first_file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (caseload->rejected->len, ==, 0);
  commit (&fresh, caseload);
  g_assert_cmpint (bb_test_query_int (fresh.database, "PRAGMA cache_size"), ==, cache_size);
  g_assert_cmpint (bb_test_courses_count_wrong_figures (fresh.database), ==, 0);
  second = export (&fresh, "second.csv", options.n_courses);
  bb_test_courses_tear_down (&fresh, NULL);

  first_bare = dup_without_ids (first);
  second_bare = dup_without_ids (second);
  g_assert_cmpstr (first_bare, ==, second_bare);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, BbTestCourses, NULL, bb_test_courses_set_up, func, bb_test_courses_tear_down)
  ADD ("/caseload-csv/read", test_read);
  ADD ("/caseload-csv/rejected", test_rejected);
  ADD ("/caseload-csv/rejected-more", test_rejected_more);
  ADD ("/caseload-csv/commit", test_commit);
  ADD ("/caseload-csv/round-trip", test_round_trip);
  ADD ("/caseload-csv/figures-counted", test_figures_counted);
  ADD ("/caseload-csv/generated-round-trip", test_generated_round_trip);
#undef ADD

  return g_test_run ();
}
