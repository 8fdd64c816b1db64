/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Recently deleted offers: deleting moves an offer to the trash, where it waits,
 * restorable from any window, until it has been there BB_OFFER_TRASH_DAYS days. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-catalogue-private.h"
#include "bb-offer-repository-private.h"

/* ---- BbDeletedOffer -------------------------------------------------- */

struct _BbDeletedOffer
{
  GObject  parent_instance;

  gint64   id;
  char    *title;
  char    *provider;
  char    *deleted_at;
  guint    days;
};

G_DEFINE_FINAL_TYPE (BbDeletedOffer, bb_deleted_offer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_PROVIDER,
  PROP_DELETED_AT,
  PROP_DAYS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bb_deleted_offer_finalize (GObject *object)
{
  BbDeletedOffer *self = BB_DELETED_OFFER (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->provider, g_free);
  g_clear_pointer (&self->deleted_at, g_free);

  G_OBJECT_CLASS (bb_deleted_offer_parent_class)->finalize (object);
}

static void
bb_deleted_offer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BbDeletedOffer *self = BB_DELETED_OFFER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PROVIDER:
      g_value_set_string (value, self->provider);
      break;

    case PROP_DELETED_AT:
      g_value_set_string (value, self->deleted_at);
      break;

    case PROP_DAYS:
      g_value_set_uint (value, self->days);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_deleted_offer_class_init (BbDeletedOfferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_deleted_offer_finalize;
  object_class->get_property = bb_deleted_offer_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROVIDER] =
    g_param_spec_string ("provider", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DELETED_AT] =
    g_param_spec_string ("deleted-at", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAYS] =
    g_param_spec_uint ("days", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_deleted_offer_init (BbDeletedOffer *self)
{
}

gint64
bb_deleted_offer_get_id (BbDeletedOffer *self)
{
  g_return_val_if_fail (BB_IS_DELETED_OFFER (self), 0);

  return self->id;
}

const char *
bb_deleted_offer_get_title (BbDeletedOffer *self)
{
  g_return_val_if_fail (BB_IS_DELETED_OFFER (self), NULL);

  return self->title;
}

const char *
bb_deleted_offer_get_provider (BbDeletedOffer *self)
{
  g_return_val_if_fail (BB_IS_DELETED_OFFER (self), NULL);

  return self->provider;
}

const char *
bb_deleted_offer_get_deleted_at (BbDeletedOffer *self)
{
  g_return_val_if_fail (BB_IS_DELETED_OFFER (self), NULL);

  return self->deleted_at;
}

guint
bb_deleted_offer_get_days (BbDeletedOffer *self)
{
  g_return_val_if_fail (BB_IS_DELETED_OFFER (self), 0);

  return self->days;
}

/* ---- deleting and restoring ------------------------------------------ */

static gboolean
set_offer_deleted (BbOfferRepository *self,
                   gint64             id,
                   gboolean           deleted,
                   GError           **error)
{
  g_autofree char *now = bb_clock_dup_utc_timestamp (bb_database_get_clock (self->database));
  g_autoptr(BbStatement) stmt = NULL;

  if (!bb_database_begin (self->database, error))
    return FALSE;

  if (deleted)
    stmt = bb_database_prepare (self->database,
                                "UPDATE offers SET deleted = 1, deleted_at = ?2"
                                " WHERE id = ?1 AND deleted = 0",
                                error);
  else
    stmt = bb_database_prepare (self->database,
                                "UPDATE offers SET deleted = 0, deleted_at = NULL"
                                " WHERE id = ?1 AND deleted = 1",
                                error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, id);
  if (deleted)
    bb_sql_bind_text (stmt, 2, now);
  if (!bb_database_step_done (self->database, stmt, error))
    goto failed;

  if (sqlite3_changes (bb_database_get_handle (self->database)) == 0)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND,
                           deleted
                           ? _("The offer no longer exists. It may have been deleted in another window.")
                           : _("The offer is no longer among the recently deleted. It may have been restored in another window, or deleted for good."));
      goto failed;
    }

  if (!_bb_offer_repository_add_history (self, id, now, deleted ? "deleted" : "restored",
                                         NULL, NULL, error))
    goto failed;

  bb_database_notify (self->database, BB_DOMAIN_OFFERS);

  return bb_database_commit (self->database, error);

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

gboolean
bb_offer_repository_delete (BbOfferRepository  *self,
                            gint64              id,
                            GError            **error)
{
  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), FALSE);

  return set_offer_deleted (self, id, TRUE, error);
}

gboolean
bb_offer_repository_restore (BbOfferRepository  *self,
                             gint64              id,
                             GError            **error)
{
  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), FALSE);

  return set_offer_deleted (self, id, FALSE, error);
}

/* ---- the list -------------------------------------------------------- */

/* Whole days from the local date of @deleted_at to @today. */
static guint
days_since (const char  *deleted_at,
            const GDate *today)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (deleted_at, NULL);
  g_autoptr(GDateTime) local = NULL;
  GDate date;

  if (utc == NULL)
    return 0;

  local = g_date_time_to_local (utc);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date,
                  (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));

  return (guint) MAX (0, g_date_days_between (&date, today));
}

