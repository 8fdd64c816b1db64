/* SPDX-License-Identifier: GPL-3.0-or-later */

/* How the catalogue behaves at the size of a large municipality: prints figures,
 * asserts nothing about time. Run with `meson test --benchmark` or
 * `bench-offers [N]` for N offers (10,000 by default). Times are CPU times of this
 * process (the machine is shared: wall times say more about the neighbours). The
 * search is typed letter by letter, »samtal«, several rounds, and reported as p50 and
 * p95 of a keystroke against the floor: the same FTS5 search (the count of matches
 * and the best-ranked first screenful) run straight on a plain sqlite3 connection. */

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <time.h>

#include "bb-context.h"
#include "bb-offer-list.h"

static const char * const words[] = {
  "rådgivning", "unge", "samtale", "gruppeforløb", "forældre", "angst", "depression", "trivsel",
  "netværk", "skole", "uddannelse", "job", "psykolog", "socialrådgiver", "café", "ensomhed",
  "selvskade", "misbrug", "bolig", "familie", "mentor", "sport", "fællesskab", "ærlighed",
  "øvelser", "åben", "anonym", "krise", "søvn", "stress", "ADHD", "autisme", "spiseforstyrrelse",
};

static char *
sentence (GRand *rand,
          guint  n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                            words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
  return g_string_free (text, FALSE);
}

static BbImport *
make_catalogue (guint n_offers)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  BbImport *import = bb_import_new ();
  const char *groups[] = { "ADHD", "Anxiety and depression", "Eating disorders", "Parents and relatives" };
  const char *steps[] = { "Universal and preventive", "Early and light", "Specialised municipal" };

  for (guint i = 0; i < n_offers; i++)
    {
      g_autoptr(BbOffer) offer = bb_offer_new ();
      g_autofree char *title = sentence (rand, 3);
      g_autofree char *numbered = g_strdup_printf ("%s %u", title, i);
      g_autofree char *description = sentence (rand, 40);
      g_autofree char *provider_name = g_strdup_printf ("Udbyder %u", g_rand_int_range (rand, 0, 200));
      g_autofree char *contact_name = g_strdup_printf ("Kontakt %u Sørensen", i);
      g_autoptr(BbProvider) provider = bb_provider_new (provider_name);
      g_autoptr(BbTargetGroup) group = bb_target_group_new (groups[i % G_N_ELEMENTS (groups)]);
      g_autoptr(BbStep) step = bb_step_new (0, steps[i % G_N_ELEMENTS (steps)]);
      g_autoptr(BbContact) contact = bb_contact_new (contact_name);
      g_autoptr(BbImportRecord) record = NULL;

      bb_offer_set_title (offer, numbered);
      bb_offer_set_description (offer, description);
      bb_offer_set_provider (offer, provider);
      g_list_store_append (bb_offer_get_target_groups (offer), group);
      g_list_store_append (bb_offer_get_steps (offer), step);
      g_list_store_append (bb_offer_get_contacts (offer), contact);

      record = bb_import_record_new_offer (i + 2, offer);
      bb_import_add (import, record);
    }

  return import;
}

#define SEARCH_ROUNDS 5

static gint64
cpu_now (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * G_GINT64_CONSTANT (1000000) + now.tv_nsec / 1000;
}

static double
elapsed_ms (gint64 start)
{
  return (cpu_now () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *values,
            double  fraction)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, MIN (values->len - 1, (guint) (fraction * values->len)));
}

