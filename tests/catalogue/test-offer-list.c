/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The offer list over more offers than a page of ids: its rows are the query's, in the
 * query's order, it finds an offer on a page it has not read, and it follows writes. */

#include "bb-context.h"
#include "bb-offer-list.h"
#include "bb-test-offers.h"
#include "bb-test-utils.h"

/* More than two pages of ids (BbIdList reads 256 at a time). */
#define N_OFFERS 600

typedef struct
{
  char      *folder;
  BbContext *context;
  GArray    *ids;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  BbOfferRepository *offers;
  BbDatabase *database;
  g_autoptr(GError) error = NULL;

  fixture->context = bb_test_context_new (&fixture->folder);
  offers = bb_context_get_offers (fixture->context);
  database = bb_context_get_database (fixture->context);
  fixture->ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_true (bb_database_begin (database, &error));
  for (guint i = 0; i < N_OFFERS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Tilbud %03u %s", i, i % 3 == 0 ? "samtale" : "gruppe");
      g_autoptr(BbOffer) offer = bb_test_new_offer (title, "Ungeenheden");

      g_assert_true (bb_offer_repository_save (offers, offer, &error));
      g_assert_no_error (error);
      g_array_append_val (fixture->ids, (gint64) { bb_offer_get_id (offer) });
    }
  g_assert_true (bb_database_commit (database, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->ids, g_array_unref);
  g_assert_finalize_object (fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

/* A search counts on the job's connection: the list has its length when that arrives. */
static void
set_query_counted (BbOfferList        *list,
                   const BbOfferQuery *query)
{
  bb_offer_list_set_query (list, query);
  while (bb_id_list_is_counting (BB_ID_LIST (list)))
    g_main_context_iteration (NULL, TRUE);
}

static void
assert_list_is_query (BbOfferList        *list,
                      BbOfferRepository  *offers,
                      const BbOfferQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = bb_offer_repository_query_ids (offers, query, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, ids->len);
  /* From the end backwards, so pages are read out of order. */
  for (guint i = ids->len; i-- > 0;)
    {
      g_autoptr(BbOffer) offer = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_cmpint (bb_offer_get_id (offer), ==, g_array_index (ids, gint64, i));
      g_assert_cmpint (bb_offer_list_get_id (list, i), ==, g_array_index (ids, gint64, i));
    }
}

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  BbOfferRepository *offers = bb_context_get_offers (fixture->context);
  g_autoptr(BbOfferList) list = bb_offer_list_new (offers);
  BbOfferQuery query = BB_OFFER_QUERY_INIT;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_OFFERS);
  g_assert_cmpint (bb_offer_list_get_id (list, N_OFFERS), ==, 0);
  assert_list_is_query (list, offers, &query);

  /* The first screenful at once, the rest when the count arrives. */
  query.search = "samtale";
  bb_offer_list_set_query (list, &query);
  g_assert_true (bb_id_list_is_counting (BB_ID_LIST (list)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 64);
  while (bb_id_list_is_counting (BB_ID_LIST (list)))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_OFFERS / 3);
  assert_list_is_query (list, offers, &query);

  query.sort = BB_OFFER_SORT_TITLE;
  set_query_counted (list, &query);
  assert_list_is_query (list, offers, &query);

  query.search = NULL;
  query.sort = BB_OFFER_SORT_REVIEWED;
  bb_offer_list_set_query (list, &query);
  assert_list_is_query (list, offers, &query);
}

/* What a search must find, worked out by reading every title: the offers each of whose
 * typed words begins one of the title's words (the fixture's offers have nothing else
 * to find them by but their provider, which no prefix below begins). */
static GArray *
scan_titles (Fixture    *fixture,
             const char *typed)
{
  g_auto(GStrv) wanted = g_strsplit (typed, " ", -1);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < N_OFFERS; i++)
    {
      g_autofree char *title = g_strdup_printf ("tilbud %03u %s", i, i % 3 == 0 ? "samtale" : "gruppe");
      g_auto(GStrv) words = g_strsplit (title, " ", -1);
      gboolean all = TRUE;

      for (guint w = 0; wanted[w] != NULL && all; w++)
        {
          gboolean found = FALSE;

          for (guint t = 0; words[t] != NULL && !found; t++)
            found = g_str_has_prefix (words[t], wanted[w]);
          all = found;
        }
      if (all)
        g_array_append_val (ids, g_array_index (fixture->ids, gint64, i));
    }

  return ids;
}

/* The search index with its prefix indexes (migrations/0018) finds exactly what
 * reading every title finds, letter by letter, in the title's order and by relevance. */
