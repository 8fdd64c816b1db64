/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The HSDS API client against a server of the test's own on 127.0.0.1, serving the
 * pages of fixtures/feed/: pages followed, abridged services fetched in full, an error
 * page, a page that never answers, a slow page, a cancel, the remembered feed and what
 * an update from it changed, the headless command with a URL, and a 50-page feed timed. */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <libsoup/soup.h>

#include "bb-feed-source.h"
#include "bb-hsds-feed.h"
#include "bb-test-hsds.h"
#include "bb-test-utils.h"

#define BIG_PAGES 50
#define BIG_PAGE_SIZE 20

typedef struct
{
  GMainContext *context;
  GMainLoop    *loop;
  GThread      *thread;
  GMutex        lock;
  GCond         ready;
  guint         port;
  /* Set by the test, read by the server's thread. */
  gint          updated;
  gint          full_requests;
  char         *template;
} Server;

static Server server;
static gboolean cancel_reached;

/* ---- the server ------------------------------------------------------ */

static char *
feed_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "feed", name, NULL);
}

static void
respond_file (SoupServerMessage *message,
              const char        *name)
{
  g_autofree char *path = feed_path (name);
  g_autofree char *text = NULL;
  gsize length;

  if (!g_file_get_contents (path, &text, &length, NULL))
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }

  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY, text, length);
}

static char *
dup_big_service (const char *id,
                 guint       number)
{
  g_autofree char *name = g_strdup_printf ("Tilbud nummer %u", number);
  g_autoptr(GString) text = g_string_new (server.template);

  g_string_replace (text, "f00d0000-0000-4000-8000-000000000000", id, 1);
  g_string_replace (text, "@NAME@", name, 1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
respond_big_page (SoupServerMessage *message,
                  guint              page)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "{\"total_items\":%u,\"total_pages\":%u,\"page_number\":%u,\"contents\":[",
                          BIG_PAGES * BIG_PAGE_SIZE, BIG_PAGES, page);
  for (guint i = 0; i < BIG_PAGE_SIZE; i++)
    {
      guint number = (page - 1) * BIG_PAGE_SIZE + i + 1;

      /* Every other one abridged, so half are fetched one by one. */
      if (i % 2 == 0)
        g_string_append_printf (text, "%s{\"id\":\"big-%u\",\"name\":\"Tilbud nummer %u\"}",
                                i > 0 ? "," : "", number, number);
      else
        {
          g_autofree char *id = g_strdup_printf ("big-%u", number);
          g_autofree char *service = dup_big_service (id, number);

          g_string_append_printf (text, "%s%s", i > 0 ? "," : "", service);
        }
    }
  g_string_append (text, "]}");

  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY, text->str, text->len);
}

