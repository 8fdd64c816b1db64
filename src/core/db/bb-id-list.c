/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-id-list.h"

#include <string.h>

/* A screenful is a few dozen rows; a page of ids is one cheap query, and a few of them
 * cover scrolling back and forth. The records are the costly part: a few hundred. */
#define PAGE_SIZE    256
#define PAGE_LIMIT   16
#define RECORD_LIMIT 512
/* What a refresh that counts later reads first: a screenful and some. */
#define FIRST_SIZE   64

typedef struct
{
  GType       item_type;
  guint       n_items;
  /* Page number → GArray of its ids. */
  GHashTable *pages;
  /* Id → the record loaded for it. */
  GHashTable *records;
  BbDatabase *database;
  gulong      changed_handler;
  /* Page 0 holds the first FIRST_SIZE ids only (a refresh that counts later). */
  gboolean    short_first;
  /* The count on its way, and the refresh it belongs to. */
  GCancellable *counting;
  guint       generation;
} BbIdListPrivate;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_TYPE_WITH_CODE (BbIdList, bb_id_list, G_TYPE_OBJECT,
                         G_ADD_PRIVATE (BbIdList)
                         G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum
{
  PROP_0,
  PROP_ITEM_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GArray *
get_page (BbIdList *self,
          guint     page)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  GArray *ids = g_hash_table_lookup (priv->pages, GUINT_TO_POINTER (page));

  if (ids != NULL)
    return ids;

  ids = BB_ID_LIST_GET_CLASS (self)->fetch_ids (self, page * PAGE_SIZE, PAGE_SIZE, &error);
  if (ids == NULL)
    {
      g_warning ("Cannot list rows: %s", error->message);
      return NULL;
    }

  if (g_hash_table_size (priv->pages) >= PAGE_LIMIT)
    g_hash_table_remove_all (priv->pages);
  g_hash_table_insert (priv->pages, GUINT_TO_POINTER (page), ids);

  return ids;
}

static GType
bb_id_list_get_item_type (GListModel *model)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (BB_ID_LIST (model));

  return priv->item_type;
}

static guint
bb_id_list_get_n_items (GListModel *model)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (BB_ID_LIST (model));

  return priv->n_items;
}

static gpointer
bb_id_list_get_item (GListModel *model,
                     guint       position)
{
  BbIdList *self = BB_ID_LIST (model);
  BbIdListPrivate *priv = bb_id_list_get_instance_private (self);
  gpointer record;
  gint64 id;

  if (position >= priv->n_items)
    return NULL;

  /* 0 when rows vanished since the count without a notification (another program
   * wrote the file): the stand-in keeps the row count the view was told. */
  id = bb_id_list_get_id (self, position);
  record = g_hash_table_lookup (priv->records, &id);
  if (record != NULL)
    return g_object_ref (record);

  record = BB_ID_LIST_GET_CLASS (self)->load (self, id);
  if (g_hash_table_size (priv->records) >= RECORD_LIMIT)
    g_hash_table_remove_all (priv->records);
  g_hash_table_insert (priv->records, g_memdup2 (&id, sizeof id), g_object_ref (record));

  return record;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = bb_id_list_get_item_type;
  iface->get_n_items = bb_id_list_get_n_items;
  iface->get_item = bb_id_list_get_item;
}

static void
bb_id_list_dispose (GObject *object)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (BB_ID_LIST (object));

  if (priv->database != NULL)
    g_clear_signal_handler (&priv->changed_handler, priv->database);
  g_clear_object (&priv->database);
  g_cancellable_cancel (priv->counting);
  g_clear_object (&priv->counting);

  G_OBJECT_CLASS (bb_id_list_parent_class)->dispose (object);
}

static void
bb_id_list_finalize (GObject *object)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (BB_ID_LIST (object));

  g_clear_pointer (&priv->pages, g_hash_table_unref);
  g_clear_pointer (&priv->records, g_hash_table_unref);

  G_OBJECT_CLASS (bb_id_list_parent_class)->finalize (object);
}

