/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-database.h"

G_BEGIN_DECLS

#define BB_TYPE_ID_LIST (bb_id_list_get_type ())
G_DECLARE_DERIVABLE_TYPE (BbIdList, bb_id_list, BB, ID_LIST, GObject)

/* Counts a list's query on @connection, in a worker thread; -1 with @error set. */
typedef gint64 (*BbIdListCountFunc) (BbDatabase  *connection,
                                     gpointer     data,
                                     GError     **error);

/* A GListModel over the rows a query selects, for lists of 100,000 rows: it counts them
 * and fetches their ids a page at a time as rows are asked for, and keeps only a few pages
 * of ids and a few hundred loaded records, so neither memory nor a refresh grows with the
 * table. A subclass holds the query and answers the four questions below with its
 * repository's SQL; it calls bb_id_list_refresh () after changing its query, and
 * bb_id_list_watch () makes every write to a domain refresh it.
 *
 * Items are of the construct-only "item-type" (a GObject type). */
struct _BbIdListClass
{
  GObjectClass parent_class;

  /* How many rows the query selects; -1 with @error set on failure. */
  gint64    (*count)     (BbIdList  *self,
                          GError   **error);
  /* The ids of up to @limit rows from @offset on, in the list's order (gint64s); NULL with
   * @error set on failure. */
  GArray   *(*fetch_ids) (BbIdList  *self,
                          guint      offset,
                          guint      limit,
                          GError   **error);
  /* Optional. Sets *@position to where @id is in the list's order, or G_MAXUINT when the
   * query does not select it; FALSE with @error set on failure. Without it, find pages
   * through the ids. */
  gboolean  (*locate)    (BbIdList  *self,
                          gint64     id,
                          guint     *position,
                          GError   **error);
  /* A new reference to the record of @id, an instance of "item-type"; never NULL (a row
   * deleted since the last refresh gets a stand-in: its refresh is on the way). */
  gpointer  (*load)      (BbIdList  *self,
                          gint64     id);
  /* Optional, for a count that costs more than a frame (a search over 100,000 rows):
   * returns a function that counts the query as it is now on @connection, a connection
   * of its own in a worker thread, with *@data (a copy of the query, freed with
   * *@data_free); or NULL to count at once. With it a refresh shows the first screenful
   * of ids before the count, and the list grows to its length when the count arrives
   * (a newer refresh drops an older count). */
  BbIdListCountFunc (*count_later) (BbIdList        *self,
                                    gpointer        *data,
                                    GDestroyNotify  *data_free);

  gpointer padding[7];
};

/* Asks again: counts, forgets the pages and records it holds and emits items-changed over
 * the whole list. A failing query leaves the list empty, with a warning. */
void    bb_id_list_refresh (BbIdList    *self);
/* Refreshes on every "changed::@domain" of @database until @self is disposed. */
void    bb_id_list_watch   (BbIdList    *self,
                            BbDatabase  *database,
                            const char  *domain);
/* The position of @id, loading the page it is on if needed; G_MAXUINT when the list does
 * not hold it. */
guint   bb_id_list_find    (BbIdList    *self,
                            gint64       id);
/* The id at @position without loading its record; 0 past the end. */
gint64  bb_id_list_get_id  (BbIdList    *self,
                            guint        position);
/* Whether a count (count_later) is on its way: the list holds its first rows only. */
gboolean bb_id_list_is_counting (BbIdList *self);
/* For count_later: one block (free with g_free) holding a copy of the @size bytes of a
 * list's @query and of the text its `const char *` at @search_offset points to, which
 * the copy's points to in turn. */
gpointer bb_id_list_copy_query  (gconstpointer  query,
                                 gsize          size,
                                 gsize          search_offset);

/* For the repositories that answer a list's questions, reading a statement they
 * prepared and bound: the first column of every row (fetch_ids); the one row's count
 * (count: -1 on failure); the one row's position, or G_MAXUINT without a row (locate).
 * Each sets @error from @database on failure. */
GArray   *bb_id_list_read_ids      (BbDatabase    *database,
                                    sqlite3_stmt  *stmt,
                                    GError       **error);
gint64    bb_id_list_read_count    (BbDatabase    *database,
                                    sqlite3_stmt  *stmt,
                                    GError       **error);
gboolean  bb_id_list_read_position (BbDatabase    *database,
                                    sqlite3_stmt  *stmt,
                                    guint         *position,
                                    GError       **error);

G_END_DECLS
