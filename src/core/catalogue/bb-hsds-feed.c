/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The HSDS API client: pages of /services, abridged services fetched in full, the
 * failures a user meets (no network, an error status, not a feed, no answer) told in
 * words. */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "bb-hsds-feed.h"

#define DEFAULT_TIMEOUT 30
/* A feed that says it has more is still no reason to read forever. */
#define MAX_PAGES 100000

struct _BbHsdsFeed
{
  GObject     parent_instance;

  char       *url;         /* …/services, with the query it filters by, without "page" */
  guint       timeout;

  /* Of the last download: written by its thread, read after it. */
  GPtrArray  *service_ids;
  guint       n_pages;
};

G_DEFINE_FINAL_TYPE (BbHsdsFeed, bb_hsds_feed, G_TYPE_OBJECT)
G_DEFINE_QUARK (bb-hsds-feed-error-quark, bb_hsds_feed_error)

enum
{
  PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Members only a full service (schema/compiled/service.json) has, not the list's. */
static const char * const full_members[] = {
  "phones", "schedules", "service_areas", "service_at_locations", "languages", "funding",
  "cost_options", "required_documents", "contacts", "capacities", "attributes", "metadata",
  NULL,
};

typedef struct
{
  BbHsdsFeed    *feed;
  SoupSession   *session;
  GCancellable  *cancellable;
  GOutputStream *spool;
  GHashTable    *seen;
  JsonGenerator *generator;
  guint          n_services;
  /* Where "progress" is emitted: the starting thread's context. */
  GMainContext  *context;
} Download;

typedef struct
{
  BbHsdsFeed *feed;
  guint       pages_read;
  guint       n_pages;
  guint       n_services;
} Progress;

static void
bb_hsds_feed_finalize (GObject *object)
{
  BbHsdsFeed *self = BB_HSDS_FEED (object);

  g_free (self->url);
  g_ptr_array_unref (self->service_ids);

  G_OBJECT_CLASS (bb_hsds_feed_parent_class)->finalize (object);
}

static void
bb_hsds_feed_class_init (BbHsdsFeedClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_hsds_feed_finalize;

  signals[PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                    G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
}

static void
bb_hsds_feed_init (BbHsdsFeed *self)
{
  self->timeout = DEFAULT_TIMEOUT;
  self->service_ids = g_ptr_array_new_null_terminated (0, g_free, TRUE);
}

/* ---- the URL --------------------------------------------------------- */

gboolean
bb_hsds_feed_is_url (const char *text)
{
  return text != NULL &&
         (g_ascii_strncasecmp (text, "http://", 7) == 0 || g_ascii_strncasecmp (text, "https://", 8) == 0);
}

/* The /services URL of @url, without a "page" in its query. */
static char *
dup_services_url (const char  *url,
                  GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GUri) services = NULL;
  g_autoptr(GString) path = NULL;
  g_autoptr(GString) query = NULL;
  const char *scheme;

  uri = bb_hsds_feed_is_url (url) ? g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL) : NULL;
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0' ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
    {
      g_set_error (error, BB_HSDS_FEED_ERROR, BB_HSDS_FEED_ERROR_URL,
                   /* TRANSLATORS: %s is what the user typed */
                   _("“%s” is not the web address of a feed: it should begin with https://."),
                   url != NULL ? url : "");
      return NULL;
    }

  path = g_string_new (g_uri_get_path (uri));
  while (path->len > 0 && path->str[path->len - 1] == '/')
    g_string_truncate (path, path->len - 1);
  if (!g_str_has_suffix (path->str, "/services"))
    g_string_append (path, "/services");

  if (g_uri_get_query (uri) != NULL)
    {
      g_auto(GStrv) pairs = g_strsplit (g_uri_get_query (uri), "&", -1);

      query = g_string_new (NULL);
      for (guint i = 0; pairs[i] != NULL; i++)
        {
          if (*pairs[i] == '\0' || g_str_has_prefix (pairs[i], "page=") || g_str_equal (pairs[i], "page"))
            continue;
          if (query->len > 0)
            g_string_append_c (query, '&');
          g_string_append (query, pairs[i]);
        }
    }

