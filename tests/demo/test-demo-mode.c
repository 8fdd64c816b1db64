/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Demonstration mode in the window: it opens the database beside the real one, shows a
 * banner over every view, resets to exactly what the generator makes, and never
 * touches the real file; and the text size keys. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "bb-demo-banner.h"
#include "bb-demo-file.h"
#include "bb-demo-generator.h"
#include "bb-demo-mode.h"
#include "bb-plan-template.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"
#include "bb-view.h"
#include "bb-window.h"
#include "bb-zoom-controls.h"

#define BANNER_TEXT "This is demonstration data: a fictional municipality. Changes here never reach your own data."

typedef struct
{
  char       *folder;
  char       *real_path;
  GSettings  *settings;
  BbContext  *real;
  BbDemoMode *demo;
  BbWindow   *window;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GError) error = NULL;

  fixture->settings = g_settings_new_with_backend (APP_ID, backend);
  fixture->real = bb_test_context_new (&fixture->folder);
  fixture->real_path = g_strdup (bb_database_get_path (bb_context_get_database (fixture->real)));
  fixture->demo = bb_demo_mode_new (fixture->real_path, FALSE, fixture->real, fixture->settings,
                                    bb_context_get_clock (fixture->real));
  fixture->window = bb_window_new (NULL, fixture->settings, fixture->real, NULL);
  bb_window_set_demo_mode (fixture->window, fixture->demo);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (fixture->window));
  bb_test_iterate ();
}

static gboolean
finalized (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  bb_test_wait_for (finalized, &fixture->window, 10);
  g_assert_null (fixture->window);
  g_assert_finalize_object (fixture->demo);
  /* Not asserted finalised: a view that was shown may still hold the real context
   * in work of its own for a while. */
  g_clear_object (&fixture->real);
  g_clear_object (&fixture->settings);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->real_path);
}

static gboolean
demo_shown (gpointer data)
{
  Fixture *fixture = data;

  return bb_demo_mode_get_active (fixture->demo) && bb_window_get_context (fixture->window) != NULL
         && bb_window_get_context (fixture->window) != fixture->real;
}

static void
enter_demo (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.demo-mode", NULL));
  g_assert_true (bb_demo_mode_get_active (fixture->demo));
  g_assert_true (bb_test_wait_for (demo_shown, fixture, 120));
  bb_test_iterate ();
}

static gboolean
real_shown (gpointer data)
{
  Fixture *fixture = data;

  return !bb_demo_mode_get_active (fixture->demo);
}

/* The banner's own Leave button, as the trainer presses it. */
static void
leave_demo (Fixture *fixture)
{
  GtkWidget *leave = bb_test_find_button (GTK_WIDGET (fixture->window), "_Leave");

  g_assert_nonnull (leave);
  g_assert_true (gtk_widget_activate (leave));
  g_assert_true (bb_test_wait_for (real_shown, fixture, 5));
  bb_test_iterate ();
  g_assert_false (bb_demo_mode_get_active (fixture->demo));
  g_assert_true (bb_window_get_context (fixture->window) == fixture->real);
}

static gboolean
reset_done (gpointer data)
{
  Fixture *fixture = data;

  return !bb_demo_mode_get_busy (fixture->demo) && bb_window_get_context (fixture->window) != NULL;
}

/* Reset Demonstration Data on the banner, then Reset in the dialog that asks. */
static void
reset_demo (Fixture *fixture)
{
  GtkWidget *button = bb_test_find_button (GTK_WIDGET (fixture->window), "_Reset Demonstration Data");
  GtkWindow *dialog;
  GtkWidget *reset;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));
  dialog = bb_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (fixture->window), 5);
  g_assert_nonnull (dialog);
  reset = bb_test_find_button (GTK_WIDGET (dialog), "_Reset");
  g_assert_nonnull (reset);
  bb_test_click (reset);
  g_assert_true (bb_test_wait_for (reset_done, fixture, 120));
  bb_test_iterate ();
}

/* What a file holds, and when it was last written. */
static char *
file_state (const char *path)
{
  g_autofree char *contents = NULL;
  g_autofree char *checksum = NULL;
  gsize length = 0;
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return g_strdup ("absent");

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
  return g_strdup_printf ("%s %" G_GINT64_FORMAT ".%09ld", checksum, (gint64) buf.st_mtim.tv_sec,
                          buf.st_mtim.tv_nsec);
}

