/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The rows of a list model over a query: the ids the query selected and a bounded
 * cache of the records loaded for the rows on screen, so 100,000 rows cost an array
 * of ids. Shared by the offer and course lists, which each keep their own query. */
typedef struct
{
  GArray     *ids;
  GHashTable *cache;
} BbIdRows;

/* Loads the record of @id; never NULL (a record deleted meanwhile gets a stand-in). */
typedef gpointer (*BbIdRowsLoadFunc) (gpointer source,
                                      gint64   id);

void     bb_id_rows_init    (BbIdRows         *self);
void     bb_id_rows_clear   (BbIdRows         *self);
/* A new reference to the record at @position, or NULL past the end. */
gpointer bb_id_rows_get     (BbIdRows         *self,
                             guint             position,
                             BbIdRowsLoadFunc  load,
                             gpointer          source);
/* Takes @ids, forgets the cache; returns how many rows there were before. */
guint    bb_id_rows_replace (BbIdRows         *self,
                             GArray           *ids);
/* G_MAXUINT when @id is not among the rows. */
guint    bb_id_rows_find    (BbIdRows         *self,
                             gint64            id);

G_END_DECLS
