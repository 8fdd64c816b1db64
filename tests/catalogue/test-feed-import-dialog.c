/* SPDX-License-Identifier: GPL-3.0-or-later */

/* "Import from an Open Referral Feed": Cancel while a page is awaited stops at once
 * and changes nothing; a whole feed goes on to the import preview and, once imported,
 * is remembered. Against a server of the test's own on 127.0.0.1. */

#include "config.h"

#include <adwaita.h>
#include <libsoup/soup.h>

#include "bb-feed-import-dialog.h"
#include "bb-import-dialog.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

typedef struct
{
  char       *folder;
  BbContext  *context;
  SoupServer *server;
  guint       port;
  gboolean    waiting;   /* a page is held unanswered */
} Fixture;

static void
handle (SoupServer        *server,
        SoupServerMessage *message,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  Fixture *fixture = user_data;
  const char *page = query != NULL ? g_hash_table_lookup (query, "page") : NULL;
  g_autofree char *name = NULL;
  g_autofree char *file = NULL;
  g_autofree char *text = NULL;
  gsize length;

  if (g_str_has_prefix (path, "/hold/") && g_strcmp0 (page, "2") == 0)
    {
      /* Never answered: only Cancel ends the wait. */
      soup_server_message_pause (message);
      fixture->waiting = TRUE;
      return;
    }

  if (g_str_has_prefix (path, "/hold/services/") || g_str_has_prefix (path, "/hsds/services/"))
    name = g_strdup_printf ("services/%s.json", strrchr (path, '/') + 1);
  else
    name = g_strdup_printf ("page-%s.json", page != NULL ? page : "1");

  file = g_test_build_filename (G_TEST_DIST, "fixtures", "feed", name, NULL);
  if (!g_file_get_contents (file, &text, &length, NULL))
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY, text, length);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  fixture->context = bb_test_context_new (&fixture->folder);
  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, NULL, handle, fixture, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (fixture->server);
  fixture->port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  soup_server_disconnect (fixture->server);
  g_clear_object (&fixture->server);
  g_clear_object (&fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return bb_test_query_int (bb_context_get_database (fixture->context), sql);
}

static BbFeedImportDialog *
open_dialog (Fixture    *fixture,
             const char *feed)
{
  BbFeedImportDialog *dialog = bb_feed_import_dialog_new (fixture->context);
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/%s/", fixture->port, feed);
  AdwEntryRow *row;

  gtk_window_present (GTK_WINDOW (dialog));
  row = bb_test_find (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, TRUE);
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), url);
  /* Enter in the address reads the feed. */
  if (!bb_test_press_key (GTK_WIDGET (row), GDK_KEY_Return, 0))
    gtk_widget_activate (bb_test_find_button (GTK_WIDGET (dialog), "_Read Feed"));
  return dialog;
}

static gboolean
is_waiting (gpointer data)
{
  return ((Fixture *) data)->waiting;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
shows_first_page (gpointer data)
{
  GtkProgressBar *bar = bb_test_find (data, GTK_TYPE_PROGRESS_BAR, TRUE);

  return bar != NULL && g_strcmp0 (gtk_progress_bar_get_text (bar), "Page 1 of 3 (2 services)") == 0;
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  BbFeedImportDialog *dialog = open_dialog (fixture, "hold");
  GtkWidget *cancel;
  gint64 started;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (bb_test_wait_for (is_waiting, fixture, 30));
  /* The progress says how far it came while page 2 is awaited. */
  g_assert_true (bb_test_wait_for (shows_first_page, dialog, 30));

  cancel = bb_test_find_button (GTK_WIDGET (dialog), "_Cancel");
  g_assert_nonnull (cancel);
  started = g_get_monotonic_time ();
  gtk_widget_activate (cancel);
  g_assert_true (bb_test_wait_for (is_null, &dialog, 5));
  g_assert_cmpint (g_get_monotonic_time () - started, <, G_USEC_PER_SEC);

  /* Nothing was written, and no preview opened. */
  g_assert_null (bb_test_find_toplevel (BB_TYPE_IMPORT_DIALOG, NULL));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM offers"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM feed_sources"), ==, 0);
}

static gboolean
import_sensitive (gpointer data)
{
  GtkWidget *button = bb_test_find_button (data, "_Import");

  return button != NULL && gtk_widget_is_sensitive (button);
}

static gboolean
offers_imported (gpointer data)
{
  return count (data, "SELECT count(*) FROM feed_sources") == 1;
}

static void
test_whole_feed (Fixture       *fixture,
                 gconstpointer  data)
{
  BbFeedImportDialog *dialog = open_dialog (fixture, "hsds");
  GtkWindow *preview;
  GtkWidget *review;
  g_autoptr(GtkLabel) summary = NULL;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  summary = g_object_ref (bb_test_wait_for_label (GTK_WIDGET (dialog),
                                                  "The feed holds 5 services; 5 of them are new here.\n\n"
                                                  "Review the changes and choose what to import. "
                                                  "Nothing is written until you do.", 30));
  review = bb_test_find_button (GTK_WIDGET (dialog), "_Review Changes…");
  g_assert_nonnull (review);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM offers"), ==, 0);
  gtk_widget_activate (review);

  preview = bb_test_wait_for_toplevel (BB_TYPE_IMPORT_DIALOG, NULL, 30);
  g_assert_nonnull (preview);
  g_assert_true (bb_test_wait_for (is_null, &dialog, 5));
  g_assert_true (bb_test_wait_for (import_sensitive, preview, 30));
  gtk_widget_activate (bb_test_find_button (GTK_WIDGET (preview), "_Import"));

  g_assert_true (bb_test_wait_for (offers_imported, fixture, 30));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM offers"), ==, 5);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM feed_source_services"), ==, 5);

  /* Next time the dialog offers the feed it was updated from. */
  dialog = bb_feed_import_dialog_new (fixture->context);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  {
    g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/hsds/services", fixture->port);
    AdwEntryRow *row = bb_test_find (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, TRUE);

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, url);
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (bb_test_wait_for (is_null, &dialog, 5));
}

int
main (int   argc,
      char *argv[])
{
  /* 127.0.0.1 needs no proxy, and the test's folders have no proxy settings. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/feed-import-dialog/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/feed-import-dialog/whole-feed", Fixture, NULL, fixture_set_up, test_whole_feed,
              fixture_tear_down);

  return g_test_run ();
}