  services = g_uri_build (G_URI_FLAGS_ENCODED, g_uri_get_scheme (uri), g_uri_get_userinfo (uri),
                          g_uri_get_host (uri), g_uri_get_port (uri), path->str,
                          query != NULL && query->len > 0 ? query->str : NULL, NULL);
  return g_uri_to_string (services);
}

/* ---- one request ----------------------------------------------------- */

static JsonNode *
get_json (Download    *self,
          const char  *url,
          GError     **error)
{
  g_autoptr(SoupMessage) message = soup_message_new (SOUP_METHOD_GET, url);
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  guint status;

  if (message == NULL)
    {
      g_set_error (error, BB_HSDS_FEED_ERROR, BB_HSDS_FEED_ERROR_URL,
                   _("“%s” is not the web address of a feed: it should begin with https://."), url);
      return NULL;
    }

  soup_message_headers_append (soup_message_get_request_headers (message), "Accept", "application/json");
  body = soup_session_send_and_read (self->session, message, self->cancellable, &local_error);
  if (body == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
        g_set_error (error, BB_HSDS_FEED_ERROR, BB_HSDS_FEED_ERROR_TIMEOUT,
                     g_dngettext (GETTEXT_PACKAGE,
                                  /* TRANSLATORS: %s is the address of the page */
                                  "The feed did not answer within %u second (%s).",
                                  "The feed did not answer within %u seconds (%s).",
                                  self->feed->timeout),
                     self->feed->timeout, url);
      else
        g_set_error (error, BB_HSDS_FEED_ERROR, BB_HSDS_FEED_ERROR_NETWORK,
                     /* TRANSLATORS: %s is what the network says is wrong */
                     _("The feed cannot be reached: %s. Check the address and the network "
                       "connection."), local_error->message);
      return NULL;
    }

  status = soup_message_get_status (message);
  if (status < 200 || status >= 300)
    {
      g_set_error (error, BB_HSDS_FEED_ERROR, BB_HSDS_FEED_ERROR_HTTP,
                   /* TRANSLATORS: The feed answered “404 Not Found” for https://… */
                   _("The feed answered “%u %s” for %s."), status,
                   soup_message_get_reason_phrase (message) != NULL
                   ? soup_message_get_reason_phrase (message) : soup_status_get_phrase (status),
                   url);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  /* An empty answer has no data at all, and parses to no root. */
  if (!json_parser_load_from_data (parser, g_bytes_get_size (body) > 0 ? g_bytes_get_data (body, NULL) : "",
                                   g_bytes_get_size (body), NULL) ||
      json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, BB_HSDS_FEED_ERROR, BB_HSDS_FEED_ERROR_NOT_HSDS,
                   /* TRANSLATORS: %s is the address */
                   _("%s is not an Open Referral (HSDS) feed: its answer is not an HSDS JSON object."),
                   url);
      return NULL;
    }

  return json_parser_steal_root (parser);
}

/* ---- the pages ------------------------------------------------------- */

static gboolean
emit_progress_cb (gpointer user_data)
{
  Progress *progress = user_data;

  g_signal_emit (progress->feed, signals[PROGRESS], 0,
                 progress->pages_read, progress->n_pages, progress->n_services);
  return G_SOURCE_REMOVE;
}

static void
progress_free (Progress *progress)
{
  g_object_unref (progress->feed);
  g_free (progress);
}

static void
report (Download *self,
        guint     pages_read,
        guint     n_pages)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->feed = g_object_ref (self->feed);
  progress->pages_read = pages_read;
  progress->n_pages = n_pages;
  progress->n_services = self->n_services;
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, emit_progress_cb, progress,
                              (GDestroyNotify) progress_free);
}

static gint64
get_count (JsonObject *page,
           const char *member)
{
  JsonNode *node = json_object_get_member (page, member);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64)
    return -1;

  return json_node_get_int (node);
}

static gboolean
is_full (JsonObject *service)
{
  for (guint i = 0; full_members[i] != NULL; i++)
    if (json_object_has_member (service, full_members[i]))
      return TRUE;

  return FALSE;
}