static gboolean
on_cancel_reached (gpointer user_data)
{
  cancel_reached = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
unpause_cb (gpointer user_data)
{
  soup_server_message_unpause (user_data);
  g_object_unref (user_data);
  return G_SOURCE_REMOVE;
}

static void
handle (SoupServer        *soup_server,
        SoupServerMessage *message,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  const char *page_text = query != NULL ? g_hash_table_lookup (query, "page") : NULL;
  guint page = page_text != NULL ? (guint) g_ascii_strtoull (page_text, NULL, 10) : 1;
  g_auto(GStrv) parts = g_strsplit (path + 1, "/", -1);
  const char *feed = parts[0] != NULL ? parts[0] : "";
  g_autofree char *name = NULL;

  if (g_strv_length (parts) == 3 && g_str_equal (parts[1], "services"))
    {
      /* /…/services/{id}: a service in full. */
      g_atomic_int_inc (&server.full_requests);
      if (g_str_equal (feed, "big"))
        {
          g_autofree char *service = dup_big_service (parts[2], (guint) g_ascii_strtoull (parts[2] + 4, NULL, 10));

          soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
          soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY,
                                            service, strlen (service));
          return;
        }
      name = g_strdup_printf ("services/%s.json", parts[2]);
      respond_file (message, name);
      return;
    }

  if (g_strv_length (parts) != 2 || !g_str_equal (parts[1], "services"))
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }

  if (g_str_equal (feed, "big"))
    respond_big_page (message, page);
  else if (g_str_equal (feed, "missing"))
    soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
  else if (g_str_equal (feed, "empty"))
    soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  else if (g_str_equal (feed, "html"))
    {
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "text/html", SOUP_MEMORY_STATIC,
                                        "<html><body>Welcome</body></html>", 33);
    }
  else if (g_str_equal (feed, "broken") && page == 2)
    soup_server_message_set_status (message, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
  else if (g_str_equal (feed, "hang"))
    soup_server_message_pause (message);
  else if (g_str_equal (feed, "cancel") && page == 2)
    {
      soup_server_message_pause (message);
      g_main_context_invoke (NULL, on_cancel_reached, NULL);
    }
  else
    {
      name = g_atomic_int_get (&server.updated) ? g_strdup ("updated-page-1.json")
                                               : g_strdup_printf ("page-%u.json", page);
      respond_file (message, name);
      if (g_str_equal (feed, "slow") && page == 2)
        {
          g_autoptr(GSource) source = g_timeout_source_new (300);

          /* Answered, but late: the pages before it are shown meanwhile. */
          soup_server_message_pause (message);
          g_source_set_callback (source, unpause_cb, g_object_ref (message), NULL);
          g_source_attach (source, server.context);
        }
    }
}

static gpointer
server_thread (gpointer data)
{
  g_autoptr(SoupServer) soup_server = NULL;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (server.context);
  soup_server = soup_server_new (NULL, NULL);
  soup_server_add_handler (soup_server, NULL, handle, NULL, NULL);
  soup_server_listen_local (soup_server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (soup_server);
  g_mutex_lock (&server.lock);
  server.port = g_uri_get_port (uris->data);
  g_cond_signal (&server.ready);
  g_mutex_unlock (&server.lock);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (server.loop);
  soup_server_disconnect (soup_server);
  g_main_context_pop_thread_default (server.context);
  return NULL;
}

static void
server_start (void)
{
  g_autofree char *path = feed_path ("service-template.json");
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &server.template, NULL, &error);
  g_assert_no_error (error);

  g_mutex_init (&server.lock);
  g_cond_init (&server.ready);
  server.context = g_main_context_new ();
  server.loop = g_main_loop_new (server.context, FALSE);
  g_mutex_lock (&server.lock);
  server.thread = g_thread_new ("feed-server", server_thread, NULL);
  while (server.port == 0)
    g_cond_wait (&server.ready, &server.lock);
  g_mutex_unlock (&server.lock);
}

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (server.loop);
  return G_SOURCE_REMOVE;
}

static void
server_stop (void)
{
  g_main_context_invoke (server.context, quit_cb, NULL);
  g_thread_join (server.thread);
  g_main_loop_unref (server.loop);
  g_main_context_unref (server.context);
  g_free (server.template);
}

static char *
feed_url (const char *feed)
{
  return g_strdup_printf ("http://127.0.0.1:%u/%s/", server.port, feed);
}

/* ---- helpers --------------------------------------------------------- */

typedef struct
{
  BbTestCatalogue  catalogue;
  GFile           *spool;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  bb_test_catalogue_set_up (&fixture->catalogue, data);
  fixture->spool = bb_test_catalogue_file (&fixture->catalogue, "services.json");
  g_atomic_int_set (&server.updated, 0);
  g_atomic_int_set (&server.full_requests, 0);
  cancel_reached = FALSE;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->spool);
  bb_test_catalogue_tear_down (&fixture->catalogue, data);
}

static BbHsdsFeed *
new_feed (const char *name)
{
  g_autofree char *url = feed_url (name);
  g_autoptr(GError) error = NULL;
  BbHsdsFeed *feed = bb_hsds_feed_new (url, &error);

  g_assert_no_error (error);
  return feed;
}

