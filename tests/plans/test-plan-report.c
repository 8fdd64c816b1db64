/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The plan PDF of a plan with 100 activities: its pages, and its text in English and
 * in Danish as pdftotext reads it. */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "bb-plan-report.h"
#include "bb-test-plans.h"
#include "bb-test-utils.h"

#define N_ACTIVITIES 100

typedef struct
{
  char      *folder;
  BbContext *context;
  gint64     plan_id;
  GFile     *file;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  fixture->context = bb_test_context_new (&fixture->folder);
  fixture->plan_id = bb_test_make_plan (fixture->context, N_ACTIVITIES);
  path = g_build_filename (fixture->folder, "plan.pdf", NULL);
  fixture->file = g_file_new_for_path (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->file);
  g_clear_object (&fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

static char *
run_tool (const char *tool,
          GFile      *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { tool, "-enc", "UTF-8", path, "-", NULL };
  int status;

  if (g_str_equal (tool, "pdfinfo"))
    argv[4] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* The words of the PDF on one line, as pdftotext breaks them where the page does. */
static char *
dup_pdf_text (GFile *file)
{
  g_autofree char *out = run_tool ("pdftotext", file);
  g_auto(GStrv) words = g_strsplit_set (out, " \n\f", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (kept, words[i]);
  g_ptr_array_add (kept, NULL);
  return g_strjoinv (" ", (char **) kept->pdata);
}

static guint
count_pages (GFile *file)
{
  g_autofree char *info = run_tool ("pdfinfo", file);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static void
assert_text_contains (const char *text,
                      const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” not in the plan:\n%.3000s", needle, text);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext != NULL && pdfinfo != NULL)
    return TRUE;
  g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
  return FALSE;
}

static void
write_plan (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_plan_report_write (bb_context_get_plans (fixture->context), fixture->plan_id, fixture->file,
                                       &error));
  g_assert_no_error (error);
}

static void
check_headings (const char          *text,
                const char * const  *headings)
{
  for (guint i = 0; headings[i] != NULL; i++)
    assert_text_contains (text, headings[i]);
}

static void
test_english (Fixture       *fixture,
              gconstpointer  data)
{
  static const char * const headings[] = {
    "Contents", "Purpose and target group", "Stage history", "Core elements", "Fidelity over time",
    "Structural challenges", "Focus areas", "Activities", "Partners", "Monitoring indicators",
    "Trial actions and learning reviews", "Competence development", NULL,
  };
  g_autofree char *text = NULL;
  g_autoptr(BbPlanReport) report = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages;

  write_plan (fixture);
  if (!have_poppler ())
    return;

  text = dup_pdf_text (fixture->file);
  check_headings (text, headings);
  assert_text_contains (text, "Ungeindsatsen i Nordby 2026");
  assert_text_contains (text, "Nordby Kommune");
  assert_text_contains (text, "Printed: 15 March 2026");
  for (guint i = 1; i <= N_ACTIVITIES; i++)
    {
      g_autofree char *title = g_strdup_printf ("Aktivitet nummer %u ", i);

      assert_text_contains (text, title);
    }
  /* The implementation-research specification of an activity. */
  assert_text_contains (text, "Who acts: Rådgiverne");
  assert_text_contains (text, "Outcome it should move: Kortere ventetid");
  assert_text_contains (text, "Target 14 dage");
  assert_text_contains (text, "1 February 2026: 20 dage");

  /* A title page and the contents; the activities, each a row of one or two lines
   * and three of details (60 to 90 points on a page of 730 points of text): 100 of
   * them take 8 to 13 pages, the template's ten suggested ones one more; the other
   * sections (7 core elements with their charts, 9 challenges, 8 focus areas, the
   * rest) 2 to 4. So 13 to 20 pages; more means rows break badly, fewer that
   * something is missing. */
  n_pages = count_pages (fixture->file);
  g_test_message ("%u pages", n_pages);
  g_assert_cmpuint (n_pages, >=, 13);
  g_assert_cmpuint (n_pages, <=, 20);
  {
    g_autofree char *last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

    assert_text_contains (text, "Page 1 of");
    assert_text_contains (text, last);
  }

  /* The print operation's pages are the same. */
  report = bb_plan_report_new (bb_context_get_plans (fixture->context), fixture->plan_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bb_plan_report_get_n_pages (report), ==, n_pages);
  g_assert_cmpstr (bb_plan_report_get_title (report), ==, "Ungeindsatsen i Nordby 2026");
}

/* The language is read when the program starts: a process of its own, in Danish. */
static void
test_danish (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const headings[] = {
    "Indhold", "Formål og målgruppe", "Implementeringsfaser", "Kerneelementer", "Efterlevelse over tid",
    "Strukturelle udfordringer", "Fokusområder", "Aktiviteter", "Samarbejdspartnere", "Monitoreringsindikatorer",
    "Prøvehandlinger og læringsopsamlinger", "Kompetenceudvikling", NULL,
  };
  g_autofree char *text = NULL;

  if (!g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "da", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_setenv ("LANGUAGE", "en", TRUE);
      g_test_trap_assert_passed ();
      return;
    }

  write_plan (fixture);
  if (!have_poppler ())
    return;

  text = dup_pdf_text (fixture->file);
  check_headings (text, headings);
  assert_text_contains (text, "Aktivitet nummer 100 ");
  assert_text_contains (text, "Side 1 af");
  assert_text_contains (text, "Udskrevet: 15. marts 2026");
}

static void
test_unknown (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (bb_plan_report_write (bb_context_get_plans (fixture->context), 9999, fixture->file, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
  g_assert_false (g_file_query_exists (fixture->file, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = NULL;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* The translations as built, in whatever language LANGUAGE says; "C" would ignore it. */
  setlocale (LC_ALL, "C.UTF-8");
  locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/plan-report/english", test_english);
  ADD ("/plan-report/danish", test_danish);
  ADD ("/plan-report/unknown", test_unknown);
#undef ADD

  return g_test_run ();
}