/* The real file and its write-ahead log, as the disk has them. */
static char *
real_state (Fixture *fixture)
{
  g_autofree char *wal = g_strconcat (fixture->real_path, "-wal", NULL);
  g_autofree char *main_state = file_state (fixture->real_path);
  g_autofree char *wal_state = file_state (wal);

  return g_strdup_printf ("%s / %s", main_state, wal_state);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every row of every table, in a fixed order, as text. */
static char *
dump_database (const char *path)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >, 10);

  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", table);
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *row = g_string_new (NULL);

          for (int column = 0; column < sqlite3_column_count (stmt); column++)
            {
              const void *blob = sqlite3_column_blob (stmt, column);
              int bytes = sqlite3_column_bytes (stmt, column);
              g_autofree char *hex = g_compute_checksum_for_data (G_CHECKSUM_SHA1, blob != NULL ? blob : (const void *) "", bytes);

              g_string_append_printf (row, "%d:%s|", sqlite3_column_type (stmt, column), hex);
            }
          g_ptr_array_add (rows, g_string_free (row, FALSE));
        }
      sqlite3_finalize (stmt);

      g_ptr_array_sort (rows, compare_rows);
      g_string_append_printf (dump, "%s: %u rows\n", table, rows->len);
      for (guint j = 0; j < rows->len; j++)
        g_string_append_printf (dump, "  %s\n", (const char *) g_ptr_array_index (rows, j));
    }

  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&dump), FALSE);
}

static void
rename_first_offer (BbContext  *context,
                    const char *title)
{
  g_autoptr(GError) error = NULL;
  BbDatabase *database = bb_context_get_database (context);
  gint64 id = bb_test_query_int (database, "SELECT min(id) FROM offers");
  g_autoptr(BbOffer) offer = bb_offer_repository_get (bb_context_get_offers (context), id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (offer);
  bb_offer_set_title (offer, title);
  g_assert_true (bb_offer_repository_save (bb_context_get_offers (context), offer, &error));
  g_assert_no_error (error);
}

static void
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
}

static gint64
count_offers_titled (BbContext  *context,
                     const char *title)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM offers WHERE title = '%s'", title);

  return bb_test_query_int (bb_context_get_database (context), sql);
}

static void
test_path (void)
{
  const struct { const char *real, *demo; } cases[] = {
    { "/data/brobygger/brobygger.db", "/data/brobygger/brobygger-demo.db" },
    { "/tmp/test.sqlite", "/tmp/test-demo.db" },
    { "/tmp/catalogue", "/tmp/catalogue-demo.db" },
    { "/tmp/.hidden", "/tmp/.hidden-demo.db" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *demo = bb_demo_file_dup_path (cases[i].real);

      g_assert_cmpstr (demo, ==, cases[i].demo);
    }
}

/* Opening, using, resetting and leaving demonstration mode leave the real file as it
 * was, to the byte and the nanosecond. */
static void
test_real_untouched (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *demo_path = NULL;
  BbContext *demo;

  add_offer (fixture->real, "Min egen rigtige tilbud");
  bb_test_iterate ();
  before = real_state (fixture);

  demo_path = g_strdup (bb_demo_mode_get_path (fixture->demo));
  g_assert_false (g_file_test (demo_path, G_FILE_TEST_EXISTS));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.demo-mode", NULL));
  /* Made elsewhere and renamed into place once whole: nothing half-made is ever there. */
  g_assert_true (bb_demo_mode_get_busy (fixture->demo));
  g_assert_false (g_file_test (demo_path, G_FILE_TEST_EXISTS));
  g_assert_true (bb_test_wait_for (demo_shown, fixture, 120));
  g_assert_true (g_file_test (demo_path, G_FILE_TEST_EXISTS));

  /* Every view now works on the demonstration data. */
  demo = bb_window_get_context (fixture->window);
  for (GtkWidget *view = gtk_widget_get_first_child (GTK_WIDGET (bb_test_find (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK, FALSE)));
       view != NULL;
       view = gtk_widget_get_next_sibling (view))
    /* A view not yet visited has no context (bb-window.c binds it on the first visit). */
    g_assert_true (bb_view_get_context (BB_VIEW (view)) == demo || bb_view_get_context (BB_VIEW (view)) == NULL);
  g_assert_cmpint (count_offers_titled (demo, "Min egen rigtige tilbud"), ==, 0);
  g_assert_cmpint (bb_test_query_int (bb_context_get_database (demo), "SELECT count(*) FROM offers"), ==,
                   BB_DEMO_DEFAULT_OFFERS);

  rename_first_offer (demo, "Kun til demonstration");
  bb_test_iterate ();
  reset_demo (fixture);
  rename_first_offer (bb_window_get_context (fixture->window), "Igen kun til demonstration");
  leave_demo (fixture);

  /* Back on the real data, in every view. */
  g_assert_cmpint (count_offers_titled (fixture->real, "Min egen rigtige tilbud"), ==, 1);
  g_assert_cmpint (count_offers_titled (fixture->real, "Kun til demonstration"), ==, 0);
  for (GtkWidget *view = gtk_widget_get_first_child (GTK_WIDGET (bb_test_find (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK, FALSE)));
       view != NULL;
       view = gtk_widget_get_next_sibling (view))
    /* A view not yet visited has no context (bb-window.c binds it on the first visit). */
    g_assert_true (bb_view_get_context (BB_VIEW (view)) == fixture->real || bb_view_get_context (BB_VIEW (view)) == NULL);

  after = real_state (fixture);
  g_assert_cmpstr (after, ==, before);
}

/* After an edit, Reset gives exactly what the generator makes for the same seed and
 * day, and no view keeps the old database open. */
static void
test_reset_restores (Fixture       *fixture,
                     gconstpointer  data)
{
  BbDemoOptions options = BB_DEMO_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) templates = bb_plan_template_load_all (NULL, &error);
  g_autofree char *fresh_path = g_build_filename (fixture->folder, "fresh.db", NULL);
  g_autofree char *fresh = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *restored = NULL;
  BbDatabase *old;

  g_assert_no_error (error);
  g_assert_true (bb_demo_generate_file (fresh_path, &options, bb_context_get_clock (fixture->real),
                                        templates, &error));
  g_assert_no_error (error);
  fresh = dump_database (fresh_path);

  enter_demo (fixture);
  rename_first_offer (bb_window_get_context (fixture->window), "Kun til demonstration");
  bb_test_iterate ();
  edited = dump_database (bb_demo_mode_get_path (fixture->demo));
  g_assert_cmpstr (edited, !=, fresh);

  old = bb_context_get_database (bb_window_get_context (fixture->window));
  g_object_add_weak_pointer (G_OBJECT (old), (gpointer *) &old);
  reset_demo (fixture);
  g_assert_null (old);

  g_assert_cmpint (count_offers_titled (bb_window_get_context (fixture->window), "Kun til demonstration"), ==, 0);
  restored = dump_database (bb_demo_mode_get_path (fixture->demo));
  g_assert_cmpstr (restored, ==, fresh);
}