static void
bb_id_list_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (BB_ID_LIST (object));

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, priv->item_type);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_id_list_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (BB_ID_LIST (object));

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      priv->item_type = g_value_get_gtype (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_id_list_class_init (BbIdListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bb_id_list_dispose;
  object_class->finalize = bb_id_list_finalize;
  object_class->get_property = bb_id_list_get_property;
  object_class->set_property = bb_id_list_set_property;

  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bb_id_list_init (BbIdList *self)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (self);

  priv->item_type = G_TYPE_OBJECT;
  priv->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  priv->records = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

/* A count on its way to the list of @generation. */
typedef struct
{
  BbIdListCountFunc  func;
  gpointer           data;
  GDestroyNotify     data_free;
  GWeakRef           list;
  guint              generation;
  GCancellable      *cancellable;
  gint64             count;
} CountJob;

static void
count_job_free (CountJob *job)
{
  if (job->data_free != NULL)
    job->data_free (job->data);
  g_weak_ref_clear (&job->list);
  g_clear_object (&job->cancellable);
  g_free (job);
}

static int
on_count_progress (void *user_data)
{
  /* A newer keystroke's count is wanted instead: stop reading. */
  return g_cancellable_is_cancelled (user_data);
}

static gboolean
run_count_job (BbDatabase    *connection,
               gpointer       job_data,
               GCancellable  *cancellable,
               GError       **error)
{
  CountJob *job = job_data;

  sqlite3_progress_handler (bb_database_get_handle (connection), 1000, on_count_progress, cancellable);
  job->count = job->func (connection, job->data, error);
  sqlite3_progress_handler (bb_database_get_handle (connection), 0, NULL, NULL);
  return job->count >= 0;
}

/* Sets the length to @count, telling the view what changed past the rows it has. */
static void
set_length (BbIdList *self,
            gint64    count)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (self);
  guint before = priv->n_items;
  guint after = (guint) CLAMP (count, 0, G_MAXUINT - 1);

  if (after > before)
    {
      /* Only the rows past the first screenful are new: the rows shown, the focus and
       * the selection stay. */
      priv->n_items = after;
      g_list_model_items_changed (G_LIST_MODEL (self), before, 0, after - before);
      return;
    }

  /* Also when none changed: a count label waits for the count (bb_id_list_is_counting). */
  priv->n_items = after;
  g_list_model_items_changed (G_LIST_MODEL (self), after, before - after, 0);
}

static void
on_counted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  CountJob *job = user_data;
  g_autoptr(BbIdList) self = g_weak_ref_get (&job->list);
  g_autoptr(GError) error = NULL;
  BbIdListPrivate *priv;
  gint64 count = -1;

  if (bb_database_run_job_finish (BB_DATABASE (source), result, &error))
    count = job->count;

  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    goto out;
  priv = bb_id_list_get_instance_private (self);
  if (job->generation != priv->generation)
    goto out;

  g_clear_object (&priv->counting);
  /* No second connection (a database open for reading only, or in memory): here. */
  if (count < 0)
    {
      g_clear_error (&error);
      count = BB_ID_LIST_GET_CLASS (self)->count (self, &error);
    }
  if (count < 0)
    g_warning ("Cannot count rows: %s", error->message);
  else
    set_length (self, count);

out:
  count_job_free (job);
}

/* Reads the first ids, and counts later if they fill FIRST_SIZE; FALSE when the list
 * counts at once. */
static gboolean
refresh_first (BbIdList *self)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  gpointer data = NULL;
  GDestroyNotify data_free = NULL;
  BbIdListCountFunc func = NULL;
  CountJob *job;
  GArray *ids;
  guint removed = priv->n_items;

  if (BB_ID_LIST_GET_CLASS (self)->count_later != NULL && priv->database != NULL)
    func = BB_ID_LIST_GET_CLASS (self)->count_later (self, &data, &data_free);
  if (func == NULL)
    return FALSE;

  g_hash_table_remove_all (priv->pages);
  g_hash_table_remove_all (priv->records);
  priv->n_items = 0;
  ids = BB_ID_LIST_GET_CLASS (self)->fetch_ids (self, 0, FIRST_SIZE, &error);
  if (ids == NULL)
    g_warning ("Cannot list rows: %s", error->message);
  else
    {
      priv->n_items = ids->len;
      priv->short_first = TRUE;
      g_hash_table_insert (priv->pages, GUINT_TO_POINTER (0), ids);
    }

  /* Fewer than asked for: that is the whole list. */
  if (ids == NULL || ids->len < FIRST_SIZE)
    {
      if (data_free != NULL)
        data_free (data);
    }
  else
    {
      job = g_new0 (CountJob, 1);
      job->func = func;
      job->data = data;
      job->data_free = data_free;
      g_weak_ref_init (&job->list, self);
      job->generation = priv->generation;
      priv->counting = g_cancellable_new ();
      job->cancellable = g_object_ref (priv->counting);
      /* The job's data is the CountJob, freed by on_counted, which always runs. */
      bb_database_run_job_async (priv->database, run_count_job, job, NULL, priv->counting, on_counted, job);
    }

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, priv->n_items);
  return TRUE;
}

