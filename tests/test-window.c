/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "bb-test-utils.h"
#include "bb-test-widgets.h"
#include "bb-window.h"

static GSettings *
memory_settings (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  return g_settings_new_with_backend (APP_ID, backend);
}

static void
test_window_opens (void)
{
  g_autoptr(GSettings) settings = memory_settings ();
  g_autofree char *folder = NULL;
  g_autoptr(BbStore) store = bb_test_store_new (&folder);
  BbWindow *window;
  AdwViewStack *stack;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);

  window = bb_window_new (NULL, settings, store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  bb_test_iterate ();

  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 640);
  }

  stack = ADW_VIEW_STACK (bb_test_find (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, FALSE));
  g_assert_nonnull (stack);

  /* Every view the window has can be reached by its action, and it is remembered. */
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    {
      AdwViewStackPage *stack_page = adw_view_stack_get_page (stack, page);
      const char *name = adw_view_stack_page_get_name (stack_page);
      g_autofree char *remembered = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", name));
      bb_test_iterate ();
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, name);
      remembered = g_settings_get_string (settings, "last-view");
      g_assert_cmpstr (remembered, ==, name);
    }

  gtk_window_set_default_size (GTK_WINDOW (window), 700, 500);
  gtk_window_close (GTK_WINDOW (window));
  bb_test_iterate ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 500);

  g_clear_object (&store);
  bb_test_remove_folder (folder);
}

static void
test_window_store_error (void)
{
  g_autoptr(GSettings) settings = memory_settings ();
  g_autoptr(GError) error = g_error_new_literal (BB_STORE_ERROR, BB_STORE_ERROR_TOO_NEW,
                                                 "The database was made by a newer version <of> Brobygger.");
  BbWindow *window = bb_window_new (NULL, settings, NULL, error);
  AdwStatusPage *page;

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  bb_test_iterate ();

  page = ADW_STATUS_PAGE (bb_test_find (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, TRUE));
  g_assert_nonnull (page);
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "newer version &lt;of&gt;"));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "The Database Cannot Be Opened");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/opens", test_window_opens);
  g_test_add_func ("/window/store-error", test_window_store_error);

  return g_test_run ();
}