static gboolean
banner_drawn (gpointer window)
{
  GtkLabel *label = bb_test_find_label (window, BANNER_TEXT);

  return label != NULL && gtk_widget_get_ancestor (GTK_WIDGET (label), BB_TYPE_DEMO_BANNER) != NULL;
}

static gboolean
banner_hidden (gpointer window)
{
  return !banner_drawn (window);
}

/* The banner is over every view in demonstration mode and over none otherwise, and
 * the title says which data it is. */
static void
test_banner (Fixture       *fixture,
             gconstpointer  data)
{
  AdwViewStack *stack = bb_test_find (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK, FALSE);
  AdwViewSwitcherTitle *title = bb_test_find (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_SWITCHER_TITLE, FALSE);
  const char *modes[] = { "real", "demo", "real again" };

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      gboolean demo = m == 1;

      if (m == 1)
        enter_demo (fixture);
      else if (m == 2)
        leave_demo (fixture);

      for (GtkWidget *view = gtk_widget_get_first_child (GTK_WIDGET (stack));
           view != NULL;
           view = gtk_widget_get_next_sibling (view))
        {
          const char *name = adw_view_stack_page_get_name (adw_view_stack_get_page (stack, view));

          g_test_message ("%s: %s", modes[m], name);
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", name));
          bb_test_iterate ();
          g_assert_true (bb_test_wait_for (demo ? banner_drawn : banner_hidden, fixture->window, 5));
        }

      if (demo)
        {
          g_assert_cmpstr (adw_view_switcher_title_get_subtitle (title), ==, "Demonstration");
          g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Brobygger – Demonstration");
        }
      else
        {
          g_assert_cmpstr (adw_view_switcher_title_get_subtitle (title), ==, "");
          g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Brobygger");
        }
    }
}

typedef struct
{
  GSettings *settings;
  double     scale;
} ScaleWait;

static gboolean
scale_is (gpointer data)
{
  ScaleWait *wait = data;

  return G_APPROX_VALUE (g_settings_get_double (wait->settings, "text-scale"), wait->scale, 1e-9);
}

static int
xft_dpi (GtkWidget *widget)
{
  int dpi = 0;

  g_object_get (gtk_widget_get_settings (widget), "gtk-xft-dpi", &dpi, NULL);
  return dpi;
}

