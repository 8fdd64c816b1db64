/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Finding offers: search, filters and sort orders, and the coverage matrix. */

#include "config.h"

#include "bb-catalogue-private.h"
#include "bb-id-list.h"
#include "bb-offer-repository-private.h"
#include "bb-text.h"

/* ---- querying offers ------------------------------------------------- */

/* The filters, shared by both queries; ?1 is the search, which only MATCHING uses. */
#define OFFER_FILTERS \
  "   AND (?2 = 0 OR EXISTS (SELECT 1 FROM offer_target_groups x" \
  "                           WHERE x.offer_id = o.id AND x.target_group_id = ?2))" \
  "   AND (?3 = 0 OR EXISTS (SELECT 1 FROM offer_steps x WHERE x.offer_id = o.id AND x.step_id = ?3))" \
  "   AND (?4 IS NULL OR p.sector = ?4)" \
  "   AND (?5 IS NULL OR o.access = ?5)" \
  "   AND (?6 IS NULL OR o.status = ?6)" \
  "   AND (?7 IS NULL OR o.reviewed IS NULL OR o.reviewed <= ?7)" \
  "   AND (?8 = 0 OR o.provider_id = ?8)"

/* FROM and WHERE of every query: all offers, or those matching ?1 with their bm25 in
 * m.score. bm25 with a weight per column of offer_fts (title, body, provider,
 * target_groups, steps, keywords, contacts): a word in the title counts most, then the
 * words an adviser files an offer under, then the provider; the description's many
 * words least. bm25 is lower for a better match. Worked out in the CTE, where FTS5 can
 * rank. */
#define OFFER_FROM_ALL \
  " FROM offers o JOIN providers p ON p.id = o.provider_id" \
  " WHERE o.deleted = 0" OFFER_FILTERS

#define OFFER_WITH_MATCHING \
  "WITH m (id, score) AS (" \
  "  SELECT rowid, bm25 (offer_fts, 10.0, 1.0, 2.5, 4.0, 2.0, 4.0, 1.5)" \
  "    FROM offer_fts WHERE offer_fts MATCH ?1) "

/* The same matches unranked, for what needs no score (a count, another order): bm25
 * reads every match's column sizes and positions, most of a search's cost. */
#define OFFER_WITH_MATCHING_UNRANKED \
  "WITH m (id) AS (SELECT rowid FROM offer_fts WHERE offer_fts MATCH ?1) "

#define OFFER_FROM_MATCHING \
  " FROM m JOIN offers o ON o.id = m.id JOIN providers p ON p.id = o.provider_id" \
  " WHERE o.deleted = 0" OFFER_FILTERS

#define ORDER_BY_STEP \
  "ORDER BY (SELECT min (s.level) FROM offer_steps x JOIN steps s ON s.id = x.step_id" \
  "           WHERE x.offer_id = o.id) NULLS LAST, o.sort_key, o.id"

/* Without a search there is nothing to rank: relevance is the title's order. */
static const char * const orders[] = {
  [BB_OFFER_SORT_TITLE] = "ORDER BY o.sort_key, o.id",
  [BB_OFFER_SORT_PROVIDER] = "ORDER BY p.sort_key, o.sort_key, o.id",
  [BB_OFFER_SORT_STEP] = ORDER_BY_STEP,
  [BB_OFFER_SORT_REVIEWED] = "ORDER BY o.reviewed NULLS FIRST, o.sort_key, o.id",
  [BB_OFFER_SORT_RELEVANCE] = "ORDER BY o.sort_key, o.id",
};

/* What a list asks: a page of ids (?9 rows from ?10 on), how many there are, or where
 * one of them (?11) is, numbered by a window over the same order. */
typedef enum
{
  SHAPE_PAGE,
  SHAPE_COUNT,
  SHAPE_POSITION,
} Shape;

