/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-id-rows.h"

/* Rows a list shows at once are a few dozen; this many cached records covers scrolling
 * back and forth without growing with the table. */
#define CACHE_LIMIT 512

void
bb_id_rows_init (BbIdRows *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

void
bb_id_rows_clear (BbIdRows *self)
{
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
}

gpointer
bb_id_rows_get (BbIdRows         *self,
                guint             position,
                BbIdRowsLoadFunc  load,
                gpointer          source)
{
  gpointer record;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  record = g_hash_table_lookup (self->cache, &id);
  if (record != NULL)
    return g_object_ref (record);

  record = load (source, id);
  if (g_hash_table_size (self->cache) >= CACHE_LIMIT)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (record));

  return record;
}

guint
bb_id_rows_replace (BbIdRows *self,
                    GArray   *ids)
{
  guint removed = self->ids->len;

  g_array_unref (self->ids);
  self->ids = ids;
  g_hash_table_remove_all (self->cache);
  return removed;
}

guint
bb_id_rows_find (BbIdRows *self,
                 gint64    id)
{
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;

  return G_MAXUINT;
}
