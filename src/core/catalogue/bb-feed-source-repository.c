/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The feeds the catalogue was updated from (migration 0008): the only SQL of them. */

#include "config.h"

#include "bb-feed-source.h"
#include "bb-sql.h"

struct _BbFeedSourceRepository
{
  GObject     parent_instance;

  BbDatabase *database;
};

G_DEFINE_FINAL_TYPE (BbFeedSourceRepository, bb_feed_source_repository, G_TYPE_OBJECT)

static void
bb_feed_source_repository_finalize (GObject *object)
{
  BbFeedSourceRepository *self = BB_FEED_SOURCE_REPOSITORY (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (bb_feed_source_repository_parent_class)->finalize (object);
}

static void
bb_feed_source_repository_class_init (BbFeedSourceRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_feed_source_repository_finalize;
}

static void
bb_feed_source_repository_init (BbFeedSourceRepository *self)
{
}

BbFeedSourceRepository *
bb_feed_source_repository_new (BbDatabase *database)
{
  BbFeedSourceRepository *self;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  self = g_object_new (BB_TYPE_FEED_SOURCE_REPOSITORY, NULL);
  self->database = g_object_ref (database);
  return self;
}

static BbFeedSource *
load_where (BbFeedSourceRepository  *self,
            sqlite3_stmt            *source,
            GError                 **error)
{
  g_autoptr(BbCachedStatement) services = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) service_ids = NULL;
  BbFeedSource *feed;
  gint64 id;
  int status;

  status = sqlite3_step (source);
  if (status == SQLITE_DONE)
    return NULL;
  if (status != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  id = sqlite3_column_int64 (source, 0);
  services = bb_database_prepare_cached (self->database,
                                         "SELECT service_id FROM feed_source_services "
                                         "WHERE source_id = ?1 ORDER BY service_id",
                                         error);
  if (services == NULL)
    return NULL;
  sqlite3_bind_int64 (services, 1, id);
  while ((status = sqlite3_step (services)) == SQLITE_ROW)
    g_strv_builder_add (ids, (const char *) sqlite3_column_text (services, 0));
  if (status != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  service_ids = g_strv_builder_end (ids);
  feed = bb_feed_source_new ((const char *) sqlite3_column_text (source, 1),
                             (const char * const *) service_ids);
  feed->updated_at = g_strdup ((const char *) sqlite3_column_text (source, 2));
  feed->n_new = sqlite3_column_int (source, 3);
  feed->n_changed = sqlite3_column_int (source, 4);
  feed->n_gone = sqlite3_column_int (source, 5);
  return feed;
}

BbFeedSource *
bb_feed_source_repository_load_last (BbFeedSourceRepository  *self,
                                     GError                 **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;

  g_return_val_if_fail (BB_IS_FEED_SOURCE_REPOSITORY (self), NULL);

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT id, url, updated_at, n_new, n_changed, n_gone "
                                     "FROM feed_sources ORDER BY updated_at DESC, id DESC LIMIT 1",
                                     error);
  return stmt != NULL ? load_where (self, stmt, error) : NULL;
}

BbFeedSource *
bb_feed_source_repository_load (BbFeedSourceRepository  *self,
                                const char              *url,
                                GError                 **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;

  g_return_val_if_fail (BB_IS_FEED_SOURCE_REPOSITORY (self), NULL);
  g_return_val_if_fail (url != NULL, NULL);

  stmt = bb_database_prepare_cached (self->database,
                                     "SELECT id, url, updated_at, n_new, n_changed, n_gone "
                                     "FROM feed_sources WHERE url = ?1",
                                     error);
  if (stmt == NULL)
    return NULL;
  bb_sql_bind_text (stmt, 1, url);
  return load_where (self, stmt, error);
}

gboolean
bb_feed_source_repository_save (BbFeedSourceRepository  *self,
                                BbFeedSource            *source,
                                GError                 **error)
{
  g_autoptr(BbCachedStatement) upsert = NULL;
  g_autoptr(BbCachedStatement) clear = NULL;
  g_autoptr(BbCachedStatement) add = NULL;
  gint64 id;

  g_return_val_if_fail (BB_IS_FEED_SOURCE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (source != NULL && source->url != NULL, FALSE);

  g_free (source->updated_at);
  source->updated_at = bb_clock_dup_utc_timestamp (bb_database_get_clock (self->database));

  if (!bb_database_begin (self->database, error))
    return FALSE;

  upsert = bb_database_prepare_cached (self->database,
                                       "INSERT INTO feed_sources "
                                       "(url, updated_at, n_services, n_new, n_changed, n_gone) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                                       "ON CONFLICT (url) DO UPDATE SET updated_at = ?2, "
                                       "n_services = ?3, n_new = ?4, n_changed = ?5, n_gone = ?6 "
                                       "RETURNING id",
                                       error);
  if (upsert == NULL ||
      !bb_sql_bind_checked_text (upsert, 1, "url", source->url, error))
    goto failed;
  bb_sql_bind_text (upsert, 2, source->updated_at);
  sqlite3_bind_int (upsert, 3, g_strv_length (source->service_ids));
  sqlite3_bind_int (upsert, 4, source->n_new);
  sqlite3_bind_int (upsert, 5, source->n_changed);
  sqlite3_bind_int (upsert, 6, source->n_gone);
  if (sqlite3_step (upsert) != SQLITE_ROW)
    {
      bb_database_set_error (self->database, error);
      goto failed;
    }
  id = sqlite3_column_int64 (upsert, 0);
  sqlite3_reset (upsert);

  clear = bb_database_prepare_cached (self->database,
                                      "DELETE FROM feed_source_services WHERE source_id = ?1", error);
  if (clear == NULL)
    goto failed;
  sqlite3_bind_int64 (clear, 1, id);
  if (!bb_database_step_done (self->database, clear, error))
    goto failed;

  add = bb_database_prepare_cached (self->database,
                                    "INSERT OR IGNORE INTO feed_source_services (source_id, service_id) "
                                    "VALUES (?1, ?2)", error);
  if (add == NULL)
    goto failed;
  for (guint i = 0; source->service_ids[i] != NULL; i++)
    {
      sqlite3_reset (add);
      sqlite3_bind_int64 (add, 1, id);
      if (!bb_sql_bind_checked_text (add, 2, "service id", source->service_ids[i], error) ||
          !bb_database_step_done (self->database, add, error))
        goto failed;
    }

  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}
