/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The caseload import dialog: what it previews, its Import button committing the
 * whole file, and a file with a rejected row imported not at all. */

#include "config.h"

#include <adwaita.h>

#include "bb-caseload-import-dialog.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

static BbCaseloadImportDialog *
open_dialog (BbTestCourses *fixture,
             const char    *name)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "fixtures", name, NULL));
  BbCaseloadImportDialog *dialog = bb_caseload_import_dialog_new (fixture->context, file);

  /* Kept until the test has checked that closing finalises it. */
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  bb_test_iterate ();
  return dialog;
}

static void
on_imported (BbCaseloadImportDialog *dialog,
             guint                   n_courses,
             guint                  *out)
{
  *out = n_courses;
}

static void
test_preview_and_import (BbTestCourses *fixture,
                         gconstpointer  data)
{
  BbCaseloadImportDialog *dialog = NULL;
  GtkWidget *import_button;
  guint imported = 0;

  bb_test_add_adviser (fixture, "Mette Rådgiver", BB_PROFESSION_SOCIAL_WORKER);
  dialog = open_dialog (fixture, "caseload.csv");
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &imported);

  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (dialog), "3 courses to create, 1 new adviser, 0 rows rejected", 10));
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (dialog), "Ida Østergaard"));
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (dialog), "Noah Bech"));
  /* The adviser the import creates is named before anything is written. */
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (dialog), "Jonas Psykolog"));
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (dialog), "New Advisers"));
  g_assert_null (bb_test_find_label (GTK_WIDGET (dialog), "Rejected Rows"));
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count (*) FROM courses"), ==, 0);
  bb_test_assert_mnemonics_unique (GTK_WIDGET (dialog), TRUE);

  import_button = bb_test_find_button (GTK_WIDGET (dialog), "_Import");
  bb_test_click (import_button);

  g_assert_cmpuint (imported, ==, 3);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count (*) FROM courses"), ==, 3);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count (*) FROM advisers"), ==, 2);
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count (*) FROM access_log WHERE action = 'create' AND subject = 'course'"),
                   ==, 3);
  g_assert_finalize_object (dialog);
}

/* A rejected row is shown with its line and reason, and Import waits for the file to
 * be corrected; Cancel changes nothing. */
static void
test_rejected (BbTestCourses *fixture,
               gconstpointer  data)
{
  BbCaseloadImportDialog *dialog = open_dialog (fixture, "caseload-rejected.csv");
  GtkWidget *import_button;

  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (dialog), "1 course to create, 1 new adviser, 4 rows rejected", 10));
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (dialog), "Rejected Rows"));
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (dialog), "Line 5"));
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (dialog), "The column notes holds what looks like a CPR number"));
  g_assert_null (bb_test_find_label (GTK_WIDGET (dialog), "010203"));
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (dialog), "imported whole or not at all"));

  import_button = bb_test_find_button (GTK_WIDGET (dialog), "_Import");
  g_assert_nonnull (import_button);
  g_assert_false (gtk_widget_is_sensitive (import_button));

  bb_test_click (bb_test_find_button (GTK_WIDGET (dialog), "_Cancel"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count (*) FROM courses"), ==, 0);
  g_assert_finalize_object (dialog);
}

/* A file that is no caseload says why, and offers only to close. */
static void
test_not_a_caseload (BbTestCourses *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "tilbud.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  BbCaseloadImportDialog *dialog;

  g_assert_true (g_file_set_contents (path, "title;provider\nÅben rådgivning;Ungeenheden\n", -1, NULL));
  dialog = bb_caseload_import_dialog_new (fixture->context, file);
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (dialog), "This File Cannot Be Imported", 10));
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (dialog), "unknown column “title”"));
  g_assert_null (bb_test_find_button (GTK_WIDGET (dialog), "_Import"));
  bb_test_click (bb_test_find_button (GTK_WIDGET (dialog), "_Close"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_finalize_object (dialog);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, BbTestCourses, NULL, bb_test_courses_set_up, func, bb_test_courses_tear_down)
  ADD ("/caseload-import-dialog/preview-and-import", test_preview_and_import);
  ADD ("/caseload-import-dialog/rejected", test_rejected);
  ADD ("/caseload-import-dialog/not-a-caseload", test_not_a_caseload);
#undef ADD

  return g_test_run ();
}