static BbImport *
download (Fixture    *fixture,
          BbHsdsFeed *feed)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_hsds_feed_download (feed, fixture->spool, NULL, &error));
  g_assert_no_error (error);
  return bb_offer_exchange_read_file (fixture->spool, &error);
}

static gint64
count_offers (Fixture *fixture)
{
  return bb_test_query_int (bb_context_get_database (fixture->catalogue.context),
                            "SELECT count(*) FROM offers");
}

/* ---- tests ----------------------------------------------------------- */

static void
test_urls (void)
{
  const char *cases[][2] = {
    { "https://api.example.org/", "https://api.example.org/services" },
    { "https://api.example.org", "https://api.example.org/services" },
    { "https://api.example.org/hsds/services/", "https://api.example.org/hsds/services" },
    { "https://api.example.org/services?taxonomy_id=x&page=3", "https://api.example.org/services?taxonomy_id=x" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BbHsdsFeed) feed = bb_hsds_feed_new (cases[i][0], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (bb_hsds_feed_get_url (feed), ==, cases[i][1]);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(BbHsdsFeed) feed = bb_hsds_feed_new ("ftp://example.org/", &error);

    g_assert_null (feed);
    g_assert_error (error, BB_HSDS_FEED_ERROR, BB_HSDS_FEED_ERROR_URL);
  }
  g_assert_true (bb_hsds_feed_is_url ("HTTPS://x.org"));
  g_assert_false (bb_hsds_feed_is_url ("/home/x/services.json"));
}

static void
test_pages_and_full_services (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(BbHsdsFeed) feed = new_feed ("hsds");
  g_autoptr(BbImport) import = download (fixture, feed);
  const char * const *ids = bb_hsds_feed_get_service_ids (feed);
  BbOffer *third;

  g_assert_nonnull (import);
  g_assert_cmpuint (bb_hsds_feed_get_n_pages (feed), ==, 3);
  /* Five services on three pages; the one page 3 gives again is one service. */
  g_assert_cmpuint (g_strv_length ((char **) ids), ==, 5);
  g_assert_cmpstr (ids[2], ==, "f00d0000-0000-4000-8000-000000000003");
  g_assert_cmpuint (g_list_model_get_n_items (bb_import_get_records (import)), ==, 5);
  g_assert_cmpuint (bb_import_count (import, BB_IMPORT_ACTION_REJECT), ==, 0);
  /* Page 2 is abridged: each of its services was fetched in full. */
  g_assert_cmpint (g_atomic_int_get (&server.full_requests), ==, 2);
  third = bb_test_get_offer (import, 2);
  g_assert_cmpstr (bb_offer_get_title (third), ==, "Ungepanel");
  g_assert_cmpuint (bb_offer_get_details (third)->phones->len, ==, 1);
  g_assert_cmpuint (bb_offer_get_details (third)->locations->len, ==, 1);

  import_into (fixture->catalogue.offers, import);
  g_assert_cmpint (count_offers (fixture), ==, 5);
}

static void
assert_fails (Fixture         *fixture,
              const char      *name,
              int              code,
              const char      *words)
{
  g_autoptr(BbHsdsFeed) feed = new_feed (name);
  g_autoptr(GError) error = NULL;

  bb_hsds_feed_set_timeout (feed, 1);
  g_assert_false (bb_hsds_feed_download (feed, fixture->spool, NULL, &error));
  g_assert_error (error, BB_HSDS_FEED_ERROR, code);
  g_test_message ("%s: %s", name, error->message);
  g_assert_nonnull (strstr (error->message, words));
  /* Nothing half-read is left to import. */
  g_assert_false (g_file_query_exists (fixture->spool, NULL));
  g_assert_cmpuint (g_strv_length ((char **) bb_hsds_feed_get_service_ids (feed)), ==, 0);
  g_assert_cmpint (count_offers (fixture), ==, 0);
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbHsdsFeed) nowhere = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autofree char *url = NULL;
  guint port;

  assert_fails (fixture, "broken", BB_HSDS_FEED_ERROR_HTTP, "500");
  assert_fails (fixture, "missing", BB_HSDS_FEED_ERROR_HTTP, "404");
  assert_fails (fixture, "html", BB_HSDS_FEED_ERROR_NOT_HSDS, "not an Open Referral (HSDS) feed");
  /* An answer with no body at all is JSON of nothing, not an object. */
  assert_fails (fixture, "empty", BB_HSDS_FEED_ERROR_NOT_HSDS, "not an Open Referral (HSDS) feed");
  assert_fails (fixture, "hang", BB_HSDS_FEED_ERROR_TIMEOUT, "did not answer within 1 second");

  /* A port nobody listens on: bound, never listened. */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  address = g_inet_socket_address_new (loopback, 0);
  g_socket_bind (socket, address, FALSE, &error);
  g_assert_no_error (error);
  g_clear_object (&address);
  address = g_socket_get_local_address (socket, &error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (address));
  url = g_strdup_printf ("http://127.0.0.1:%u/", port);
  nowhere = bb_hsds_feed_new (url, &error);
  g_assert_false (bb_hsds_feed_download (nowhere, fixture->spool, NULL, &error));
  g_assert_error (error, BB_HSDS_FEED_ERROR, BB_HSDS_FEED_ERROR_NETWORK);
  g_assert_nonnull (strstr (error->message, "cannot be reached"));
}

