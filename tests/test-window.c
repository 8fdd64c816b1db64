/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>

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

  /* Every view the window has can be reached by its action, shows its context from
   * its first visit on (only the visible one reads the database at start), and is
   * remembered. */
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    {
      AdwViewStackPage *stack_page = adw_view_stack_get_page (stack, page);
      const char *name = adw_view_stack_page_get_name (stack_page);
      g_autofree char *remembered = NULL;

      g_assert_true (BB_IS_VIEW (page));
      if (page == adw_view_stack_get_visible_child (stack))
        g_assert_true (bb_view_get_context (BB_VIEW (page)) == context);
      else
        g_assert_null (bb_view_get_context (BB_VIEW (page)));

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", name));
      bb_test_iterate ();
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, name);
      g_assert_true (bb_view_get_context (BB_VIEW (page)) == context);
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

/* ---- real key presses ------------------------------------------------ */

typedef struct
{
  BbContext *context;
  char      *folder;
  GSettings *settings;
  BbWindow  *window;
} KeyFixture;

static gboolean
three_rows_shown (gpointer window)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (window, BB_TYPE_OFFER_ROW);

  return rows->len == 3;
}

/* A window on three offers, @width pixels wide. */
static void
key_fixture_set_up (KeyFixture    *fixture,
                    gconstpointer  data)
{
  fixture->context = bb_test_context_new (&fixture->folder);
  fixture->settings = memory_settings ();
  add_offer (fixture->context, "Café Exit");
  add_offer (fixture->context, "Mentorordning");
  add_offer (fixture->context, "Åben rådgivning");

  g_settings_set_int (fixture->settings, "window-width", GPOINTER_TO_INT (data));
  g_settings_set_int (fixture->settings, "window-height", 700);
  fixture->window = bb_window_new (NULL, fixture->settings, fixture->context, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (bb_test_wait_for (three_rows_shown, fixture->window, 5));
}

static void
key_fixture_tear_down (KeyFixture    *fixture,
                       gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  bb_test_iterate ();
  g_clear_object (&fixture->settings);
  g_assert_finalize_object (fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

static GtkEditable *
search_entry (KeyFixture *fixture)
{
  GtkEditable *search = bb_test_find (GTK_WIDGET (fixture->window), GTK_TYPE_SEARCH_ENTRY, TRUE);

  g_assert_nonnull (search);
  return search;
}

/* The title of the row that has the keyboard focus, or NULL. */
static const char *
focused_row_title (KeyFixture *fixture)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    {
      GtkWidget *row = gtk_widget_get_first_child (focus);

      if (row != NULL && BB_IS_OFFER_ROW (row) && bb_offer_row_get_offer (BB_OFFER_ROW (row)) != NULL)
        return bb_offer_get_title (bb_offer_row_get_offer (BB_OFFER_ROW (row)));
    }

  return NULL;
}

typedef struct
{
  KeyFixture *fixture;
  const char *title;
} FocusWait;

static gboolean
row_focused (gpointer data)
{
  FocusWait *wait = data;

  return g_strcmp0 (focused_row_title (wait->fixture), wait->title) == 0
         && g_strcmp0 (selected_row_title (GTK_WIDGET (wait->fixture->window)), wait->title) == 0;
}

/* Waits until the row showing @title has the focus and is selected. */
static void
wait_for_focused_row (KeyFixture *fixture,
                      const char *title)
{
  FocusWait wait = { fixture, title };

  if (!bb_test_wait_for (row_focused, &wait, 5))
    g_error ("Focus on “%s”, selected “%s”; expected “%s”", focused_row_title (fixture),
             selected_row_title (GTK_WIDGET (fixture->window)), title);
}

static gboolean
one_row_shown_for_cafe (gpointer data)
{
  KeyFixture *fixture = data;

  return g_strcmp0 (gtk_editable_get_text (search_entry (fixture)), "cafe") == 0
         && one_row_shown (fixture->window);
}

/* Typing anywhere in the window starts a search, as in Files or Settings. */
static void
test_keyboard_type_to_search (KeyFixture    *fixture,
                              gconstpointer  data)
{
  GtkWidget *list = bb_test_find (GTK_WIDGET (fixture->window), GTK_TYPE_LIST_VIEW, TRUE);

  gtk_widget_grab_focus (list);
  if (!bb_test_send_keys (GTK_WIDGET (fixture->window), "c a f e"))
    return;

  g_assert_true (bb_test_wait_for (one_row_shown_for_cafe, fixture, 5));
}

/* Down in the search entry goes on to the first result, selected; Delete on a row goes
 * on to the next, or to the one before after the last. */
static void
test_keyboard_down_and_delete (KeyFixture    *fixture,
                               gconstpointer  data)
{
  gtk_widget_grab_focus (GTK_WIDGET (search_entry (fixture)));
  if (!bb_test_press_key (GTK_WIDGET (fixture->window), GDK_KEY_Down, 0))
    return;
  wait_for_focused_row (fixture, "Café Exit");
  g_assert_cmpstr (bb_test_find_styled_text (GTK_WIDGET (fixture->window), "title-1"), ==, "Café Exit");

  bb_test_press_key (GTK_WIDGET (fixture->window), GDK_KEY_Down, 0);
  wait_for_focused_row (fixture, "Mentorordning");

  bb_test_press_key (GTK_WIDGET (fixture->window), GDK_KEY_Delete, 0);
  wait_for_focused_row (fixture, "Åben rådgivning");
  g_assert_cmpuint (bb_offer_repository_count (bb_context_get_offers (fixture->context), NULL), ==, 2);

  bb_test_press_key (GTK_WIDGET (fixture->window), GDK_KEY_Delete, 0);
  wait_for_focused_row (fixture, "Café Exit");
  g_assert_cmpuint (bb_offer_repository_count (bb_context_get_offers (fixture->context), NULL), ==, 1);
}

static gboolean
list_shown (gpointer window)
{
  return bb_test_find (window, GTK_TYPE_LIST_VIEW, TRUE) != NULL
         && bb_test_find_styled_text (window, "title-1") == NULL;
}

static gboolean
offer_shown (gpointer window)
{
  return bb_test_find (window, GTK_TYPE_LIST_VIEW, TRUE) == NULL
         && bb_test_find_styled_text (window, "title-1") != NULL;
}

/* On a narrow window, where the list and the offer take turns, Escape goes back from
 * the offer to the list. */
static void
test_keyboard_escape_goes_back (KeyFixture    *fixture,
                                gconstpointer  data)
{
  gtk_widget_grab_focus (GTK_WIDGET (search_entry (fixture)));
  if (!bb_test_send_keys (GTK_WIDGET (fixture->window), "Down Return"))
    return;
  g_assert_true (bb_test_wait_for (offer_shown, fixture->window, 5));
  g_assert_cmpstr (bb_test_find_styled_text (GTK_WIDGET (fixture->window), "title-1"), ==, "Café Exit");

  bb_test_press_key (GTK_WIDGET (fixture->window), GDK_KEY_Escape, 0);
  g_assert_true (bb_test_wait_for (list_shown, fixture->window, 5));
  /* The search it came from is as it was. */
  g_assert_true (three_rows_shown (fixture->window));
}

/* ---- screen readers and the shortcuts window ------------------------- */

static void
test_window_accessible_names (void)
{
  g_autoptr(GSettings) settings = memory_settings ();
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbWindow *window = bb_window_new (NULL, settings, context, NULL);
  g_autoptr(GPtrArray) menu_buttons = NULL;
  GtkWidget *main_menu = NULL;

  gtk_window_present (GTK_WINDOW (window));
  bb_test_iterate ();

  menu_buttons = bb_test_collect_drawn (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  for (guint i = 0; i < menu_buttons->len; i++)
    if (gtk_menu_button_get_primary (g_ptr_array_index (menu_buttons, i)))
      main_menu = g_ptr_array_index (menu_buttons, i);
  g_assert_nonnull (main_menu);
  gtk_test_accessible_assert_property (main_menu, GTK_ACCESSIBLE_PROPERTY_LABEL, "Main Menu");

  gtk_window_destroy (GTK_WINDOW (window));
  bb_test_iterate ();
  g_assert_finalize_object (context);
  bb_test_remove_folder (folder);
}

/* The shortcuts window lists a shortcut for each view only when there are views to
 * switch between. */
static void
test_window_view_shortcuts_listed (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/brobygger/Brobygger/gtk/help-overlay.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  g_autoptr(GSettings) settings = memory_settings ();
  g_autofree char *folder = NULL;
  BbContext *context = bb_test_context_new (&folder);
  BbWindow *window = bb_window_new (NULL, settings, context, NULL);
  AdwViewStack *stack = ADW_VIEW_STACK (bb_test_find (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, FALSE));
  guint n_views = g_list_model_get_n_items (G_LIST_MODEL (adw_view_stack_get_pages (stack)));
  guint n_listed = 0;

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *action = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "action-name", &action, NULL);
      if (action != NULL && g_str_has_prefix (action, "win.show-view"))
        n_listed++;
    }

  g_assert_cmpuint (n_listed, ==, n_views >= 2 ? n_views : 0);

  g_object_unref (gtk_builder_get_object (builder, "help_overlay"));
  gtk_window_destroy (GTK_WINDOW (window));
  bb_test_iterate ();
  g_assert_finalize_object (context);
  bb_test_remove_folder (folder);
}

/* A phone-sized or tiled window: 360 pixels wide, whichever view is shown and with
 * the view switcher at the bottom, in English and in Danish (the longer words). */
static void
test_window_fits_narrow (void)
{
  const char *languages[] = { "en", "da" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GSettings) settings = memory_settings ();
      g_autofree char *folder = NULL;
      BbContext *context;
      BbWindow *window;
      AdwViewStack *stack;

      g_setenv ("LANGUAGE", languages[l], TRUE);
      setlocale (LC_ALL, "");
      context = bb_test_context_new (&folder);
      g_settings_set_int (settings, "window-width", 360);
      g_settings_set_int (settings, "window-height", 720);
      window = bb_window_new (NULL, settings, context, NULL);
      gtk_window_present (GTK_WINDOW (window));
      bb_test_iterate ();

      stack = ADW_VIEW_STACK (bb_test_find (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, FALSE));
      for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (stack));
           page != NULL;
           page = gtk_widget_get_next_sibling (page))
        {
          int minimum;

          adw_view_stack_set_visible_child (stack, page);
          bb_test_iterate ();
          /* The content: the window adds its frame's margins around it. */
          gtk_widget_measure (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                              GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
          g_test_message ("%s, %s: %d px at least", languages[l],
                          adw_view_stack_page_get_name (adw_view_stack_get_page (stack, page)), minimum);
          g_assert_cmpint (minimum, <=, 360);
        }

      gtk_window_destroy (GTK_WINDOW (window));
      bb_test_iterate ();
      g_assert_finalize_object (context);
      bb_test_remove_folder (folder);
    }
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "");
}

int
main (int   argc,
      char *argv[])
{
  /* What a screen reader would be told, kept where the tests can read it. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/opens", test_window_opens);
  g_test_add_func ("/window/show-offer", test_window_show_offer);
  g_test_add_func ("/window/database-error", test_window_database_error);
  g_test_add_func ("/window/fits-narrow", test_window_fits_narrow);
  g_test_add_func ("/window/accessible-names", test_window_accessible_names);
  g_test_add_func ("/window/view-shortcuts-listed", test_window_view_shortcuts_listed);
  g_test_add ("/window/keyboard/type-to-search", KeyFixture, GINT_TO_POINTER (1000),
              key_fixture_set_up, test_keyboard_type_to_search, key_fixture_tear_down);
  g_test_add ("/window/keyboard/down-and-delete", KeyFixture, GINT_TO_POINTER (1000),
              key_fixture_set_up, test_keyboard_down_and_delete, key_fixture_tear_down);
  g_test_add ("/window/keyboard/escape-goes-back", KeyFixture, GINT_TO_POINTER (360),
              key_fixture_set_up, test_keyboard_escape_goes_back, key_fixture_tear_down);

  return g_test_run ();
}