/* The statement text, interned so the statement cache keeps one per shape. */
static const char *
offer_sql (const BbOfferQuery *query,
           gboolean            matching,
           Shape               shape)
{
  const char *order = matching && query->sort == BB_OFFER_SORT_RELEVANCE
                      ? "ORDER BY m.score, o.sort_key, o.id" : orders[query->sort];
  const char *from = matching ? OFFER_FROM_MATCHING : OFFER_FROM_ALL;
  gboolean ranked = matching && shape != SHAPE_COUNT && query->sort == BB_OFFER_SORT_RELEVANCE;
  GString *sql = g_string_new (ranked ? OFFER_WITH_MATCHING : matching ? OFFER_WITH_MATCHING_UNRANKED : "");
  const char *interned;

  switch (shape)
    {
    case SHAPE_PAGE:
      g_string_append_printf (sql, "SELECT o.id%s %s LIMIT ?9 OFFSET ?10", from, order);
      break;
    case SHAPE_COUNT:
      g_string_append_printf (sql, "SELECT count (*)%s", from);
      break;
    case SHAPE_POSITION:
      g_string_append_printf (sql, "SELECT n FROM (SELECT o.id AS id, row_number () OVER (%s) - 1 AS n%s)"
                              " WHERE id = ?11", order, from);
      break;
    }

  interned = g_intern_string (sql->str);
  g_string_free (sql, TRUE);
  return interned;
}

/* The latest review date that is stale on @today: the day whose review falls due
 * (bb_offer_is_stale ()) on @today or before. A year back from 28 February 2025 is
 * the 28th, yet a review on 29 February 2024 is due then too. */
static void
get_stale_cutoff (const GDate *today,
                  GDate       *cutoff)
{
  *cutoff = *today;
  g_date_subtract_months (cutoff, BB_OFFER_STALE_MONTHS);

  for (;;)
    {
      GDate next = *cutoff;
      GDate due;

      g_date_add_days (&next, 1);
      due = next;
      g_date_add_months (&due, BB_OFFER_STALE_MONTHS);
      if (g_date_compare (&due, today) > 0)
        break;
      *cutoff = next;
    }
}

/* The statement for @query in @shape on @database with the query bound, or NULL. */
static BbCachedStatement *
prepare_on (BbDatabase          *database,
            const BbOfferQuery  *query,
            Shape                shape,
            GError             **error)
{
  g_autofree char *match = NULL;
  BbCachedStatement *stmt;

  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (query->sort <= BB_OFFER_SORT_RELEVANCE, NULL);

  if (query->search != NULL)
    match = bb_text_fts_query (query->search);

  stmt = bb_database_prepare_cached (database, offer_sql (query, match != NULL, shape), error);
  if (stmt == NULL)
    return NULL;

  bb_sql_bind_text (stmt, 1, match);
  sqlite3_bind_int64 (stmt, 2, query->target_group_id);
  sqlite3_bind_int64 (stmt, 3, query->step_id);
  bb_sql_bind_text (stmt, 4, query->sector >= 0 ? bb_sector_to_key (query->sector) : NULL);
  bb_sql_bind_text (stmt, 5, query->access >= 0 ? bb_access_to_key (query->access) : NULL);
  bb_sql_bind_text (stmt, 6, query->status >= 0 ? bb_offer_status_to_key (query->status) : NULL);
  sqlite3_bind_int64 (stmt, 8, query->provider_id);

  if (query->stale_only)
    {
      char iso[16];
      GDate today;
      GDate cutoff;

      g_date_clear (&today, 1);
      bb_clock_get_today (bb_database_get_clock (database), &today);
      get_stale_cutoff (&today, &cutoff);
      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &cutoff);
      bb_sql_bind_text (stmt, 7, iso);
    }

  return stmt;
}

static BbCachedStatement *
prepare_query (BbOfferRepository   *self,
               const BbOfferQuery  *query,
               Shape                shape,
               GError             **error)
{
  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), NULL);

  return prepare_on (self->database, query, shape, error);
}

gint64
_bb_offer_repository_count_on (BbDatabase          *connection,
                               const BbOfferQuery  *query,
                               GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = prepare_on (connection, query, SHAPE_COUNT, error);

  return stmt != NULL ? bb_id_list_read_count (connection, stmt, error) : -1;
}

GArray *
bb_offer_repository_query_page (BbOfferRepository   *self,
                                const BbOfferQuery  *query,
                                guint                offset,
                                guint                limit,
                                GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = prepare_query (self, query, SHAPE_PAGE, error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 9, limit == G_MAXUINT ? -1 : (gint64) limit);
  sqlite3_bind_int64 (stmt, 10, offset);
  return bb_id_list_read_ids (self->database, stmt, error);
}

