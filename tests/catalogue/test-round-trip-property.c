/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Whatever the catalogue can hold, both exports write and both imports read back
 * identically: hostile offers go out, into a fresh catalogue, and out again. And a
 * re-import of a file changes only what the file says: an organization is found by
 * its id, the file's last_modified is kept, and a sector or department the file does
 * not state is left alone. */

#include <string.h>

#include "bb-list-repository.h"
#include "bb-offer-exchange.h"
#include "bb-test-hostile.h"
#include "bb-test-hsds.h"
#include "bb-test-offers.h"
#include "bb-test-utils.h"

typedef BbTestCatalogue Fixture;

#define N_OFFERS 200
#define SEED     20260315

static char *
read_all (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Every record of @import must be one the file can hold. */
static void
assert_nothing_rejected (BbImport *import)
{
  GListModel *records = bb_import_get_records (import);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);

      if (bb_import_record_get_action (record) == BB_IMPORT_ACTION_REJECT)
        g_error ("record %u was rejected: %s", bb_import_record_get_line (record),
                 bb_import_record_get_reason (record));
    }
}

static void
import_path (BbOfferRepository *offers,
             const char        *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbImport) import = bb_offer_exchange_read_file (file, &error);

  g_assert_no_error (error);
  assert_nothing_rejected (import);
  g_assert_true (bb_offer_repository_prepare_import (offers, import, &error));
  g_assert_no_error (error);
  assert_nothing_rejected (import);
  g_assert_cmpuint (bb_import_count (import, BB_IMPORT_ACTION_NEW), ==,
                    g_list_model_get_n_items (bb_import_get_records (import)));
  g_assert_true (bb_offer_repository_commit_import (offers, import, &error));
  g_assert_no_error (error);
}

static BbOffer *
find (BbOfferRepository *offers,
      const char        *uuid)
{
  g_autoptr(GError) error = NULL;
  BbOffer *offer = bb_offer_repository_find_by_uuid (offers, uuid, &error);

  g_assert_no_error (error);
  if (offer == NULL)
    g_error ("no offer “%s” after the round trip", uuid);
  return offer;
}

/* The first byte where @a and @b part, with some text around it, for the log. */
static void
assert_same_file (const char *a,
                  const char *b)
{
  g_autofree char *first = read_all (a);
  g_autofree char *second = read_all (b);
  gsize i = 0;

  if (g_str_equal (first, second))
    return;

  while (first[i] != '\0' && first[i] == second[i])
    i++;
  {
    gsize from = i > 80 ? i - 80 : 0;
    g_autofree char *head_a = g_strndup (first + from, 200);
    g_autofree char *head_b = g_strndup (second + from, 200);
    g_autofree char *x = g_strescape (head_a, NULL);
    g_autofree char *y = g_strescape (head_b, NULL);

    g_error ("the second export differs at byte %" G_GSIZE_FORMAT ":\n  first:  %s\n  second: %s", i, x, y);
  }
}

/* The target groups and steps of @offers, in the order they first appear, saved in
 * that order: both catalogues have the same lists in the same order, as files carry
 * neither a step's level in CSV nor the lists' own order. */
static void
save_lists (Fixture   *fixture,
            GPtrArray *offers)
{
  BbListRepository *lists = bb_context_get_lists (fixture->context);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < offers->len; i++)
    {
      BbOffer *offer = g_ptr_array_index (offers, i);
      GListModel *groups = G_LIST_MODEL (bb_offer_get_target_groups (offer));
      GListModel *steps = G_LIST_MODEL (bb_offer_get_steps (offer));

      for (guint j = 0; j < g_list_model_get_n_items (groups); j++)
        {
          g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, j);
          g_autoptr(BbTargetGroup) copy = NULL;

          if (!g_hash_table_add (seen, (gpointer) bb_target_group_get_name (group)))
            continue;
          copy = bb_target_group_copy (group);
          g_assert_true (bb_list_repository_save_target_group (lists, copy, &error));
          g_assert_no_error (error);
        }
      for (guint j = 0; j < g_list_model_get_n_items (steps); j++)
        {
          g_autoptr(BbStep) step = g_list_model_get_item (steps, j);
          g_autoptr(BbStep) copy = NULL;

          if (!g_hash_table_add (seen, (gpointer) bb_step_get_name (step)))
            continue;
          copy = bb_step_copy (step);
          g_assert_true (bb_list_repository_save_step (lists, copy, &error));
          g_assert_no_error (error);
        }
    }
}

