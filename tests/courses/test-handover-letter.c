/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The hand-over letter: a PDF whose text names the young person and the receiving
 * offer, in English and in Danish, written 0600 and logged as an export. */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "bb-handover-letter.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"

typedef struct
{
  BbTestCourses  courses;
  gint64         course_id;
  gint64         handover_id;
  GFile         *file;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BbOffer) offer = NULL;
  g_autoptr(BbContact) contact = bb_contact_new ("Søren Kjær");
  g_autoptr(BbHandover) handover = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  BbOfferRepository *offers;
  gint64 offer_id;
  gint64 adviser_id;

  bb_test_courses_set_up (&fixture->courses, data);
  offers = bb_context_get_offers (fixture->courses.context);

  adviser_id = bb_test_add_adviser (&fixture->courses, "Mette Rådgiver", BB_PROFESSION_SOCIAL_WORKER);
  fixture->course_id = bb_test_add_course (&fixture->courses, "Ida Østergaard", "2026-01-05", adviser_id);
  bb_test_add_meeting (&fixture->courses, fixture->course_id, BB_MEETING_ADVISORY, "2026-01-12", FALSE);
  bb_test_add_meeting (&fixture->courses, fixture->course_id, BB_MEETING_ADVISORY, "2026-02-02", FALSE);

  offer_id = bb_test_add_offer (&fixture->courses, "Åben rådgivning for unge");
  offer = bb_offer_repository_get (offers, offer_id, &error);
  g_assert_no_error (error);
  bb_contact_set_role (contact, "Koordinator");
  bb_contact_set_phone (contact, "+45 12 34 56 78");
  g_list_store_append (bb_offer_get_contacts (offer), contact);
  g_assert_true (bb_offer_repository_save (offers, offer, &error));
  g_assert_no_error (error);

  handover = bb_handover_new (fixture->course_id, offer_id, BB_HANDOVER_REFERRED);
  handover->state_date = g_strdup ("2026-03-10");
  handover->note = g_strdup ("Har brug for ro og faste aftaler.");
  g_assert_true (bb_course_repository_save_handover (fixture->courses.courses, handover, &error));
  g_assert_no_error (error);
  fixture->handover_id = handover->id;
  g_assert_cmpint (fixture->handover_id, >, 0);

  path = g_build_filename (fixture->courses.folder, "overlevering.pdf", NULL);
  fixture->file = g_file_new_for_path (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->file);
  bb_test_courses_tear_down (&fixture->courses, data);
}

static void
assert_text_contains (const char *text,
                      const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” not in the letter:\n%s", needle, text);
}

static void
write_letter (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  BbTestCourses *c = &fixture->courses;

  g_assert_true (bb_handover_letter_write (c->courses, c->young_people, c->advisers,
                                           bb_context_get_offers (c->context), fixture->handover_id,
                                           BB_ACCESS_ACTION_EXPORT, fixture->file, &error));
  g_assert_no_error (error);
}

static void
check_english (Fixture *fixture)
{
  g_autofree char *text = NULL;
  g_autofree char *path = g_file_get_path (fixture->file);
  g_autofree char *contents = NULL;
  GStatBuf info;

  write_letter (fixture);

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  text = bb_test_pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  assert_text_contains (text, "Hand-over letter");
  assert_text_contains (text, "Ida Østergaard");
  assert_text_contains (text, "Åben rådgivning for unge");
  assert_text_contains (text, "Har brug for ro og faste aftaler.");
  assert_text_contains (text, "Mette Rådgiver");
  assert_text_contains (text, "Søren Kjær");
  assert_text_contains (text, "+45 12 34 56 78");
  assert_text_contains (text, "2 advisory conversations held");
  assert_text_contains (text, "7 days from first contact to first conversation");
  assert_text_contains (text, "Referred on 10 March 2026");
}

static void
test_english (Fixture       *fixture,
              gconstpointer  data)
{
  check_english (fixture);
}