GArray *
bb_offer_repository_query_ids (BbOfferRepository   *self,
                               const BbOfferQuery  *query,
                               GError             **error)
{
  return bb_offer_repository_query_page (self, query, 0, G_MAXUINT, error);
}

gint64
bb_offer_repository_query_count (BbOfferRepository   *self,
                                 const BbOfferQuery  *query,
                                 GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = prepare_query (self, query, SHAPE_COUNT, error);

  return stmt != NULL ? bb_id_list_read_count (self->database, stmt, error) : -1;
}

gboolean
bb_offer_repository_query_position (BbOfferRepository   *self,
                                    const BbOfferQuery  *query,
                                    gint64               id,
                                    guint               *position,
                                    GError             **error)
{
  g_autoptr(BbCachedStatement) stmt = NULL;

  g_return_val_if_fail (position != NULL, FALSE);

  *position = G_MAXUINT;
  stmt = prepare_query (self, query, SHAPE_POSITION, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 11, id);
  return bb_id_list_read_position (self->database, stmt, position, error);
}

guint
bb_offer_repository_count (BbOfferRepository *self,
                       GError  **error)
{
  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), 0);

  return MAX (0, bb_database_query_int64 (self->database, "SELECT count(*) FROM offers WHERE deleted = 0", error));
}

gboolean
bb_offer_repository_foreach (BbOfferRepository *self,
                        BbOfferFunc   func,
                        gpointer      user_data,
                        GError      **error)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), FALSE);

  /* Ids first, so @func may use the store while we go. */
  ids = bb_offer_repository_query_ids (self, &query, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BbOffer) offer = bb_offer_repository_get (self, g_array_index (ids, gint64, i), error);

      if (offer == NULL || !func (offer, user_data, error))
        return FALSE;
    }

  return TRUE;
}

/* ---- coverage -------------------------------------------------------- */

static GHashTable *
index_by_id (GListModel *model,
             gint64    (*get_id) (gpointer item))
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_hash_table_insert (index, g_memdup2 (&(gint64) { get_id (item) }, sizeof (gint64)),
                           GUINT_TO_POINTER (i + 1));
    }

  return index;
}

BbCoverage *
bb_offer_repository_count_coverage (BbOfferRepository *self,
                         GError  **error)
{
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GListModel) steps = NULL;
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GHashTable) columns = NULL;
  g_autoptr(BbCoverage) coverage = NULL;
  g_autoptr(BbStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (BB_IS_OFFER_REPOSITORY (self), NULL);

  groups = _bb_list_target_groups (self->database, error);
  steps = groups != NULL ? _bb_list_steps (self->database, error) : NULL;
  if (steps == NULL)
    return NULL;

  stmt = bb_database_prepare (self->database,
                  "SELECT ot.target_group_id, os.step_id, count(*)"
                  "  FROM offers o"
                  "  JOIN offer_target_groups ot ON ot.offer_id = o.id"
                  "  JOIN offer_steps os ON os.offer_id = o.id"
                  " WHERE o.deleted = 0 AND o.status = 'active'"
                  " GROUP BY ot.target_group_id, os.step_id",
                  error);
  if (stmt == NULL)
    return NULL;

  coverage = bb_coverage_new (groups, steps);
  rows = index_by_id (groups, (gint64 (*) (gpointer)) bb_target_group_get_id);
  columns = index_by_id (steps, (gint64 (*) (gpointer)) bb_step_get_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 group_id = sqlite3_column_int64 (stmt, 0);
      gint64 step_id = sqlite3_column_int64 (stmt, 1);
      guint row = GPOINTER_TO_UINT (g_hash_table_lookup (rows, &group_id));
      guint column = GPOINTER_TO_UINT (g_hash_table_lookup (columns, &step_id));

      bb_coverage_set_count (coverage, row - 1, column - 1, sqlite3_column_int (stmt, 2));
    }

  if (rc != SQLITE_DONE)
    {
      bb_database_set_error (self->database, error);
      return NULL;
    }

  return g_steal_pointer (&coverage);
}