static void
round_trip (const char *extension)
{
  g_autoptr(GPtrArray) offers = bb_test_hostile_offers (SEED, N_OFFERS, TRUE);
  g_autofree char *first_name = g_strdup_printf ("first.%s", extension);
  g_autofree char *second_name = g_strdup_printf ("second.%s", extension);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  Fixture from, to;

  bb_test_catalogue_set_up (&from, NULL);
  bb_test_catalogue_set_up (&to, NULL);

  save_lists (&from, offers);
  save_lists (&to, offers);
  for (guint i = 0; i < offers->len; i++)
    bb_test_catalogue_save (&from, g_ptr_array_index (offers, i));

  first = export_from (from.offers, from.dir, first_name);
  import_path (to.offers, first);
  second = export_from (to.offers, to.dir, second_name);
  assert_same_file (first, second);

  for (guint i = 0; i < offers->len; i++)
    {
      const char *uuid = bb_offer_get_uuid (g_ptr_array_index (offers, i));
      g_autoptr(BbOffer) before = find (from.offers, uuid);
      g_autoptr(BbOffer) after = find (to.offers, uuid);

      bb_test_assert_offers_equal (before, after);
    }

  bb_test_catalogue_tear_down (&to, NULL);
  bb_test_catalogue_tear_down (&from, NULL);
}

static void
test_csv (void)
{
  round_trip ("csv");
}

static void
test_hsds (void)
{
  round_trip ("json");
}

/* ---- re-imports -------------------------------------------------------- */

#define SERVICE_A "5b1c0a4e-1d2f-4e3a-9b8c-7d6e5f4a3b21"
#define SERVICE_B "5b1c0a4e-1d2f-4e3a-9b8c-7d6e5f4a3b22"
#define ORG_A     "0f0e0d0c-0b0a-4909-8807-060504030201"
#define ORG_B     "0f0e0d0c-0b0a-4909-8807-060504030202"

static char *
service_json (const char *id,
              const char *name,
              const char *description,
              const char *organization_id,
              const char *organization_name,
              const char *modified)
{
  return g_strdup_printf ("{\"id\": \"%s\", \"name\": \"%s\", \"description\": \"%s\","
                          " \"status\": \"active\", \"last_modified\": \"%s\","
                          " \"organization\": {\"id\": \"%s\", \"name\": \"%s\","
                          " \"description\": \"En organisation\"}}",
                          id, name, description, modified, organization_id, organization_name);
}

static BbImport *
prepare_text (Fixture    *fixture,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  BbImport *import = read_text (text);

  g_assert_true (bb_offer_repository_prepare_import (fixture->offers, import, &error));
  g_assert_no_error (error);
  return import;
}

static void
commit (Fixture  *fixture,
        BbImport *import)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_offer_repository_commit_import (fixture->offers, import, &error));
  g_assert_no_error (error);
}

/* Two organizations with different ids are two providers, also when their name is
 * one the catalogue has; the preview says so; a re-import finds each by its id. */
static void
test_provider_by_id (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(BbOffer) local = bb_test_new_offer ("Lokalt tilbud", "Ungeteamet");
  g_autofree char *a = service_json (SERVICE_A, "Natcafé", "Om natten", ORG_A, "Ungeteamet",
                                     "2025-06-01T08:00:00Z");
  g_autofree char *b = service_json (SERVICE_B, "Dagcafé", "Om dagen", ORG_B, "Ungeteamet",
                                     "2025-06-01T08:00:00Z");
  g_autofree char *text = g_strdup_printf ("{\"total_items\": 2, \"total_pages\": 1, \"page_number\": 1,"
                                           " \"size\": 2, \"first_page\": true, \"last_page\": true,"
                                           " \"empty\": false, \"contents\": [%s, %s]}", a, b);
  g_autoptr(BbImport) import = NULL;
  g_autoptr(BbImport) again = NULL;
  g_autoptr(BbOffer) offer_a = NULL;
  g_autoptr(BbOffer) offer_b = NULL;
  g_autofree char *notice = NULL;
  BbDatabase *database = bb_context_get_database (fixture->context);

  bb_test_catalogue_save (fixture, local);

  import = prepare_text (fixture, text);
  /* Both are new providers, not the catalogue's “Ungeteamet”. */
  g_assert_cmpuint (g_list_model_get_n_items (bb_import_get_new_names (import)), ==, 2);
  notice = bb_import_dup_notice (import);
  g_assert_nonnull (strstr (notice, "“Ungeteamet” in the file is another organization"));
  commit (fixture, import);

  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM providers WHERE name = 'Ungeteamet'"), ==, 3);
  offer_a = find (fixture->offers, SERVICE_A);
  offer_b = find (fixture->offers, SERVICE_B);
  g_assert_cmpint (bb_provider_get_id (bb_offer_get_provider (offer_a)), !=,
                   bb_provider_get_id (bb_offer_get_provider (offer_b)));
  g_assert_cmpint (bb_provider_get_id (bb_offer_get_provider (offer_a)), !=,
                   bb_provider_get_id (bb_offer_get_provider (local)));
  g_assert_cmpstr (bb_provider_get_uuid (bb_offer_get_provider (offer_a)), ==, ORG_A);
  g_assert_cmpstr (bb_provider_get_uuid (bb_offer_get_provider (offer_b)), ==, ORG_B);

  /* The same file again: each organization is the provider of its id. */
  again = prepare_text (fixture, text);
  g_assert_cmpuint (g_list_model_get_n_items (bb_import_get_new_names (again)), ==, 0);
  g_assert_cmpuint (bb_import_count (again, BB_IMPORT_ACTION_UNCHANGED), ==, 2);
}

