/* SPDX-License-Identifier: GPL-3.0-or-later */

/* brobygger --export-figures and --export-plan as a script runs them, without a
 * display: the built program on a database of its own, judged by its exit status,
 * its messages and the files it writes. */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "bb-test-utils.h"

typedef struct
{
  char *folder;
  char *database;
  char *program;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("bb-plans-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->database = g_build_filename (fixture->folder, "brobygger.db", NULL);
  fixture->program = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "src", "brobygger", NULL);
  if (!g_file_test (fixture->program, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("The program %s is not built", fixture->program);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->database);
  g_free (fixture->program);
}

/* Runs the program with --database and up to six more arguments (NULL ends them),
 * with no display to open. */
static void
run_program (Fixture    *fixture,
             Run        *run,
             const char *a1,
             const char *a2,
             const char *a3,
             const char *a4,
             const char *a5,
             const char *a6)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { fixture->program, "--database", fixture->database, a1, a2, a3, a4, a5, a6, NULL };
  g_auto(GStrv) env = g_get_environ ();
  int wait_status;

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  run_clear (run);
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static BbContext *
open_context (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = bb_database_open (fixture->database, FALSE, &error);
  BbContext *context;

  g_assert_no_error (error);
  context = bb_context_new (database, NULL, &error);
  g_assert_no_error (error);
  return context;
}

/* Two courses of Anna's with their first conversations in January 2026 after waits
 * of 10 and 20 days, and one of nobody's in February after 4. */
static void
add_courses (Fixture *fixture)
{
  g_autoptr(BbContext) context = open_context (fixture);
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
test_export_figures (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *output = g_build_filename (fixture->folder, "tal.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *adviser = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) months = NULL;
  BbMonthFigures *january;
  GStatBuf info;

  add_courses (fixture);

  /* All courses, January to March 2026. */
  run_program (fixture, &run, "--export-figures", output, "--from", "2026-01", "--to", "2026-03");
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
  run_program (fixture, &run, "--export-figures", output, "--adviser", "Anna Rådgiver", "--from", "2026-02");
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
  run_program (fixture, &run, "--export-figures", output, NULL, NULL, NULL, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "24 months"));
  months = read_figures (output, NULL);
  g_assert_cmpuint (months->len, ==, 24);

  /* An adviser not there, a month that is none, a folder that is not there. */
  run_program (fixture, &run, "--export-figures", output, "--adviser", "Bo", NULL, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "There is no adviser called “Bo”."));
  g_assert_cmpstr (run.out, ==, "");

  run_program (fixture, &run, "--export-figures", output, "--from", "marts", NULL, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "Cannot count the figures: A month is written as"));

  run_program (fixture, &run, "--export-figures", output, "--from", "2026-04", "--to", "2026-03");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "before it begins"));

  run_program (fixture, &run, "--export-figures", "/nonexistent-folder/tal.json", NULL, NULL, NULL, NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_true (g_str_has_prefix (run.err, "Cannot write the figures to “/nonexistent-folder/tal.json”: "));
}

static void
test_export_plan (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *output = g_build_filename (fixture->folder, "plan.pdf", NULL);
  g_autofree char *id = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(BbContext) context = open_context (fixture);
    gint64 plan_id = bb_plan_repository_create (bb_context_get_plans (context), NULL, "Ungeindsatsen 2026", &error);

    g_assert_no_error (error);
    id = g_strdup_printf ("%" G_GINT64_FORMAT, plan_id);
  }

  run_program (fixture, &run, "--export-plan", id, "--output", output, NULL, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "plan.pdf"));
  g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  /* An unknown number, one that is no number, no --output, a folder not there. */
  run_program (fixture, &run, "--export-plan", "999", "--output", output, NULL, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "There is no plan number 999.\n");
  g_assert_cmpstr (run.out, ==, "");

  run_program (fixture, &run, "--export-plan", "tolv", "--output", output, NULL, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "“tolv” is not a plan number."));

  run_program (fixture, &run, "--export-plan", id, NULL, NULL, NULL, NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "--output FILE.pdf"));

  run_program (fixture, &run, "--export-plan", id, "--output", "/nonexistent-folder/plan.pdf", NULL, NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_true (g_str_has_prefix (run.err, "Cannot write plan"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/plans-cli/export-figures", test_export_figures);
  ADD ("/plans-cli/export-plan", test_export_plan);
#undef ADD

  return g_test_run ();
}