void
bb_id_list_refresh (BbIdList *self)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  guint removed;
  gint64 count;

  g_return_if_fail (BB_IS_ID_LIST (self));

  /* An older count is of another query. */
  priv->generation++;
  g_cancellable_cancel (priv->counting);
  g_clear_object (&priv->counting);
  priv->short_first = FALSE;
  if (refresh_first (self))
    return;

  count = BB_ID_LIST_GET_CLASS (self)->count (self, &error);
  if (count < 0)
    {
      g_warning ("Cannot count rows: %s", error->message);
      count = 0;
    }

  removed = priv->n_items;
  priv->n_items = (guint) MIN (count, G_MAXUINT - 1);
  g_hash_table_remove_all (priv->pages);
  g_hash_table_remove_all (priv->records);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, priv->n_items);
}

void
bb_id_list_watch (BbIdList   *self,
                  BbDatabase *database,
                  const char *domain)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (self);
  g_autofree char *signal = NULL;

  g_return_if_fail (BB_IS_ID_LIST (self));
  g_return_if_fail (BB_IS_DATABASE (database));
  g_return_if_fail (priv->database == NULL);

  signal = g_strconcat ("changed::", domain, NULL);
  priv->database = g_object_ref (database);
  priv->changed_handler = g_signal_connect_swapped (database, signal, G_CALLBACK (bb_id_list_refresh), self);
}

guint
bb_id_list_find (BbIdList *self,
                 gint64    id)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = NULL;
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  guint position;

  g_return_val_if_fail (BB_IS_ID_LIST (self), G_MAXUINT);

  /* Usually the row just looked at, on a page at hand. */
  g_hash_table_iter_init (&iter, priv->pages);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *ids = value;

      for (guint i = 0; i < ids->len; i++)
        if (g_array_index (ids, gint64, i) == id)
          return GPOINTER_TO_UINT (key) * PAGE_SIZE + i;
    }

  if (BB_ID_LIST_GET_CLASS (self)->locate != NULL)
    {
      if (!BB_ID_LIST_GET_CLASS (self)->locate (self, id, &position, &error))
        {
          g_warning ("Cannot find row: %s", error->message);
          return G_MAXUINT;
        }
      return position < priv->n_items ? position : G_MAXUINT;
    }

  all = BB_ID_LIST_GET_CLASS (self)->fetch_ids (self, 0, G_MAXUINT, &error);
  if (all == NULL)
    {
      g_warning ("Cannot list rows: %s", error->message);
      return G_MAXUINT;
    }

  for (guint i = 0; i < all->len && i < priv->n_items; i++)
    if (g_array_index (all, gint64, i) == id)
      return i;

  return G_MAXUINT;
}

gint64
bb_id_list_get_id (BbIdList *self,
                   guint     position)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (self);
  GArray *ids;

  g_return_val_if_fail (BB_IS_ID_LIST (self), 0);

  if (position >= priv->n_items)
    return 0;

  ids = get_page (self, position / PAGE_SIZE);
  if (ids != NULL && position >= ids->len && position < PAGE_SIZE && priv->short_first)
    {
      /* Past the first screenful: the whole first page. */
      priv->short_first = FALSE;
      g_hash_table_remove (priv->pages, GUINT_TO_POINTER (0));
      ids = get_page (self, 0);
    }
  if (ids == NULL || position % PAGE_SIZE >= ids->len)
    return 0;

  return g_array_index (ids, gint64, position % PAGE_SIZE);
}

gboolean
bb_id_list_is_counting (BbIdList *self)
{
  BbIdListPrivate *priv = bb_id_list_get_instance_private (self);

  g_return_val_if_fail (BB_IS_ID_LIST (self), FALSE);

  return priv->counting != NULL;
}

gpointer
bb_id_list_copy_query (gconstpointer query,
                       gsize         size,
                       gsize         search_offset)
{
  const char *search = *(const char * const *) ((const char *) query + search_offset);
  gsize length = search != NULL ? strlen (search) + 1 : 0;
  char *copy = g_malloc (size + length);

  memcpy (copy, query, size);
  if (search != NULL)
    memcpy (copy + size, search, length);
  *(const char **) (copy + search_offset) = search != NULL ? copy + size : NULL;
  return copy;
}

GArray *
bb_id_list_read_ids (BbDatabase    *database,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (database, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

gint64
bb_id_list_read_count (BbDatabase    *database,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      bb_database_set_error (database, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

gboolean
bb_id_list_read_position (BbDatabase    *database,
                          sqlite3_stmt  *stmt,
                          guint         *position,
                          GError       **error)
{
  int rc = sqlite3_step (stmt);

  *position = rc == SQLITE_ROW ? (guint) sqlite3_column_int64 (stmt, 0) : G_MAXUINT;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      bb_database_set_error (database, error);
      return FALSE;
    }

  return TRUE;
}