/* An updated offer keeps the file's last_modified, not the time of the import. */
static void
test_keeps_last_modified (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autofree char *first = service_json (SERVICE_A, "Natcafé", "Om natten", ORG_A, "Ungeteamet",
                                         "2025-06-01T08:00:00Z");
  g_autofree char *second = service_json (SERVICE_A, "Natcafé", "Om natten og dagen", ORG_A, "Ungeteamet",
                                          "2025-09-15T12:30:00Z");
  g_autoptr(BbImport) import = prepare_text (fixture, first);
  g_autoptr(BbImport) update = NULL;
  g_autoptr(BbOffer) offer = NULL;

  commit (fixture, import);
  offer = find (fixture->offers, SERVICE_A);
  g_assert_cmpstr (bb_offer_get_modified (offer), ==, "2025-06-01T08:00:00Z");
  g_clear_object (&offer);

  update = prepare_text (fixture, second);
  g_assert_cmpuint (bb_import_count (update, BB_IMPORT_ACTION_UPDATE), ==, 1);
  commit (fixture, update);
  offer = find (fixture->offers, SERVICE_A);
  g_assert_cmpstr (bb_offer_get_description (offer), ==, "Om natten og dagen");
  g_assert_cmpstr (bb_offer_get_modified (offer), ==, "2025-09-15T12:30:00Z");
}

/* A file whose organization states no sector and no department leaves the
 * provider's as they are here. */
static void
test_keeps_sector (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(BbOffer) offer = bb_test_new_offer ("Natcafé", "Ungeteamet");
  BbProvider *provider = bb_offer_get_provider (offer);
  g_autoptr(BbOffer) stored = NULL;
  g_autoptr(BbImport) import = NULL;
  g_autofree char *text = NULL;
  GPtrArray *changes;

  bb_provider_set_sector (provider, BB_SECTOR_REGION);
  bb_provider_set_department (provider, "Børne- og ungdomspsykiatrien");
  bb_offer_set_uuid (offer, SERVICE_A);
  bb_test_catalogue_save (fixture, offer);
  stored = find (fixture->offers, SERVICE_A);

  text = service_json (SERVICE_A, "Natcafé", "Ny beskrivelse",
                       bb_provider_get_uuid (bb_offer_get_provider (stored)), "Ungeteamet",
                       "2025-06-01T08:00:00Z");
  g_clear_object (&stored);
  import = prepare_text (fixture, text);
  changes = bb_import_record_get_changes (bb_test_get_record (import, 0));
  /* The organization's description is the file's to give; its sector and department
   * are not, unstated. */
  for (guint i = 0; i < changes->len; i++)
    {
      const char *field = bb_offer_change_get_field (g_ptr_array_index (changes, i));

      g_assert_cmpstr (field, !=, "provider-sector");
      g_assert_cmpstr (field, !=, "provider-department");
    }
  commit (fixture, import);

  stored = find (fixture->offers, SERVICE_A);
  g_assert_cmpstr (bb_offer_get_description (stored), ==, "Ny beskrivelse");
  g_assert_cmpint (bb_provider_get_sector (bb_offer_get_provider (stored)), ==, BB_SECTOR_REGION);
  g_assert_cmpstr (bb_provider_get_department (bb_offer_get_provider (stored)), ==,
                   "Børne- og ungdomspsykiatrien");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/round-trip/csv", test_csv);
  g_test_add_func ("/round-trip/hsds", test_hsds);
  g_test_add ("/round-trip/reimport/provider-by-id", Fixture, NULL,
              bb_test_catalogue_set_up, test_provider_by_id, bb_test_catalogue_tear_down);
  g_test_add ("/round-trip/reimport/keeps-last-modified", Fixture, NULL,
              bb_test_catalogue_set_up, test_keeps_last_modified, bb_test_catalogue_tear_down);
  g_test_add ("/round-trip/reimport/keeps-sector", Fixture, NULL,
              bb_test_catalogue_set_up, test_keeps_sector, bb_test_catalogue_tear_down);

  return g_test_run ();
}