static void
test_search_is_scan (Fixture       *fixture,
                     gconstpointer  data)
{
  BbOfferRepository *offers = bb_context_get_offers (fixture->context);
  g_autoptr(BbOfferList) list = bb_offer_list_new (offers);
  const char *typed[] = { "s", "sa", "sam", "samt", "samta", "samtal", "samtale", "samtalen",
                          "g", "gr", "gru", "t", "tilbud 01", "tilbud 1 s", "0", "00", "zz" };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GArray) expected = scan_titles (fixture, typed[i]);
      g_autoptr(GHashTable) shown = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      BbOfferQuery query = BB_OFFER_QUERY_INIT;

      query.search = typed[i];
      query.sort = BB_OFFER_SORT_TITLE;
      set_query_counted (list, &query);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected->len);
      for (guint k = 0; k < expected->len; k++)
        g_assert_cmpint (bb_offer_list_get_id (list, k), ==, g_array_index (expected, gint64, k));

      /* By relevance: the same offers, in another order. */
      query.sort = BB_OFFER_SORT_RELEVANCE;
      set_query_counted (list, &query);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected->len);
      for (guint k = 0; k < expected->len; k++)
        g_hash_table_add (shown, g_memdup2 (&(gint64) { bb_offer_list_get_id (list, k) }, sizeof (gint64)));
      for (guint k = 0; k < expected->len; k++)
        g_assert_true (g_hash_table_contains (shown, &g_array_index (expected, gint64, k)));
    }
}

static void
test_find (Fixture       *fixture,
           gconstpointer  data)
{
  BbOfferRepository *offers = bb_context_get_offers (fixture->context);
  g_autoptr(BbOfferList) list = bb_offer_list_new (offers);
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  gint64 last = g_array_index (fixture->ids, gint64, N_OFFERS - 1);
  gint64 second = g_array_index (fixture->ids, gint64, 1);

  /* Titles sort as numbered: the last offer is last, on a page no row has asked for. */
  query.sort = BB_OFFER_SORT_TITLE;
  bb_offer_list_set_query (list, &query);
  g_assert_cmpuint (bb_offer_list_find (list, last), ==, N_OFFERS - 1);
  g_assert_cmpuint (bb_offer_list_find (list, second), ==, 1);

  /* Only offers 0, 3, 6 … match »samtale«, still by title. */
  query.search = "samtale";
  set_query_counted (list, &query);
  g_assert_cmpuint (bb_offer_list_find (list, second), ==, G_MAXUINT);
  g_assert_cmpuint (bb_offer_list_find (list, g_array_index (fixture->ids, gint64, N_OFFERS - 3)),
                    ==, N_OFFERS / 3 - 1);
  g_assert_cmpuint (bb_offer_list_find (list, -1), ==, G_MAXUINT);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *change)
{
  change[0]++;
  change[1] = position;
  change[2] = removed;
  change[3] = added;
}

static void
test_follows_writes (Fixture       *fixture,
                     gconstpointer  data)
{
  BbOfferRepository *offers = bb_context_get_offers (fixture->context);
  g_autoptr(BbOfferList) list = bb_offer_list_new (offers);
  g_autoptr(BbOffer) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_autoptr(BbOffer) added = bb_test_new_offer ("Aaa først i listen", "Ungeenheden");
  g_autoptr(BbOffer) shown = NULL;
  g_autoptr(GError) error = NULL;
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  guint change[4] = { 0 };

  query.sort = BB_OFFER_SORT_TITLE;
  bb_offer_list_set_query (list, &query);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), change);

  g_assert_true (bb_offer_repository_save (offers, added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (change[0], ==, 1);
  g_assert_cmpuint (change[1], ==, 0);
  g_assert_cmpuint (change[2], ==, N_OFFERS);
  g_assert_cmpuint (change[3], ==, N_OFFERS + 1);

  /* The page read before the write is not shown again: the new offer is first. */
  shown = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (bb_offer_get_id (shown), ==, bb_offer_get_id (added));
  g_assert_cmpuint (bb_offer_list_find (list, bb_offer_get_id (added)), ==, 0);

  g_assert_true (bb_offer_repository_delete (offers, bb_offer_get_id (added), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (change[0], ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_OFFERS);
  g_assert_cmpuint (bb_offer_list_find (list, bb_offer_get_id (added)), ==, G_MAXUINT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/offer-list/rows", Fixture, NULL, fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/offer-list/search-is-scan", Fixture, NULL, fixture_set_up, test_search_is_scan, fixture_tear_down);
  g_test_add ("/offer-list/find", Fixture, NULL, fixture_set_up, test_find, fixture_tear_down);
  g_test_add ("/offer-list/follows-writes", Fixture, NULL, fixture_set_up, test_follows_writes, fixture_tear_down);

  return g_test_run ();
}