typedef struct
{
  GString  *progress;
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Waiter;

static void
on_progress (BbHsdsFeed *feed,
             guint       pages_read,
             guint       n_pages,
             guint       n_services,
             gpointer    user_data)
{
  Waiter *waiter = user_data;

  /* Progress that comes after the end would be no progress. */
  g_assert_false (waiter->done);
  g_string_append_printf (waiter->progress, "%u/%u:%u ", pages_read, n_pages, n_services);
}

static void
on_downloaded (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Waiter *waiter = user_data;

  waiter->ok = bb_hsds_feed_download_finish (BB_HSDS_FEED (source), result, &waiter->error);
  waiter->done = TRUE;
}

static void
test_slow_page_progress (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(BbHsdsFeed) feed = new_feed ("slow");
  Waiter waiter = { g_string_new (NULL), };

  g_signal_connect (feed, "progress", G_CALLBACK (on_progress), &waiter);
  bb_hsds_feed_download_async (feed, fixture->spool, NULL, on_downloaded, &waiter);
  while (!waiter.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_no_error (waiter.error);
  g_assert_true (waiter.ok);
  g_assert_cmpstr (waiter.progress->str, ==, "1/3:2 2/3:4 3/3:5 ");
  g_string_free (waiter.progress, TRUE);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(BbHsdsFeed) feed = new_feed ("cancel");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Waiter waiter = { g_string_new (NULL), };
  gint64 started;

  g_signal_connect (feed, "progress", G_CALLBACK (on_progress), &waiter);
  bb_hsds_feed_download_async (feed, fixture->spool, cancellable, on_downloaded, &waiter);
  while (!cancel_reached)
    g_main_context_iteration (NULL, TRUE);

  /* Page 2 is never answered: Cancel must not wait for it. */
  started = g_get_monotonic_time ();
  g_cancellable_cancel (cancellable);
  while (!waiter.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (g_get_monotonic_time () - started, <, G_USEC_PER_SEC / 2);
  g_assert_false (waiter.ok);
  g_assert_error (waiter.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpstr (waiter.progress->str, ==, "1/3:2 ");
  g_assert_cmpint (count_offers (fixture), ==, 0);
  g_clear_error (&waiter.error);
  g_string_free (waiter.progress, TRUE);
}

/* Download, import and remember, as the command and the dialog do. */
static void
update_from (Fixture       *fixture,
             BbHsdsFeed    *feed,
             BbFeedUpdate  *update,
             char         **summary)
{
  g_autoptr(BbFeedSourceRepository) feeds = bb_feed_source_repository_new (bb_context_get_database (fixture->catalogue.context));
  g_autoptr(BbImport) import = download (fixture, feed);
  g_autoptr(BbFeedSource) previous = NULL;
  g_autoptr(BbFeedSource) source = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_offer_repository_prepare_import (fixture->catalogue.offers, import, &error));
  g_assert_no_error (error);
  previous = bb_feed_source_repository_load (feeds, bb_hsds_feed_get_url (feed), &error);
  g_assert_no_error (error);
  bb_feed_update_count (update, import, previous, bb_hsds_feed_get_service_ids (feed));
  *summary = bb_feed_update_dup_summary (update, previous);
  g_assert_true (bb_offer_repository_commit_import (fixture->catalogue.offers, import, &error));
  g_assert_no_error (error);

  source = bb_feed_source_new (bb_hsds_feed_get_url (feed), bb_hsds_feed_get_service_ids (feed));
  g_assert_true (bb_feed_source_repository_save (feeds, source, &error));
  g_assert_no_error (error);
}

static void
test_remembered_and_update (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(BbFeedSourceRepository) feeds = bb_feed_source_repository_new (bb_context_get_database (fixture->catalogue.context));
  g_autoptr(BbHsdsFeed) feed = new_feed ("hsds");
  g_autoptr(BbFeedSource) last = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *url = NULL;
  BbFeedUpdate update = { 0, };

  last = bb_feed_source_repository_load_last (feeds, &error);
  g_assert_no_error (error);
  g_assert_null (last);

  update_from (fixture, feed, &update, &first);
  g_assert_cmpuint (update.n_new, ==, 5);
  g_assert_cmpstr (first, ==, "The feed holds 5 services; 5 of them are new here.");

  last = bb_feed_source_repository_load_last (feeds, &error);
  g_assert_no_error (error);
  url = g_strdup_printf ("http://127.0.0.1:%u/hsds/services", server.port);
  g_assert_cmpstr (last->url, ==, url);
  g_assert_cmpstr (last->updated_at, ==, BB_TEST_NOW_ISO);
  g_assert_cmpuint (g_strv_length (last->service_ids), ==, 5);

  /* Later the feed has one service changed, one gone and one new. */
  g_atomic_int_set (&server.updated, 1);
  update_from (fixture, feed, &update, &second);
  g_assert_cmpuint (update.n_changed, ==, 1);
  g_assert_cmpuint (update.n_new, ==, 1);
  g_assert_cmpuint (update.n_gone, ==, 1);
  g_assert_cmpuint (update.n_unchanged, ==, 3);
  g_assert_nonnull (strstr (second, "1 service changed, 1 new, 1 gone from the feed."));
  g_assert_cmpint (count_offers (fixture), ==, 6);
}

static void
test_update_conflict (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(BbHsdsFeed) feed = new_feed ("hsds");
  g_autoptr(BbOffer) edited = NULL;
  g_autoptr(BbImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  BbFeedUpdate update = { 0, };
  guint conflicts = 0;
  GListModel *records;

  update_from (fixture, feed, &update, &summary);

  /* Edited here, then changed in the feed too: the update asks, as for a file. */
  edited = bb_offer_repository_find_by_uuid (fixture->catalogue.offers,
                                             "f00d0000-0000-4000-8000-000000000001", &error);
  g_assert_no_error (error);
  g_assert_nonnull (edited);
  bb_offer_set_description (edited, "Skrevet om her.");
  bb_test_catalogue_save (&fixture->catalogue, edited);

  g_atomic_int_set (&server.updated, 1);
  import = download (fixture, feed);
  g_assert_true (bb_offer_repository_prepare_import (fixture->catalogue.offers, import, &error));
  g_assert_no_error (error);
  records = bb_import_get_records (import);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);

      if (bb_import_record_get_action (record) == BB_IMPORT_ACTION_CONFLICT)
        {
          conflicts++;
          g_assert_cmpstr (bb_offer_get_uuid (bb_import_record_get_offer (record)), ==,
                           "f00d0000-0000-4000-8000-000000000001");
        }
    }
  g_assert_cmpuint (conflicts, ==, 1);
}

static int
run_command (const char  *database,
             const char  *url,
             char       **err)
{
  g_autofree char *program = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "src", "brobygger", NULL);
  const char *argv[] = { program, "--database", database, "--import-offers", url, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int wait_status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, err, &wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("%s%s", out, *err);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

static void
test_command (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("bb-hsds-feed-XXXXXX", &error);
  g_autofree char *database = g_build_filename (folder, "brobygger.db", NULL);
  g_autofree char *url = feed_url ("hsds");
  g_autofree char *err = NULL;
  g_autofree char *again = NULL;
  g_autofree char *broken_err = NULL;
  g_autofree char *broken = feed_url ("broken");
  g_autoptr(BbDatabase) opened = NULL;

  g_atomic_int_set (&server.updated, 0);
  g_assert_cmpint (run_command (database, url, &err), ==, 0);
  g_assert_nonnull (strstr (err, "Page 3 of 3 read (5 services)"));

  g_atomic_int_set (&server.updated, 1);
  g_assert_cmpint (run_command (database, url, &again), ==, 0);
  g_assert_nonnull (strstr (again, "1 service changed, 1 new, 1 gone from the feed."));

  /* An error page: exit 1, in words, and nothing changed. */
  g_atomic_int_set (&server.updated, 0);
  g_assert_cmpint (run_command (database, broken, &broken_err), ==, 1);
  g_assert_nonnull (strstr (broken_err, "500"));

  opened = bb_database_open (database, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (opened, "SELECT count(*) FROM offers"), ==, 6);
  g_assert_cmpint (bb_test_query_int (opened, "SELECT count(*) FROM feed_sources"), ==, 1);
  g_assert_finalize_object (g_steal_pointer (&opened));
  bb_test_remove_folder (folder);
}

static void
test_fifty_pages (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(BbHsdsFeed) feed = new_feed ("big");
  g_autoptr(BbImport) import = NULL;
  gint64 started = g_get_monotonic_time ();
  double seconds;

  import = download (fixture, feed);
  import_into (fixture->catalogue.offers, import);
  seconds = (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC;

  g_test_message ("%u pages, %u services (%d fetched one by one) imported in %.2f s", BIG_PAGES,
                  BIG_PAGES * BIG_PAGE_SIZE, g_atomic_int_get (&server.full_requests), seconds);
  /* The time is reported, not asserted: tests check what was imported. */
  g_assert_cmpint (count_offers (fixture), ==, BIG_PAGES * BIG_PAGE_SIZE);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The isolated folders have no proxy settings schema, and 127.0.0.1 needs no proxy:
   * for this program and the command it runs. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  server_start ();

  g_test_add_func ("/hsds-feed/urls", test_urls);
  g_test_add ("/hsds-feed/pages-and-full-services", Fixture, NULL, fixture_set_up,
              test_pages_and_full_services, fixture_tear_down);
  g_test_add ("/hsds-feed/errors", Fixture, NULL, fixture_set_up, test_errors, fixture_tear_down);
  g_test_add ("/hsds-feed/slow-page-progress", Fixture, NULL, fixture_set_up,
              test_slow_page_progress, fixture_tear_down);
  g_test_add ("/hsds-feed/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/hsds-feed/remembered-and-update", Fixture, NULL, fixture_set_up,
              test_remembered_and_update, fixture_tear_down);
  g_test_add ("/hsds-feed/update-conflict", Fixture, NULL, fixture_set_up, test_update_conflict,
              fixture_tear_down);
  g_test_add_func ("/hsds-feed/command", test_command);
  g_test_add ("/hsds-feed/fifty-pages", Fixture, NULL, fixture_set_up, test_fifty_pages, fixture_tear_down);

  status = g_test_run ();
  server_stop ();
  return status;
}
