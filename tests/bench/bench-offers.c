/* SPDX-License-Identifier: GPL-3.0-or-later */

/* How the catalogue behaves at the size of a large municipality: prints figures,
 * asserts nothing about time. Run with `meson test --benchmark` or
 * `bench-offers [N]` for N offers (10,000 by default). */

#include <glib/gstdio.h>
#include <locale.h>

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

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
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
  const char *typed = "rådgivning";
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("bb-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "bench.db", NULL);
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(BbContext) context = NULL;
  BbOfferRepository *offers;
  g_autoptr(BbImport) import = NULL;
  g_autoptr(BbOfferList) list = NULL;
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  double worst = 0;
  gint64 start;

  setlocale (LC_ALL, "");

  database = bb_database_open (path, FALSE, &error);
  g_assert_no_error (error);
  context = bb_context_new (database, NULL, &error);
  g_assert_no_error (error);
  offers = bb_context_get_offers (context);

  import = make_catalogue (n_offers);
  start = g_get_monotonic_time ();
  g_assert_true (bb_offer_repository_prepare_import (offers, import, &error));
  g_print ("prepare import of %u offers: %.0f ms\n", n_offers, elapsed_ms (start));
  start = g_get_monotonic_time ();
  g_assert_true (bb_offer_repository_commit_import (offers, import, &error));
  g_assert_no_error (error);
  g_print ("commit import (one transaction, search index included): %.0f ms\n", elapsed_ms (start));

  start = g_get_monotonic_time ();
  list = bb_offer_list_new (offers);
  touch_first_rows (G_LIST_MODEL (list));
  g_print ("open the list (%u rows) and load the first screenful: %.2f ms\n",
           g_list_model_get_n_items (G_LIST_MODEL (list)), elapsed_ms (start));

  /* Keystroke by keystroke, as someone types. */
  for (const char *end = g_utf8_next_char (typed); ; end = g_utf8_next_char (end))
    {
      g_autofree char *prefix = g_strndup (typed, end - typed);
      double ms;

      query.search = prefix;
      start = g_get_monotonic_time ();
      bb_offer_list_set_query (list, &query);
      touch_first_rows (G_LIST_MODEL (list));
      ms = elapsed_ms (start);
      worst = MAX (worst, ms);
      {
        g_autoptr(GArray) ids = NULL;
        gint64 query_start = g_get_monotonic_time ();

        ids = bb_offer_repository_query_ids (offers, &query, NULL);
        g_print ("  search “%s”: %u matches, %.2f ms (the query alone %.2f ms)\n", prefix,
                 g_list_model_get_n_items (G_LIST_MODEL (list)), ms, elapsed_ms (query_start));
      }
      if (*end == '\0')
        break;
    }
  g_print ("slowest keystroke: %.2f ms (one frame at 60 Hz is 16.7 ms)\n", worst);

  for (BbOfferSort sort = BB_OFFER_SORT_TITLE; sort <= BB_OFFER_SORT_REVIEWED; sort++)
    {
      query.search = NULL;
      query.sort = sort;
      start = g_get_monotonic_time ();
      bb_offer_list_set_query (list, &query);
      touch_first_rows (G_LIST_MODEL (list));
      g_print ("sort %d, all offers: %.2f ms\n", sort, elapsed_ms (start));
    }

  start = g_get_monotonic_time ();
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