static gboolean
write_service (Download    *self,
               JsonNode    *node,
               GError     **error)
{
  g_autofree char *text = NULL;
  gsize length;

  json_generator_set_root (self->generator, node);
  text = json_generator_to_data (self->generator, &length);

  return (self->n_services == 0 || g_output_stream_write_all (self->spool, ",", 1, NULL, self->cancellable, error)) &&
         g_output_stream_write_all (self->spool, text, length, NULL, self->cancellable, error);
}

static gboolean
read_service (Download  *self,
              JsonNode  *element,
              GError   **error)
{
  JsonObject *service = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
  JsonNode *id_node = service != NULL ? json_object_get_member (service, "id") : NULL;
  const char *id = id_node != NULL && json_node_get_value_type (id_node) == G_TYPE_STRING
                   ? json_node_get_string (id_node) : NULL;
  g_autoptr(JsonNode) full = NULL;

  /* A list that shifted between two pages gives a service twice: it is one service. */
  if (id != NULL && g_hash_table_contains (self->seen, id))
    return TRUE;

  if (service != NULL && id != NULL && !is_full (service))
    {
      g_autofree char *escaped = g_uri_escape_string (id, NULL, FALSE);
      g_autofree char *url = NULL;
      g_autofree char *base = g_strdup (self->feed->url);
      char *query = strchr (base, '?');

      if (query != NULL)
        *query = '\0';
      url = g_strconcat (base, "/", escaped, NULL);
      full = get_json (self, url, error);
      if (full == NULL)
        return FALSE;
    }

  if (!write_service (self, full != NULL ? full : element, error))
    return FALSE;

  if (id != NULL)
    {
      g_hash_table_add (self->seen, g_strdup (id));
      g_ptr_array_add (self->feed->service_ids, g_strdup (id));
    }
  self->n_services++;
  return TRUE;
}

static gboolean
read_pages (Download  *self,
            GError   **error)
{
  gint64 n_pages = -1;

  for (guint page = 1; page <= MAX_PAGES; page++)
    {
      g_autofree char *url = NULL;
      g_autoptr(JsonNode) root = NULL;
      JsonObject *object;
      JsonNode *contents;
      JsonArray *services;
      JsonNode *last_page;

      url = g_strdup_printf ("%s%cpage=%u", self->feed->url,
                             strchr (self->feed->url, '?') != NULL ? '&' : '?', page);
      root = get_json (self, url, error);
      if (root == NULL)
        return FALSE;

      object = json_node_get_object (root);
      contents = json_object_get_member (object, "contents");
      if (contents == NULL || !JSON_NODE_HOLDS_ARRAY (contents))
        {
          g_set_error (error, BB_HSDS_FEED_ERROR, BB_HSDS_FEED_ERROR_NOT_HSDS,
                       /* TRANSLATORS: %s is the address */
                       _("%s is not an Open Referral (HSDS) feed: its answer has no list of services."),
                       url);
          return FALSE;
        }

      services = json_node_get_array (contents);
      for (guint i = 0; i < json_array_get_length (services); i++)
        if (!read_service (self, json_array_get_element (services, i), error))
          return FALSE;

      if (page == 1 || get_count (object, "total_pages") > n_pages)
        n_pages = get_count (object, "total_pages");
      self->feed->n_pages = page;
      report (self, page, n_pages > 0 ? (guint) MAX (n_pages, page) : 0);

      last_page = json_object_get_member (object, "last_page");
      if (json_array_get_length (services) == 0 ||
          (n_pages >= 0 && page >= n_pages) ||
          (n_pages < 0 && (last_page == NULL || json_node_get_value_type (last_page) != G_TYPE_BOOLEAN ||
                           json_node_get_boolean (last_page))))
        return TRUE;
    }

  return TRUE;
}

/* Public API */

BbHsdsFeed *
bb_hsds_feed_new (const char  *url,
                  GError     **error)
{
  g_autofree char *services = dup_services_url (url, error);
  BbHsdsFeed *self;

  if (services == NULL)
    return NULL;

  self = g_object_new (BB_TYPE_HSDS_FEED, NULL);
  self->url = g_steal_pointer (&services);
  return self;
}