/* The main menu's text size buttons change the text size and remember it; the
 * size button brings it back. Clicked, not activated: the popover holding them is
 * not on screen. */
static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  ScaleWait wait = { fixture->settings, 1.0 };
  int normal = xft_dpi (window);
  BbZoomControls *zoom = bb_test_find (window, BB_TYPE_ZOOM_CONTROLS, FALSE);
  GtkWidget *larger = NULL, *smaller = NULL, *reset = NULL;

  g_assert_nonnull (zoom);
  for (GtkWidget *button = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (zoom)));
       button != NULL;
       button = gtk_widget_get_next_sibling (button))
    {
      const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (button));

      if (g_strcmp0 (action, "win.zoom-in") == 0)
        larger = button;
      else if (g_strcmp0 (action, "win.zoom-out") == 0)
        smaller = button;
      else if (g_strcmp0 (action, "win.zoom-reset") == 0)
        reset = button;
    }
  g_assert_nonnull (larger);
  g_assert_nonnull (smaller);
  g_assert_nonnull (reset);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (reset)), ==, "100%");

  g_signal_emit_by_name (larger, "clicked");
  wait.scale = 1.1;
  g_assert_true (bb_test_wait_for (scale_is, &wait, 5));
  g_assert_cmpint (xft_dpi (window), ==, (int) (normal * 1.1 + 0.5));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (reset)), ==, "110%");

  g_signal_emit_by_name (reset, "clicked");
  wait.scale = 1.0;
  g_assert_true (bb_test_wait_for (scale_is, &wait, 5));
  g_assert_cmpint (xft_dpi (window), ==, normal);

  /* No smaller than 70 %: the button is then off. */
  for (int i = 0; i < 3; i++)
    {
      g_signal_emit_by_name (smaller, "clicked");
      wait.scale = 0.9 - 0.1 * i;
      g_assert_true (bb_test_wait_for (scale_is, &wait, 5));
    }
  g_assert_false (gtk_widget_is_sensitive (smaller));

  g_signal_emit_by_name (reset, "clicked");
  wait.scale = 1.0;
  g_assert_true (bb_test_wait_for (scale_is, &wait, 5));
  g_assert_cmpint (xft_dpi (window), ==, normal);
}

/* The keys, pressed for real: Ctrl++ and Ctrl+keypad + enlarge, Ctrl+− reduces,
 * Ctrl+0 brings the desktop's size back; the size is kept in the settings, and a
 * window opened later shows it. */
static void
test_zoom_keys (Fixture       *fixture,
                gconstpointer  data)
{
  static const struct { const char *keys; double scale; } steps[] = {
    { "ctrl+plus", 1.1 }, { "ctrl+KP_Add", 1.2 }, { "ctrl+minus", 1.1 }, { "ctrl+0", 1.0 },
    { "ctrl+KP_Add", 1.1 },
  };
  GtkWidget *window = GTK_WIDGET (fixture->window);
  ScaleWait wait = { fixture->settings, 1.0 };
  int normal = xft_dpi (window);
  BbWindow *later;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_test_message ("%s", steps[i].keys);
      if (!bb_test_send_keys (window, steps[i].keys))
        return;
      wait.scale = steps[i].scale;
      g_assert_true (bb_test_wait_for (scale_is, &wait, 5));
      g_assert_cmpint (xft_dpi (window), ==, (int) (normal * steps[i].scale + 0.5));
    }

  later = bb_window_new (NULL, fixture->settings, fixture->real, NULL);
  gtk_window_present (GTK_WINDOW (later));
  bb_test_iterate ();
  g_assert_cmpint (xft_dpi (GTK_WIDGET (later)), ==, (int) (normal * 1.1 + 0.5));
  gtk_window_destroy (GTK_WINDOW (later));

  if (!bb_test_send_keys (window, "ctrl+0"))
    return;
  wait.scale = 1.0;
  g_assert_true (bb_test_wait_for (scale_is, &wait, 5));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add_func ("/demo-mode/path", test_path);
  g_test_add ("/demo-mode/real-untouched", Fixture, NULL, fixture_setup, test_real_untouched, fixture_teardown);
  g_test_add ("/demo-mode/reset-restores", Fixture, NULL, fixture_setup, test_reset_restores, fixture_teardown);
  g_test_add ("/demo-mode/banner", Fixture, NULL, fixture_setup, test_banner, fixture_teardown);
  g_test_add ("/demo-mode/zoom", Fixture, NULL, fixture_setup, test_zoom, fixture_teardown);
  g_test_add ("/demo-mode/zoom-keys", Fixture, NULL, fixture_setup, test_zoom_keys, fixture_teardown);

  return g_test_run ();
}