static void
check_danish (Fixture *fixture)
{
  g_autofree char *path = g_file_get_path (fixture->file);
  g_autofree char *text = NULL;

  write_letter (fixture);
  text = bb_test_pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  assert_text_contains (text, "Overleveringsbrev");
  assert_text_contains (text, "Ida Østergaard");
  assert_text_contains (text, "Åben rådgivning for unge");
  assert_text_contains (text, "Den unge");
  assert_text_contains (text, "Det modtagende tilbud");
  assert_text_contains (text, "2 rådgivende samtaler holdt");
  assert_text_contains (text, "10. marts 2026");
}

/* The language is read when the program starts: a process of its own, in Danish. */
static void
test_danish (Fixture       *fixture,
             gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      check_danish (fixture);
      return;
    }

  g_setenv ("LANGUAGE", "da", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_trap_assert_passed ();
}

/* Writing the letter is an export of the young person's data; a failed write logs
 * nothing. */
static void
test_logged (Fixture       *fixture,
             gconstpointer  data)
{
  BbTestCourses *c = &fixture->courses;
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-folder/brev.pdf");
  g_autoptr(GError) error = NULL;
  const char *sql = "SELECT count (*) FROM access_log WHERE action = 'export' AND subject = 'hand-over letter'"
                    " AND detail = 'overlevering.pdf'";

  g_assert_cmpint (bb_test_query_int (c->database, sql), ==, 0);
  write_letter (fixture);
  g_assert_cmpint (bb_test_query_int (c->database, sql), ==, 1);

  g_assert_false (bb_handover_letter_write (c->courses, c->young_people, c->advisers,
                                            bb_context_get_offers (c->context), fixture->handover_id,
                                            BB_ACCESS_ACTION_EXPORT, nowhere, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (bb_test_query_int (c->database,
                                      "SELECT count (*) FROM access_log WHERE subject = 'hand-over letter'"),
                   ==, 1);
}

static gint64
count_log (Fixture    *fixture,
           const char *action)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM access_log WHERE action = '%s'", action);

  return bb_test_query_int (fixture->courses.database, sql);
}

/* Each letter is one access, logged as what the user did: saving it an export, the PDF
 * for the printer a print. Reading the course for it is no "open" of its own. */
static void
test_print_and_export (Fixture       *fixture,
                       gconstpointer  data)
{
  BbTestCourses *c = &fixture->courses;
  g_autoptr(GError) error = NULL;
  gint64 opened = count_log (fixture, "open");
  gint64 exported = count_log (fixture, "export");
  gint64 printed = count_log (fixture, "print");

  g_assert_true (bb_handover_letter_write (c->courses, c->young_people, c->advisers,
                                           bb_context_get_offers (c->context), fixture->handover_id,
                                           BB_ACCESS_ACTION_PRINT, fixture->file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_log (fixture, "print"), ==, printed + 1);
  g_assert_cmpint (count_log (fixture, "export"), ==, exported);
  g_assert_cmpint (count_log (fixture, "open"), ==, opened);
  /* The printer's temporary file is nothing a reader of the log could look for. */
  g_assert_cmpint (bb_test_query_int (c->database, "SELECT count (*) FROM access_log WHERE action = 'print'"
                                                   " AND subject = 'hand-over letter' AND detail = ''"), ==, 1);

  write_letter (fixture);
  g_assert_cmpint (count_log (fixture, "export"), ==, exported + 1);
  g_assert_cmpint (count_log (fixture, "print"), ==, printed + 1);
  g_assert_cmpint (count_log (fixture, "open"), ==, opened);
}

static void
test_unknown_handover (Fixture       *fixture,
                       gconstpointer  data)
{
  BbTestCourses *c = &fixture->courses;
  g_autoptr(GError) error = NULL;

  g_assert_false (bb_handover_letter_write (c->courses, c->young_people, c->advisers,
                                            bb_context_get_offers (c->context), fixture->handover_id + 100,
                                            BB_ACCESS_ACTION_EXPORT, fixture->file, &error));
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
  ADD ("/handover-letter/english", test_english);
  ADD ("/handover-letter/danish", test_danish);
  ADD ("/handover-letter/logged", test_logged);
  ADD ("/handover-letter/print-and-export", test_print_and_export);
  ADD ("/handover-letter/unknown", test_unknown_handover);
#undef ADD

  return g_test_run ();
}