const char *
bb_hsds_feed_get_url (BbHsdsFeed *self)
{
  g_return_val_if_fail (BB_IS_HSDS_FEED (self), NULL);

  return self->url;
}

void
bb_hsds_feed_set_timeout (BbHsdsFeed *self,
                          guint       seconds)
{
  g_return_if_fail (BB_IS_HSDS_FEED (self));

  self->timeout = seconds;
}

static gboolean
download (BbHsdsFeed    *self,
          GFile         *spool,
          GCancellable  *cancellable,
          GMainContext  *context,
          GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(SoupSession) session = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  Download download = { self, NULL, cancellable, NULL, seen, generator, 0, context };
  gboolean ok;

  g_ptr_array_set_size (self->service_ids, 0);
  self->n_pages = 0;

  stream = g_file_replace (spool, NULL, FALSE, G_FILE_CREATE_PRIVATE, cancellable, error);
  if (stream == NULL)
    return FALSE;

  session = soup_session_new_with_options ("timeout", self->timeout, "max-conns-per-host", 4, NULL);
  download.session = session;
  download.spool = G_OUTPUT_STREAM (stream);

  ok = g_output_stream_write_all (download.spool, "{\"contents\":[", 13, NULL, cancellable, error) &&
       read_pages (&download, error) &&
       g_output_stream_write_all (download.spool, "]}", 2, NULL, cancellable, error);

  /* A half-read feed is no catalogue: the file is emptied and the ids forgotten. */
  if (!g_output_stream_close (download.spool, NULL, ok ? error : NULL))
    ok = FALSE;
  if (!ok)
    {
      g_ptr_array_set_size (self->service_ids, 0);
      g_file_delete (spool, NULL, NULL);
    }

  return ok;
}

gboolean
bb_hsds_feed_download (BbHsdsFeed    *self,
                       GFile         *spool,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GMainContext) context = NULL;

  g_return_val_if_fail (BB_IS_HSDS_FEED (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (spool), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  context = g_main_context_ref_thread_default ();
  return download (self, spool, cancellable, context, error);
}

typedef struct
{
  GFile        *spool;
  GMainContext *context;
} DownloadData;

static void
download_data_free (DownloadData *data)
{
  g_object_unref (data->spool);
  g_main_context_unref (data->context);
  g_free (data);
}

static void
download_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  DownloadData *data = task_data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  GError *error = NULL;
  gboolean ok;

  /* libsoup's sync calls run on the thread's own context. */
  g_main_context_push_thread_default (context);
  ok = download (source_object, data->spool, cancellable, data->context, &error);
  g_main_context_pop_thread_default (context);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
bb_hsds_feed_download_async (BbHsdsFeed          *self,
                             GFile               *spool,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DownloadData *data;

  g_return_if_fail (BB_IS_HSDS_FEED (self));
  g_return_if_fail (G_IS_FILE (spool));

  data = g_new0 (DownloadData, 1);
  data->spool = g_object_ref (spool);
  data->context = g_main_context_ref_thread_default ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bb_hsds_feed_download_async);
  g_task_set_task_data (task, data, (GDestroyNotify) download_data_free);
  /* Cancelling answers at once; the thread stops at its next read. */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, download_thread);
}

gboolean
bb_hsds_feed_download_finish (BbHsdsFeed    *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

const char * const *
bb_hsds_feed_get_service_ids (BbHsdsFeed *self)
{
  g_return_val_if_fail (BB_IS_HSDS_FEED (self), NULL);

  static const char * const none[] = { NULL };

  /* A null-terminated array that never held anything has no storage yet. */
  if (self->service_ids->pdata == NULL)
    return none;
  return (const char * const *) self->service_ids->pdata;
}

guint
bb_hsds_feed_get_n_pages (BbHsdsFeed *self)
{
  g_return_val_if_fail (BB_IS_HSDS_FEED (self), 0);

  return self->n_pages;
}