/* The floor of a keystroke: what the list needs of FTS5, on a connection of its own. */
static double
floor_keystroke_ms (sqlite3    *db,
                    const char *match)
{
  sqlite3_stmt *count = NULL;
  sqlite3_stmt *page = NULL;
  gint64 start = cpu_now ();

  sqlite3_prepare_v2 (db, "SELECT count (*) FROM offer_fts WHERE offer_fts MATCH ?1", -1, &count, NULL);
  sqlite3_prepare_v2 (db, "SELECT rowid FROM offer_fts WHERE offer_fts MATCH ?1"
                      " ORDER BY bm25 (offer_fts, 10.0, 1.0, 2.5, 4.0, 2.0, 4.0, 1.5) LIMIT 30",
                      -1, &page, NULL);
  sqlite3_bind_text (count, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_text (page, 1, match, -1, SQLITE_STATIC);
  while (sqlite3_step (count) == SQLITE_ROW)
    ;
  while (sqlite3_step (page) == SQLITE_ROW)
    ;
  sqlite3_finalize (count);
  sqlite3_finalize (page);

  return elapsed_ms (start);
}

static void
report (const char *name,
        double      value,
        double      floor)
{
  g_print ("BENCH name=%s median=%.2f unit=ms floor=%.2f ratio=%.2f\n", name, value, floor, value / floor);
}

/* What a list view does when it shows a screenful. */
static void
touch_first_rows (GListModel *model)
{
  guint n = MIN (g_list_model_get_n_items (model), 30);

  for (guint i = 0; i < n; i++)
    g_object_unref (g_list_model_get_item (model, i));
}

int
main (int   argc,
      char *argv[])
{
  guint n_offers = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  const char *typed = "samtal";
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("bb-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "bench.db", NULL);
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(BbContext) context = NULL;
  BbOfferRepository *offers;
  g_autoptr(BbImport) import = NULL;
  g_autoptr(BbOfferList) list = NULL;
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floors = g_array_new (FALSE, FALSE, sizeof (double));
  sqlite3 *plain = NULL;
  gint64 start;

  setlocale (LC_ALL, "");

  database = bb_database_open (path, FALSE, &error);
  g_assert_no_error (error);
  context = bb_context_new (database, NULL, &error);
  g_assert_no_error (error);
  offers = bb_context_get_offers (context);

  import = make_catalogue (n_offers);
  start = cpu_now ();
  g_assert_true (bb_offer_repository_prepare_import (offers, import, &error));
  g_print ("prepare import of %u offers: %.0f ms CPU\n", n_offers, elapsed_ms (start));
  start = cpu_now ();
  g_assert_true (bb_offer_repository_commit_import (offers, import, &error));
  g_assert_no_error (error);
  g_print ("commit import (one transaction, search index included): %.0f ms\n", elapsed_ms (start));

  start = cpu_now ();
  list = bb_offer_list_new (offers);
  touch_first_rows (G_LIST_MODEL (list));
  g_print ("open the list (%u rows) and load the first screenful: %.2f ms\n",
           g_list_model_get_n_items (G_LIST_MODEL (list)), elapsed_ms (start));

  /* Keystroke by keystroke, as someone types; the search begins anew each round. */
  g_assert_cmpint (sqlite3_open_v2 (path, &plain, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint round = 0; round < SEARCH_ROUNDS; round++)
    {
      query.search = NULL;
      bb_offer_list_set_query (list, &query);

      for (const char *end = g_utf8_next_char (typed); ; end = g_utf8_next_char (end))
        {
          g_autofree char *prefix = g_strndup (typed, end - typed);
          g_autofree char *match = g_strdup_printf ("\"%s\"*", prefix);
          double ms;
          double floor_ms;

          query.search = prefix;
          query.sort = BB_OFFER_SORT_RELEVANCE;
          start = cpu_now ();
          bb_offer_list_set_query (list, &query);
          touch_first_rows (G_LIST_MODEL (list));
          ms = elapsed_ms (start);
          floor_ms = floor_keystroke_ms (plain, match);
          g_array_append_val (keystrokes, ms);
          g_array_append_val (floors, floor_ms);
          if (round == 0)
            g_print ("  search “%s”: %u matches, %.2f ms (floor %.2f ms)\n", prefix,
                     g_list_model_get_n_items (G_LIST_MODEL (list)), ms, floor_ms);
          if (*end == '\0')
            break;
        }
    }
  sqlite3_close (plain);
  report ("search-offers-p50", percentile (keystrokes, 0.5), percentile (floors, 0.5));
  report ("search-offers-p95", percentile (keystrokes, 0.95), percentile (floors, 0.95));
  query.sort = BB_OFFER_SORT_TITLE;

  for (BbOfferSort sort = BB_OFFER_SORT_TITLE; sort <= BB_OFFER_SORT_REVIEWED; sort++)
    {
      query.search = NULL;
      query.sort = sort;
      start = cpu_now ();
      bb_offer_list_set_query (list, &query);
      touch_first_rows (G_LIST_MODEL (list));
      g_print ("sort %d, all offers: %.2f ms\n", sort, elapsed_ms (start));
    }

  start = cpu_now ();
  bb_coverage_free (bb_offer_repository_count_coverage (offers, &error));
  g_print ("coverage matrix: %.2f ms\n", elapsed_ms (start));

  g_clear_object (&list);
  g_clear_object (&context);
  g_clear_object (&database);
  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *file = g_build_filename (folder, name, NULL);

        g_unlink (file);
      }
    g_rmdir (folder);
  }

  return 0;
}
