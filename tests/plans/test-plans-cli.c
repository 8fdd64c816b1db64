/* SPDX-License-Identifier: GPL-3.0-or-later */

/* brobygger --export-figures and --export-plan as a script runs them, without a
 * display: the built program on a database of its own, judged by its exit status,
 * its messages and the files it writes. */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include "bb-test-cli.h"
#include "bb-test-utils.h"

/* Two courses of Anna's with their first conversations in January 2026 after waits
 * of 10 and 20 days, and one of nobody's in February after 4. */
static void
add_courses (BbTestCli *fixture)
{
  g_autoptr(BbContext) context = bb_test_cli_open_context (fixture);
  g_autoptr(BbAdviser) anna = bb_adviser_new ("Anna Rådgiver");
  g_autoptr(GError) error = NULL;
  static const struct
  {
    const char *name;
    const char *first_contact;
    const char *conversation;
    gboolean    annas;
  } courses[] = {
    { "Ida Østergaard", "2026-01-02", "2026-01-12", TRUE },
    { "Noah Bech", "2026-01-05", "2026-01-25", TRUE },
    { "Liva Lund", "2026-02-01", "2026-02-05", FALSE },
  };

  g_assert_true (bb_adviser_repository_save (bb_context_get_advisers (context), anna, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (courses); i++)
    {
      g_autoptr(BbYoungPerson) person = bb_young_person_new (courses[i].name);
      g_autoptr(BbCourse) course = NULL;
      g_autoptr(BbMeeting) meeting = NULL;

      bb_young_person_set_birth_date (person, "2009-06-01");
      g_assert_true (bb_young_person_repository_save (bb_context_get_young_people (context), person, &error));
      g_assert_no_error (error);
      course = bb_course_new (bb_young_person_get_id (person));
      bb_course_set_first_contact (course, courses[i].first_contact);
      bb_course_set_adviser_id (course, courses[i].annas ? bb_adviser_get_id (anna) : 0);
      bb_course_set_notes (course, "Bor hos mormor");
      g_assert_true (bb_course_repository_save (bb_context_get_courses (context), course, &error));
      g_assert_no_error (error);
      meeting = bb_meeting_new (bb_course_get_id (course), BB_MEETING_ADVISORY, courses[i].conversation);
      g_assert_true (bb_course_repository_save_meeting (bb_context_get_courses (context), meeting, &error));
      g_assert_no_error (error);
    }
}

static GPtrArray *
read_figures (const char  *path,
              char       **adviser)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GPtrArray *months = bb_figure_file_read (file, adviser, &error);

  g_assert_no_error (error);
  return months;
}

static void
test_export_figures (BbTestCli     *fixture,
                     gconstpointer  data)
{
  g_auto(BbTestRun) run = { 0, };
  g_autofree char *output = g_build_filename (fixture->folder, "tal.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *adviser = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) months = NULL;
  BbMonthFigures *january;
  GStatBuf info;

  add_courses (fixture);

  /* All courses, January to March 2026. */
  bb_test_cli_run (fixture, &run, "--export-figures", output, "--from", "2026-01", "--to", "2026-03", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  expected = g_strdup_printf ("Wrote the figures of 3 months (2026-01 to 2026-03) of all courses to “%s”.\n", output);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpint (g_stat (output, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "Ida"));
  g_assert_null (strstr (contents, "Østergaard"));
  g_assert_null (strstr (contents, "2009-06-01"));
  g_assert_null (strstr (contents, "mormor"));
  months = read_figures (output, &adviser);
  g_assert_null (adviser);
  g_assert_cmpuint (months->len, ==, 3);
  january = g_ptr_array_index (months, 0);
  g_assert_cmpuint (january->started, ==, 2);
  g_assert_cmpuint (january->waited, ==, 2);
  g_assert_cmpfloat (january->waiting_median, ==, 15);
  g_assert_cmpfloat (((BbMonthFigures *) g_ptr_array_index (months, 1))->waiting_median, ==, 4);
  g_clear_pointer (&months, g_ptr_array_unref);

  /* One adviser's: named in the file. */
  bb_test_cli_run (fixture, &run, "--export-figures", output, "--adviser", "Anna Rådgiver", "--from", "2026-02", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "of Anna Rådgiver’s courses"));
  g_clear_pointer (&adviser, g_free);
  months = read_figures (output, &adviser);
  g_assert_cmpstr (adviser, ==, "Anna Rådgiver");
  g_assert_cmpstr (((BbMonthFigures *) g_ptr_array_index (months, 0))->month, ==, "2026-02");
  g_assert_cmpuint (((BbMonthFigures *) g_ptr_array_index (months, 0))->waited, ==, 0);
  g_clear_pointer (&months, g_ptr_array_unref);

  /* By default the 24 months up to this one. */
  bb_test_cli_run (fixture, &run, "--export-figures", output, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "24 months"));
  months = read_figures (output, NULL);
  g_assert_cmpuint (months->len, ==, 24);

  /* An adviser not there, a month that is none, a folder that is not there. */
  bb_test_cli_run (fixture, &run, "--export-figures", output, "--adviser", "Bo", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "There is no adviser called “Bo”."));
  g_assert_cmpstr (run.out, ==, "");

  bb_test_cli_run (fixture, &run, "--export-figures", output, "--from", "marts", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "Cannot count the figures: A month is written as"));

  bb_test_cli_run (fixture, &run, "--export-figures", output, "--from", "2026-04", "--to", "2026-03", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "before it begins"));

  bb_test_cli_run (fixture, &run, "--export-figures", "/nonexistent-folder/tal.json", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_true (g_str_has_prefix (run.err, "Cannot write the figures to “/nonexistent-folder/tal.json”: "));
}

static void
test_export_plan (BbTestCli     *fixture,
                  gconstpointer  data)
{
  g_auto(BbTestRun) run = { 0, };
  g_autofree char *output = g_build_filename (fixture->folder, "plan.pdf", NULL);
  g_autofree char *id = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(BbContext) context = bb_test_cli_open_context (fixture);
    gint64 plan_id = bb_plan_repository_create (bb_context_get_plans (context), NULL, "Ungeindsatsen 2026", &error);

    g_assert_no_error (error);
    id = g_strdup_printf ("%" G_GINT64_FORMAT, plan_id);
  }

  bb_test_cli_run (fixture, &run, "--export-plan", id, "--output", output, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "plan.pdf"));
  g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  /* An unknown number, one that is no number, no --output, a folder not there. */
  bb_test_cli_run (fixture, &run, "--export-plan", "999", "--output", output, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "There is no plan number 999.\n");
  g_assert_cmpstr (run.out, ==, "");

  bb_test_cli_run (fixture, &run, "--export-plan", "tolv", "--output", output, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "“tolv” is not a plan number."));

  bb_test_cli_run (fixture, &run, "--export-plan", id, NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "--output FILE.pdf"));

  bb_test_cli_run (fixture, &run, "--export-plan", id, "--output", "/nonexistent-folder/plan.pdf", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_true (g_str_has_prefix (run.err, "Cannot write plan"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, BbTestCli, NULL, bb_test_cli_set_up, func, bb_test_cli_tear_down)
  ADD ("/plans-cli/export-figures", test_export_figures);
  ADD ("/plans-cli/export-plan", test_export_plan);
#undef ADD

  return g_test_run ();
}
