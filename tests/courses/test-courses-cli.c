/* SPDX-License-Identifier: GPL-3.0-or-later */

/* brobygger --import-courses, --export-courses and --export-handover as a script runs
 * them: the built program on a database of its own, judged by its exit status, its
 * messages and what the database and the files hold. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "bb-test-cli.h"
#include "bb-test-utils.h"

static gint64
count (BbTestCli  *fixture,
       const char *sql)
{
  g_autoptr(BbContext) context = bb_test_cli_open_context (fixture);

  return bb_test_query_int (bb_context_get_database (context), sql);
}

/* A course for Ida with a hand-over to an offer, and one for Noah without; returns
 * Ida's course. */
static gint64
add_courses (BbTestCli *fixture,
             gint64     *without)
{
  g_autoptr(BbContext) context = bb_test_cli_open_context (fixture);
  g_autoptr(BbYoungPerson) ida = bb_young_person_new ("Ida Østergaard");
  g_autoptr(BbYoungPerson) noah = bb_young_person_new ("Noah Bech");
  g_autoptr(BbCourse) course = NULL;
  g_autoptr(BbCourse) other = NULL;
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Ungeenheden");
  g_autoptr(BbHandover) handover = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_young_person_repository_save (bb_context_get_young_people (context), ida, &error));
  g_assert_true (bb_young_person_repository_save (bb_context_get_young_people (context), noah, &error));
  course = bb_course_new (bb_young_person_get_id (ida));
  bb_course_set_first_contact (course, "2026-01-05");
  g_assert_true (bb_course_repository_save (bb_context_get_courses (context), course, &error));
  other = bb_course_new (bb_young_person_get_id (noah));
  bb_course_set_first_contact (other, "2026-01-06");
  g_assert_true (bb_course_repository_save (bb_context_get_courses (context), other, &error));

  bb_offer_set_title (offer, "Åben rådgivning for unge");
  bb_offer_set_provider (offer, provider);
  g_assert_true (bb_offer_repository_save (bb_context_get_offers (context), offer, &error));
  handover = bb_handover_new (bb_course_get_id (course), bb_offer_get_id (offer), BB_HANDOVER_REFERRED);
  handover->state_date = g_strdup ("2026-02-01");
  g_assert_true (bb_course_repository_save_handover (bb_context_get_courses (context), handover, &error));
  g_assert_no_error (error);

  *without = bb_course_get_id (other);
  return bb_course_get_id (course);
}

static void
test_export_handover (BbTestCli     *fixture,
                      gconstpointer  data)
{
  g_auto(BbTestRun) run = { 0, };
  g_autofree char *output = g_build_filename (fixture->folder, "brev.pdf", NULL);
  g_autofree char *id = NULL;
  g_autofree char *other_id = NULL;
  g_autofree char *contents = NULL;
  gint64 without = 0;
  GStatBuf info;

  id = g_strdup_printf ("%" G_GINT64_FORMAT, add_courses (fixture, &without));
  other_id = g_strdup_printf ("%" G_GINT64_FORMAT, without);

  bb_test_cli_run (fixture, &run, "--export-handover", id, "--output", output, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "brev.pdf"));
  g_assert_cmpint (g_stat (output, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM access_log WHERE action = 'export'"
                                   " AND subject = 'hand-over letter' AND detail = 'brev.pdf'"), ==, 1);

  /* An unknown number, a course without a hand-over, no --output, a folder that is
   * not there: each says so and exits non-zero. */
  bb_test_cli_run (fixture, &run, "--export-handover", "999", "--output", output, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "There is no course number 999.\n");

  bb_test_cli_run (fixture, &run, "--export-handover", "elleve", "--output", output, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "“elleve” is not a course number."));

  bb_test_cli_run (fixture, &run, "--export-handover", other_id, "--output", output, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "has no hand-over to an offer"));

  bb_test_cli_run (fixture, &run, "--export-handover", id, NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "--output FILE.pdf"));

  bb_test_cli_run (fixture, &run, "--export-handover", id, "--output", "/nonexistent-folder/brev.pdf", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_true (g_str_has_prefix (run.err, "Cannot write the hand-over letter to “/nonexistent-folder/brev.pdf”: "));
  g_assert_cmpstr (run.out, ==, "");

  g_assert_cmpint (count (fixture, "SELECT count (*) FROM access_log WHERE subject = 'hand-over letter'"), ==, 1);
}

static void
test_import_export (BbTestCli     *fixture,
                    gconstpointer  data)
{
  g_auto(BbTestRun) run = { 0, };
  g_autofree char *output = g_build_filename (fixture->folder, "forløb.csv", NULL);
  const char *good = g_test_get_filename (G_TEST_DIST, "fixtures", "caseload.csv", NULL);
  g_autofree char *bad = g_strdup (g_test_get_filename (G_TEST_DIST, "fixtures", "caseload-rejected.csv", NULL));
  g_autofree char *contents = NULL;
  GStatBuf info;

  bb_test_cli_run (fixture, &run, "--import-courses", good, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "New adviser: Mette Rådgiver\n"));
  g_assert_nonnull (strstr (run.out, "New adviser: Jonas Psykolog\n"));
  g_assert_nonnull (strstr (run.out, "Imported 3 courses from"));
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses"), ==, 3);

  /* Rejected rows on stderr by line, and nothing of the file imported. */
  bb_test_cli_run (fixture, &run, "--import-courses", bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "Line 3: “birth_date” is not a date"));
  g_assert_nonnull (strstr (run.err, "Line 4: “somewhere” in column status"));
  g_assert_nonnull (strstr (run.err, "Line 5: the column notes holds what looks like a CPR number."));
  g_assert_nonnull (strstr (run.err, "Line 6: the column young_person is empty."));
  g_assert_nonnull (strstr (run.err, "Nothing was imported from"));
  g_assert_null (strstr (run.err, "010203"));
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses"), ==, 3);

  bb_test_cli_run (fixture, &run, "--export-courses", output, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Exported 3 courses to"));
  g_assert_cmpint (g_stat (output, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "waiting_days;conversations;course_days\r\n"));
  g_assert_nonnull (strstr (contents, ";Noah Bech;2008-11-20;Jonas Psykolog;gp;2025-10-01;closed;2026-02-20;"));
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM access_log WHERE action = 'export'"
                                   " AND detail = 'forløb.csv'"), ==, 3);

  bb_test_cli_run (fixture, &run, "--export-courses", "/nonexistent-folder/forløb.csv", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "Cannot export to “/nonexistent-folder/forløb.csv”: "));

  bb_test_cli_run (fixture, &run, "--import-courses", "/nonexistent-folder/forløb.csv", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "Cannot import “/nonexistent-folder/forløb.csv”: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/courses-cli/export-handover", BbTestCli, NULL, bb_test_cli_set_up, test_export_handover,
              bb_test_cli_tear_down);
  g_test_add ("/courses-cli/import-export", BbTestCli, NULL, bb_test_cli_set_up, test_import_export,
              bb_test_cli_tear_down);

  return g_test_run ();
}