GListModel *
bb_offer_repository_list_deleted (BbOfferRepository  *self,
                                  GError            **error)
{
  g_autoptr(GListStore) deleted = g_list_store_new (BB_TYPE_DELETED_OFFER);
  g_autoptr(BbStatement) stmt = NULL;
  GDate today;
  int rc;

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), NULL);

  stmt = bb_database_prepare (self->database,
                              "SELECT o.id, o.title, p.name, o.deleted_at"
                              "  FROM offers o JOIN providers p ON p.id = o.provider_id"
                              " WHERE o.deleted = 1"
                              " ORDER BY o.deleted_at DESC, o.id DESC",
                              error);
  if (stmt == NULL)
    return NULL;

  g_date_clear (&today, 1);
  bb_clock_get_today (bb_database_get_clock (self->database), &today);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(BbDeletedOffer) item = g_object_new (BB_TYPE_DELETED_OFFER, NULL);

      item->id = sqlite3_column_int64 (stmt, 0);
      item->title = g_strdup (bb_sql_column_text (stmt, 1));
      item->provider = g_strdup (bb_sql_column_text (stmt, 2));
      item->deleted_at = g_strdup (bb_sql_column_text (stmt, 3));
      item->days = days_since (item->deleted_at, &today);
      g_list_store_append (deleted, item);
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&deleted));
}

/* ---- purging --------------------------------------------------------- */

/* Deletes for good the offers deleted before @before (a UTC timestamp), or all of them
 * for NULL, and wipes what they leave behind: secure_delete zeroes their rows, the
 * search index is merged so their words leave it, and the write-ahead log is emptied. */
static gboolean
purge (BbOfferRepository  *self,
       const char         *before,
       GError            **error)
{
  g_autoptr(BbStatement) stmt = NULL;
  int n_purged;

  if (!bb_database_begin (self->database, error))
    return FALSE;

  stmt = bb_database_prepare (self->database,
                              "DELETE FROM offers"
                              " WHERE deleted = 1 AND (?1 IS NULL OR deleted_at < ?1)",
                              error);
  if (stmt == NULL)
    goto failed;

  bb_sql_bind_text (stmt, 1, before);
  if (!bb_database_step_done (self->database, stmt, error))
    goto failed;

  n_purged = sqlite3_changes (bb_database_get_handle (self->database));
  if (n_purged > 0)
    bb_database_notify (self->database, BB_DOMAIN_OFFERS);

  /* The pre-commit hook takes them out of the search index. */
  if (!bb_database_commit (self->database, error))
    return FALSE;

  if (n_purged == 0)
    return TRUE;

  /* FTS5 (before SQLite 3.44) keeps a deleted row's words in its segments until they
   * are merged. */
  if (!bb_database_begin (self->database, error))
    return FALSE;
  if (!bb_database_exec (self->database, "INSERT INTO offer_fts (offer_fts) VALUES ('optimize')", error))
    goto failed;
  if (!bb_database_commit (self->database, error))
    return FALSE;

  /* Old copies of the pages stay in the log until it is written over. Another
   * connection reading keeps part of it; the next purge gets that. */
  bb_database_exec (self->database, "PRAGMA wal_checkpoint (TRUNCATE)", NULL);
  return TRUE;

failed:
  bb_database_rollback (self->database);
  return FALSE;
}

gboolean
bb_offer_repository_purge_deleted (BbOfferRepository  *self,
                                   GError            **error)
{
  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), FALSE);

  return purge (self, NULL, error);
}

gboolean
bb_offer_repository_purge_trash (BbOfferRepository  *self,
                                 guint               days,
                                 GError            **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) cutoff = NULL;
  g_autoptr(GDateTime) cutoff_utc = NULL;
  g_autofree char *before = NULL;

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), FALSE);

  now = bb_clock_dup_now (bb_database_get_clock (self->database));
  cutoff = g_date_time_add_days (now, -(int) MIN (days, 100000));
  cutoff_utc = g_date_time_to_utc (cutoff);
  before = g_date_time_format (cutoff_utc, "%Y-%m-%dT%H:%M:%SZ");

  return purge (self, before, error);
}

static gboolean
run_purge_job (BbDatabase    *connection,
               gpointer       job_data,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(BbOfferRepository) offers = bb_offer_repository_new (connection, error);

  return offers != NULL &&
         bb_offer_repository_purge_trash (offers, GPOINTER_TO_UINT (job_data), error);
}

static void
on_purge_job_done (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!bb_database_run_job_finish (BB_DATABASE (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
bb_offer_repository_purge_trash_async (BbOfferRepository   *self,
                                       guint                days,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (BB_IS_OFFER_REPOSITORY (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bb_offer_repository_purge_trash_async);
  bb_database_run_job_async (self->database, run_purge_job, GUINT_TO_POINTER (days), NULL,
                             cancellable, on_purge_job_done, task);
}

gboolean
bb_offer_repository_purge_trash_finish (BbOfferRepository  *self,
                                        GAsyncResult       *result,
                                        GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
