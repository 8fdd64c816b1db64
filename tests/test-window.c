/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <string.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "bb-offer-row.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"
#include "bb-view.h"
#include "bb-window.h"

static GSettings *
memory_settings (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  return g_settings_new_with_backend (APP_ID, backend);
}

static gint64
add_offer (BbContext  *context,
           const char *title)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Ungeenheden");
  g_autoptr(GError) error = NULL;

  bb_offer_set_title (offer, title);
  bb_offer_set_provider (offer, provider);
  g_assert_true (bb_offer_repository_save (bb_context_get_offers (context), offer, &error));
  g_assert_no_error (error);
  return bb_offer_get_id (offer);
}

static void
test_window_opens (void)
{
  g_autoptr(GSettings) settings = memory_settings ();
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbWindow *window;
  AdwViewStack *stack;
  AdwViewSwitcherTitle *switcher;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);

  window = bb_window_new (NULL, settings, context, NULL);
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

  /* With one view there is nothing to switch between: the title shows instead. */
  switcher = ADW_VIEW_SWITCHER_TITLE (bb_test_find (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE, TRUE));
  g_assert_nonnull (switcher);
  if (g_list_model_get_n_items (G_LIST_MODEL (adw_view_stack_get_pages (stack))) == 1)
    g_assert_true (adw_view_switcher_title_get_title_visible (switcher));

  /* Every view the window has shows its context, can be reached by its action, and
   * is remembered. */
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    {
      AdwViewStackPage *stack_page = adw_view_stack_get_page (stack, page);
      const char *name = adw_view_stack_page_get_name (stack_page);
      g_autofree char *remembered = NULL;

      g_assert_true (BB_IS_VIEW (page));
      g_assert_true (bb_view_get_context (BB_VIEW (page)) == context);

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

  /* The closed window and its views let go of the context. */
  g_assert_finalize_object (context);
  bb_test_remove_folder (folder);
}

/* The title of the row the list shows selected, or NULL. */
static const char *
selected_row_title (GtkWidget *root)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (root, BB_TYPE_OFFER_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (gtk_widget_get_state_flags (gtk_widget_get_parent (row)) & GTK_STATE_FLAG_SELECTED)
        return bb_offer_get_title (bb_offer_row_get_offer (BB_OFFER_ROW (row)));
    }

  return NULL;
}

/* Whether a status page with this title is on screen. */
static gboolean
status_shown (BbWindow   *window,
              const char *title)
{
  g_autoptr(GPtrArray) pages = bb_test_collect_drawn (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);

  for (guint i = 0; i < pages->len; i++)
    if (g_strcmp0 (adw_status_page_get_title (g_ptr_array_index (pages, i)), title) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
one_row_shown (gpointer window)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (window, BB_TYPE_OFFER_ROW);

  return rows->len == 1;
}

/* Another view asks for an offer by its id: the offers view shows it selected, even
 * when the search had hidden it. */
static void
test_window_show_offer (void)
{
  g_autoptr(GSettings) settings = memory_settings ();
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbWindow *window;
  GtkEditable *search;
  gint64 mentor;

  add_offer (context, "Café Exit");
  mentor = add_offer (context, "Mentorordning");
  add_offer (context, "Åben rådgivning");

  g_settings_set_int (settings, "window-width", 1000);
  g_settings_set_int (settings, "window-height", 700);
  window = bb_window_new (NULL, settings, context, NULL);
  gtk_window_present (GTK_WINDOW (window));
  bb_test_iterate ();
  g_assert_null (selected_row_title (GTK_WIDGET (window)));
  g_assert_true (status_shown (window, "No Offer Selected"));

  search = bb_test_find (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, TRUE);
  g_assert_nonnull (search);
  gtk_editable_set_text (search, "café");
  /* The search waits for the typing to pause. */
  g_assert_true (bb_test_wait_for (one_row_shown, window, 5));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-offer", "x", mentor));
  bb_test_iterate ();

  g_assert_cmpstr (gtk_editable_get_text (search), ==, "");
  g_assert_cmpstr (selected_row_title (GTK_WIDGET (window)), ==, "Mentorordning");
  g_assert_false (status_shown (window, "No Offer Selected"));
  g_assert_cmpstr (bb_test_find_styled_text (GTK_WIDGET (window), "title-1"), ==, "Mentorordning");

  /* An offer that is not there changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-offer", "x", (gint64) 4711));
  bb_test_iterate ();
  g_assert_cmpstr (selected_row_title (GTK_WIDGET (window)), ==, "Mentorordning");

  gtk_window_close (GTK_WINDOW (window));
  bb_test_iterate ();
  g_assert_finalize_object (context);
  bb_test_remove_folder (folder);
}

static void
test_window_database_error (void)
{
  g_autoptr(GSettings) settings = memory_settings ();
  g_autoptr(GError) error = g_error_new_literal (BB_DATABASE_ERROR, BB_DATABASE_ERROR_TOO_NEW,
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

  /* Nothing points at an offer without a catalogue. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-offer", "x", (gint64) 1));
  bb_test_iterate ();

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
  g_test_add_func ("/window/show-offer", test_window_show_offer);
  g_test_add_func ("/window/database-error", test_window_database_error);

  return g_test_run ();
}
