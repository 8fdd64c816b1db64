/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A database that cannot be written opens read-only: the whole window shows it, with
 * a notice saying so and why (in English and Danish), every action that writes
 * disabled and no field editable. Issue 12. */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "bb-page-section.h"
#include "bb-read-only-banner.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"
#include "bb-window.h"

/* Every action that writes, of the window and its views. */
static const char * const editing_actions[] = {
  "offers.new", "offers.edit", "offers.duplicate", "offers.delete", "offers.mark-reviewed",
  "offers.import", "offers.import-folder", "offers.import-feed", "offers.manage-lists", "offers.show-trash",
  "courses.new", "courses.delete", "courses.manage-advisers",
  "plans.new", "plans.import", "plans.duplicate", "plans.delete", "plans.archive", "plans.unarchive",
  "win.import-courses", "win.review-retention",
};

typedef struct
{
  BbTestCourses  courses;
  gint64         course_id;
  gint64         plan_id;
  char          *uri;
  BbContext     *context;
  GSettings     *settings;
  BbWindow      *window;
} Fixture;

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  g_autoptr(BbPlan) plan = bb_plan_new ("Plan for 2026");
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GError) error = NULL;

  bb_test_courses_set_up (&fixture->courses, NULL);
  bb_test_add_offer (&fixture->courses, "Åben rådgivning");
  fixture->course_id = bb_test_add_course (&fixture->courses, "Ida Jensen", "2026-03-01", 0);
  g_assert_true (bb_plan_repository_save (bb_context_get_plans (fixture->courses.context), plan, &error));
  g_assert_no_error (error);
  fixture->plan_id = bb_plan_get_id (plan);

  /* As a file the user may only read opens. */
  fixture->uri = g_strdup_printf ("file:%s?mode=ro", bb_database_get_path (fixture->courses.database));
  database = bb_database_open_or_read_only (fixture->uri, FALSE, &error);
  g_assert_no_error (error);
  fixture->context = bb_context_new (database, NULL, &error);
  g_assert_no_error (error);

  fixture->settings = g_settings_new_with_backend (APP_ID, backend);
  g_settings_set_int (fixture->settings, "window-width", GPOINTER_TO_INT (data));
  g_settings_set_int (fixture->settings, "window-height", 720);
}

static void
open_window (Fixture *fixture)
{
  fixture->window = bb_window_new (NULL, fixture->settings, fixture->context, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  bb_test_iterate ();
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  bb_test_iterate ();
  g_assert_finalize_object (fixture->context);
  g_clear_object (&fixture->settings);
  g_free (fixture->uri);
  bb_test_courses_tear_down (&fixture->courses, data);
}

static void
collect_actionables (GtkWidget *root,
                     GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_ACTIONABLE (child) && gtk_actionable_get_action_name (GTK_ACTIONABLE (child)) != NULL)
        g_ptr_array_add (found, child);
      collect_actionables (child, found);
    }
}

static gboolean
is_editing_action (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (editing_actions); i++)
    if (g_strcmp0 (editing_actions[i], name) == 0)
      return TRUE;
  return FALSE;
}

/* Each button that writes, on screen below @root, is greyed out; returns how many. */
static guint
assert_writing_buttons_off (GtkWidget *root)
{
  g_autoptr(GPtrArray) actionables = g_ptr_array_new ();
  guint n = 0;

  collect_actionables (root, actionables);
  for (guint i = 0; i < actionables->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (actionables, i);
      const char *name = gtk_actionable_get_action_name (GTK_ACTIONABLE (widget));

      if (!is_editing_action (name) || !gtk_widget_get_mapped (widget))
        continue;
      g_test_message ("%s: %s", name, gtk_widget_is_sensitive (widget) ? "on" : "off");
      g_assert_false (gtk_widget_is_sensitive (widget));
      n++;
    }
  return n;
}

/* No field of a record's page takes input. */
static guint
assert_fields_off (GtkWidget *root)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (root, ADW_TYPE_ENTRY_ROW);
  g_autoptr(GPtrArray) views = bb_test_collect_drawn (root, GTK_TYPE_TEXT_VIEW);

  for (guint i = 0; i < rows->len; i++)
    g_assert_false (gtk_widget_is_sensitive (g_ptr_array_index (rows, i)));
  for (guint i = 0; i < views->len; i++)
    g_assert_false (gtk_widget_is_sensitive (g_ptr_array_index (views, i)) &&
                    gtk_text_view_get_editable (g_ptr_array_index (views, i)));
  return rows->len;
}

static GtkWidget *
show_view (Fixture    *fixture,
           const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (bb_test_find (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK, FALSE));
  GtkWidget *view = adw_view_stack_get_child_by_name (stack, name);

  adw_view_stack_set_visible_child (stack, view);
  bb_test_iterate ();
  return view;
}

static void
test_window (Fixture       *fixture,
             gconstpointer  data)
{
  BbReadOnlyBanner *banner;
  GtkWidget *view;
  guint n_buttons = 0;

  g_assert_true (bb_database_is_read_only (bb_context_get_database (fixture->context)));
  open_window (fixture);

  banner = bb_test_find (GTK_WIDGET (fixture->window), BB_TYPE_READ_ONLY_BANNER, TRUE);
  g_assert_nonnull (banner);
  g_assert_true (bb_read_only_banner_get_revealed (banner));
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (banner),
                                        "This database can only be read: you can look at everything, but nothing can be changed or added."));
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (banner), "It was opened for reading only."));

  /* Reading still works: the offer is listed. */
  view = show_view (fixture, "offers");
  g_assert_nonnull (bb_test_wait_for_label (view, "Åben rådgivning", 5));
  n_buttons += assert_writing_buttons_off (GTK_WIDGET (fixture->window));

  /* A course is not opened unseen by the access log, which cannot be written. */
  view = show_view (fixture, "courses");
  gtk_widget_activate_action (view, "courses.show-course", "x", fixture->course_id);
  g_assert_nonnull (bb_test_wait_for_label (view, "Each opening of a course is written to the young person’s access log", 5));
  n_buttons += assert_writing_buttons_off (GTK_WIDGET (fixture->window));

  view = show_view (fixture, "plans");
  gtk_widget_activate_action (view, "plans.show-plan", "x", fixture->plan_id);
  bb_test_iterate ();
  n_buttons += assert_writing_buttons_off (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (assert_fields_off (view), >, 0);

  /* Some of each view's buttons were on screen to check. */
  g_assert_cmpuint (n_buttons, >=, 3);
}

/* The notice in Danish, from the built translations. */
static void
test_danish (Fixture       *fixture,
             gconstpointer  data)
{
  BbReadOnlyBanner *banner;

  g_setenv ("LANGUAGE", "da", TRUE);
  /* gettext reads LANGUAGE again only after setlocale (). */
  setlocale (LC_ALL, "C.UTF-8");
  open_window (fixture);
  banner = bb_test_find (GTK_WIDGET (fixture->window), BB_TYPE_READ_ONLY_BANNER, TRUE);
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (banner),
                                        "Databasen kan kun læses: Du kan se alt, men intet kan ændres eller tilføjes."));
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* The translations as built, in whatever language LANGUAGE says. */
  setlocale (LC_ALL, "C.UTF-8");
  locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add ("/faults/read-only/window", Fixture, GINT_TO_POINTER (1280), set_up, test_window, tear_down);
  g_test_add ("/faults/read-only/danish", Fixture, GINT_TO_POINTER (1280), set_up, test_danish, tear_down);

  return g_test_run ();
}
