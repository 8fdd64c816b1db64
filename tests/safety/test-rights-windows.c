/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A young person's rights through the windows: the young person's page exports
 * everything held through its button and its shortcut and the file dialog, and the
 * list of who is due for deletion shows the right young people and deletes one after
 * a confirmation. */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "bb-retention-window.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"
#include "bb-window.h"

typedef struct
{
  BbTestCourses  courses;
  GSettings     *settings;
  gint64         course_id;
  gint64         young_person_id;
  GtkWindow     *window;
} Fixture;

static GSettings *
memory_settings (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  return g_settings_new_with_backend (APP_ID, backend);
}

static void
close_course (Fixture    *fixture,
              gint64      course_id,
              const char *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_course_repository_close (fixture->courses.courses, course_id, BB_COURSE_STATUS_CLOSED, date,
                                             BB_CLOSING_GOALS_REACHED, 0, NULL, &error));
  g_assert_no_error (error);
}

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  g_autoptr(BbCourse) course = NULL;

  bb_test_courses_set_up (&fixture->courses, data);
  fixture->settings = memory_settings ();
  fixture->course_id = bb_test_add_course (&fixture->courses, "Ida Østergaard", "2019-05-01", 0);
  course = bb_test_get_course (&fixture->courses, fixture->course_id);
  fixture->young_person_id = bb_course_get_young_person_id (course);
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  if (fixture->window != NULL)
    {
      gtk_window_destroy (fixture->window);
      bb_test_iterate ();
    }
  g_clear_object (&fixture->settings);
  bb_test_courses_tear_down (&fixture->courses, data);
}

/* ---- the access request ---------------------------------------------------- */

static gboolean
export_button_shown (gpointer data)
{
  return bb_test_find_button (data, "E_xport Everything Held…") != NULL;
}

static void
show_course_page (Fixture *fixture)
{
  BbWindow *window = bb_window_new (NULL, fixture->settings, fixture->courses.context, NULL);

  fixture->window = GTK_WINDOW (window);
  gtk_window_present (fixture->window);
  bb_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-course", "x", fixture->course_id));
  g_assert_true (bb_test_wait_for (export_button_shown, window, 10));
}

/* Saves as @name in @folder in the file dialog the page opened. */
static void
save_in_dialog (const char *folder,
                const char *name)
{
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  GtkWindow *chooser = bb_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL, 10);

  g_assert_nonnull (chooser);
  bb_test_iterate ();
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder_file, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  bb_test_iterate ();
  bb_test_click (bb_test_find_button (GTK_WIDGET (chooser), "_Save"));
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static void
assert_private_file (const char *path,
                     const char *start)
{
  g_autofree char *contents = NULL;
  GStatBuf info;

  g_assert_true (bb_test_wait_for (file_exists, (gpointer) path, 10));
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, start));
}

static void
test_export_button (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->courses.folder, "indsigt.pdf", NULL);
  g_autofree char *json = g_build_filename (fixture->courses.folder, "indsigt.json", NULL);

  show_course_page (fixture);
  bb_test_click (bb_test_find_button (GTK_WIDGET (fixture->window), "E_xport Everything Held…"));
  save_in_dialog (fixture->courses.folder, "indsigt.pdf");

  assert_private_file (pdf, "%PDF");
  assert_private_file (json, "{");
  g_assert_cmpint (bb_test_query_int (fixture->courses.database,
                                      "SELECT count (*) FROM access_log WHERE action = 'export'"
                                      " AND subject = 'access request' AND detail = 'indsigt.pdf, indsigt.json'"),
                   ==, 1);
  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (fixture->window), "indsigt.json", 5));
}

/* Shift+Ctrl+E anywhere on the page, as the shortcuts window says. */
static void
test_export_shortcut (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->courses.folder, "genvej.pdf", NULL);

  show_course_page (fixture);
  if (!bb_test_press_key (GTK_WIDGET (fixture->window), GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK))
    return;
  save_in_dialog (fixture->courses.folder, "genvej.pdf");
  assert_private_file (pdf, "%PDF");
}

/* ---- the retention window -------------------------------------------------- */

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

/* The button of @row that does @action. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_action_button (child, action)) != NULL)
        return found;
    }
  return NULL;
}

static guint
count_rows (GtkWidget *root)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += ADW_IS_ACTION_ROW (child) && gtk_widget_get_mapped (child) ? 1 : count_rows (child);
  return n;
}

static gboolean
row_gone (gpointer data)
{
  Fixture *fixture = data;

  return find_row (GTK_WIDGET (fixture->window), "Ida Østergaard") == NULL;
}

static void
test_retention_window (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 recent;
  GtkWidget *row;
  GtkWindow *dialog;

  close_course (fixture, fixture->course_id, "2020-01-10");
  recent = bb_test_add_course (&fixture->courses, "Bo Andersen", "2021-09-01", 0);
  close_course (fixture, recent, "2022-06-01");
  bb_test_add_course (&fixture->courses, "Carl Nielsen", "2015-02-01", 0);

  fixture->window = GTK_WINDOW (bb_retention_window_new (fixture->courses.context));
  gtk_window_present (fixture->window);
  bb_test_iterate ();

  /* Five years without settings: only Ida's closing is old enough. */
  g_assert_cmpuint (count_rows (GTK_WIDGET (fixture->window)), ==, 1);
  row = find_row (GTK_WIDGET (fixture->window), "Ida Østergaard");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Closed 10 January 2020 · 1 course");

  bb_test_click (find_action_button (row, "retention.delete"));
  dialog = bb_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, fixture->window, 5);
  g_assert_nonnull (dialog);
  bb_test_click (bb_test_find_button (GTK_WIDGET (dialog), "_Delete"));

  g_assert_true (bb_test_wait_for (row_gone, fixture, 10));
  /* Deleted from the database, its log and its backups, without an error on the way. */
  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (fixture->window), "Ida Østergaard is deleted for good", 10));
  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (fixture->window), "Nothing Is Due for Deletion", 5));
  g_assert_cmpint (bb_test_query_int (fixture->courses.database, "SELECT count (*) FROM young_people"), ==, 2);
  g_assert_cmpint (bb_test_query_int (fixture->courses.database,
                                      "SELECT count (*) FROM courses WHERE closed_date = '2020-01-10'"), ==, 0);
}

/* Cancel keeps everyone. */
static void
test_retention_cancel (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWindow *dialog;

  close_course (fixture, fixture->course_id, "2020-01-10");
  fixture->window = GTK_WINDOW (bb_retention_window_new (fixture->courses.context));
  gtk_window_present (fixture->window);
  bb_test_iterate ();

  bb_test_click (find_action_button (find_row (GTK_WIDGET (fixture->window), "Ida Østergaard"), "retention.delete"));
  dialog = bb_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, fixture->window, 5);
  bb_test_click (bb_test_find_button (GTK_WIDGET (dialog), "_Cancel"));
  bb_test_iterate ();

  g_assert_nonnull (find_row (GTK_WIDGET (fixture->window), "Ida Østergaard"));
  g_assert_cmpint (bb_test_query_int (fixture->courses.database, "SELECT count (*) FROM young_people"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = bb_test_set_data_home ();
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, set_up, func, tear_down)
  ADD ("/rights-windows/access-request/button", test_export_button);
  ADD ("/rights-windows/access-request/shortcut", test_export_shortcut);
  ADD ("/rights-windows/retention/delete", test_retention_window);
  ADD ("/rights-windows/retention/cancel", test_retention_cancel);
#undef ADD

  status = g_test_run ();
  bb_test_remove_folder (home);
  return status;
}
