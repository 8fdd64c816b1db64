/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A re-import changes what the file has and nothing else: absent columns, providers'
 * sector and department, names the catalogue lacks, duplicates within the file, edits
 * made here since the last exchange, and the undo of a whole import. */

#include <string.h>

#include "bb-import.h"
#include "bb-offer-exchange.h"
#include "bb-test-offers.h"
#include "bb-test-utils.h"

typedef BbTestCatalogue Fixture;

#define STORED_UUID "7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"

static BbImport *
read_csv (Fixture    *fixture,
          const char *contents)
{
  g_autoptr(GFile) file = bb_test_catalogue_file (fixture, "catalogue.csv");
  g_autoptr(GError) error = NULL;
  BbImport *import;

  g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE, G_FILE_CREATE_NONE,
                           NULL, NULL, &error);
  g_assert_no_error (error);
  import = bb_offer_exchange_read_file (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static BbImport *
prepare (Fixture    *fixture,
         const char *contents)
{
  g_autoptr(GError) error = NULL;
  BbImport *import = read_csv (fixture, contents);

  bb_offer_repository_prepare_import (fixture->offers, import, &error);
  g_assert_no_error (error);
  return import;
}

static void
commit (Fixture  *fixture,
        BbImport *import)
{
  g_autoptr(GError) error = NULL;

  bb_offer_repository_commit_import (fixture->offers, import, &error);
  g_assert_no_error (error);
}

static void
assert_summary (BbImport   *import,
                const char *expected)
{
  g_autofree char *summary = bb_import_dup_summary (import);

  g_assert_cmpstr (summary, ==, expected);
}

static BbOffer *
load (Fixture    *fixture,
      const char *uuid)
{
  g_autoptr(GError) error = NULL;
  BbOffer *offer = bb_offer_repository_find_by_uuid (fixture->offers, uuid, &error);

  g_assert_no_error (error);
  return offer;
}

static void
save (Fixture *fixture,
      BbOffer *offer)
{
  bb_test_catalogue_save (fixture, offer);
}

/* "Åben rådgivning" by Ærø Kommune with a description, keywords and a contact. */
static BbOffer *
save_stored_offer (Fixture *fixture)
{
  BbOffer *offer = bb_test_new_offer ("Åben rådgivning", "Ærø Kommune");

  bb_offer_set_uuid (offer, STORED_UUID);
  bb_offer_set_description (offer, "Samtaler uden henvisning.");
  bb_offer_set_keywords (offer, "samtale, rådgivning");
  bb_offer_set_reviewed (offer, "2025-01-01");
  bb_test_add_target_group (offer, "ADHD");
  bb_test_add_contact (offer, "Kim Hansen", "Rådgiver", "12345678", "kim@example.org", TRUE);
  save (fixture, offer);
  return offer;
}

static const char *
change_field (BbImportRecord *record,
              guint           position)
{
  GPtrArray *changes = bb_import_record_get_changes (record);

  g_assert_nonnull (changes);
  g_assert_cmpuint (position, <, changes->len);
  return bb_offer_change_get_field (g_ptr_array_index (changes, position));
}

static guint
n_changes (BbImportRecord *record)
{
  return bb_import_record_get_changes (record)->len;
}

/* A file of three columns changes those three and clears nothing else; an empty cell
 * in a column the file has does clear. */
static void
test_partial_columns (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(BbOffer) stored = save_stored_offer (fixture);
  g_autoptr(BbImport) import = NULL;
  g_autoptr(BbImport) clearing = NULL;
  g_autoptr(BbOffer) after = NULL;
  BbImportRecord *record;

  import = prepare (fixture, "id,title,provider\n" STORED_UUID ",Åben rådgivning for unge,Ærø Kommune\n");
  record = bb_test_get_record (import, 0);
  g_assert_cmpint (bb_import_record_get_action (record), ==, BB_IMPORT_ACTION_UPDATE);
  g_assert_cmpuint (n_changes (record), ==, 1);
  g_assert_cmpstr (change_field (record, 0), ==, "title");
  assert_summary (import, "0 new, 1 updated, 0 unchanged, 0 rejected");
  commit (fixture, import);

  after = load (fixture, STORED_UUID);
  g_assert_cmpstr (bb_offer_get_title (after), ==, "Åben rådgivning for unge");
  g_assert_cmpstr (bb_offer_get_description (after), ==, "Samtaler uden henvisning.");
  g_assert_cmpstr (bb_offer_get_keywords (after), ==, "samtale, rådgivning");
  g_assert_cmpstr (bb_offer_get_reviewed (after), ==, "2025-01-01");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bb_offer_get_contacts (after))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bb_offer_get_target_groups (after))), ==, 1);
  g_clear_object (&after);

  clearing = prepare (fixture, "id;title;provider;description\n" STORED_UUID ";Åben rådgivning for unge;Ærø Kommune;\n");
  record = bb_test_get_record (clearing, 0);
  g_assert_cmpuint (n_changes (record), ==, 1);
  g_assert_cmpstr (change_field (record, 0), ==, "description");
  commit (fixture, clearing);

  after = load (fixture, STORED_UUID);
  g_assert_cmpstr (bb_offer_get_description (after), ==, "");
  g_assert_cmpstr (bb_offer_get_keywords (after), ==, "samtale, rådgivning");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bb_offer_get_contacts (after))), ==, 1);
}

static BbProvider *
find_provider (Fixture    *fixture,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) providers = bb_list_repository_list_providers (bb_context_get_lists (fixture->context), &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (providers); i++)
    {
      g_autoptr(BbProvider) provider = g_list_model_get_item (providers, i);

      if (g_str_equal (bb_provider_get_name (provider), name))
        return g_steal_pointer (&provider);
    }

  return NULL;
}

/* A file that gives a known provider another sector or department updates it, and the
 * preview shows it as a change of the offer. */
static void
test_provider_fields (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(BbOffer) stored = save_stored_offer (fixture);
  g_autoptr(BbImport) import = NULL;
  g_autoptr(BbImport) without = NULL;
  g_autoptr(BbProvider) provider = NULL;
  BbImportRecord *record;
  BbOfferChange *change;

  import = prepare (fixture,
                    "id;title;provider;sector;department\n"
                    STORED_UUID ";Åben rådgivning;Ærø Kommune;region;Børn og Unge\n");
  record = bb_test_get_record (import, 0);
  g_assert_cmpint (bb_import_record_get_action (record), ==, BB_IMPORT_ACTION_UPDATE);
  assert_summary (import, "0 new, 1 updated, 0 unchanged, 0 rejected");
  g_assert_cmpuint (n_changes (record), ==, 2);
  change = g_ptr_array_index (bb_import_record_get_changes (record), 0);
  g_assert_cmpstr (bb_offer_change_get_field (change), ==, "provider-sector");
  g_assert_cmpstr (bb_offer_change_get_old_value (change), ==, bb_sector_get_label (BB_SECTOR_MUNICIPALITY));
  g_assert_cmpstr (bb_offer_change_get_new_value (change), ==, bb_sector_get_label (BB_SECTOR_REGION));
  g_assert_cmpstr (bb_import_change_get_label (change), ==, "Sector of the provider");
  change = g_ptr_array_index (bb_import_record_get_changes (record), 1);
  g_assert_cmpstr (bb_offer_change_get_field (change), ==, "provider-department");
  g_assert_null (bb_offer_change_get_old_value (change));
  g_assert_cmpstr (bb_offer_change_get_new_value (change), ==, "Børn og Unge");
  commit (fixture, import);

  provider = find_provider (fixture, "Ærø Kommune");
  g_assert_nonnull (provider);
  g_assert_cmpint (bb_provider_get_sector (provider), ==, BB_SECTOR_REGION);
  g_assert_cmpstr (bb_provider_get_department (provider), ==, "Børn og Unge");
  g_clear_object (&provider);

  /* A file without the sector column leaves the sector alone. */
  without = prepare (fixture, "id;title;provider;department\n" STORED_UUID ";Åben rådgivning;Ærø Kommune;Børn og Unge\n");
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (without, 0)), ==, BB_IMPORT_ACTION_UNCHANGED);
  assert_summary (without, "0 new, 0 updated, 1 unchanged, 0 rejected");
}

static GListModel *
target_group_names (BbOffer *offer)
{
  return G_LIST_MODEL (bb_offer_get_target_groups (offer));
}

static const char *
target_group_name (BbOffer *offer,
                   guint    position)
{
  g_autoptr(BbTargetGroup) group = g_list_model_get_item (target_group_names (offer), position);

  return bb_target_group_get_name (group);
}

static GObject *
find_entry (BbImport         *import,
            BbImportNameKind  kind,
            const char       *name)
{
  GListModel *entries = bb_import_get_catalogue_entries (import, kind);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(GObject) entry = g_list_model_get_item (entries, i);
      const char *entry_name = kind == BB_IMPORT_NAME_TARGET_GROUP
                               ? bb_target_group_get_name (BB_TARGET_GROUP (entry))
                               : kind == BB_IMPORT_NAME_STEP ? bb_step_get_name (BB_STEP (entry))
                               : bb_provider_get_name (BB_PROVIDER (entry));

      if (g_str_equal (entry_name, name))
        return entry;
    }

  g_assert_not_reached ();
}

/* A comma-separated cell of known names is several target groups; names the catalogue
 * does not know are listed, and each can be mapped to an existing entry. */
static void
test_new_names (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(BbImport) import = NULL;
  g_autoptr(BbOffer) lonely = NULL;
  GListModel *names;
  BbImportName *name;
  BbOffer *merged;
  BbDatabase *database = bb_context_get_database (fixture->context);
  gint64 groups_before = bb_test_query_int (database, "SELECT count (*) FROM target_groups");

  import = prepare (fixture,
                    "title;provider;target_groups;steps\n"
                    "Samtaler;Headspace;Anxiety and depression, ADHD;Early and light\n"
                    "Café;Headspace;Anxiety and depression, Loneliness;\n"
                    "Gruppe;Ungdomsskolen;Anxiety and depression | ADHD;Trin fem\n");

  merged = bb_import_record_get_merged (bb_test_get_record (import, 0));
  g_assert_cmpuint (g_list_model_get_n_items (target_group_names (merged)), ==, 2);
  g_assert_cmpstr (target_group_name (merged, 0), ==, "Anxiety and depression");
  g_assert_cmpstr (target_group_name (merged, 1), ==, "ADHD");
  merged = bb_import_record_get_merged (bb_test_get_record (import, 1));
  g_assert_cmpuint (g_list_model_get_n_items (target_group_names (merged)), ==, 1);
  g_assert_cmpstr (target_group_name (merged, 0), ==, "Anxiety and depression, Loneliness");
  merged = bb_import_record_get_merged (bb_test_get_record (import, 2));
  g_assert_cmpuint (g_list_model_get_n_items (target_group_names (merged)), ==, 2);

  /* In file order: what would be created. */
  names = bb_import_get_new_names (import);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 4);
  name = g_list_model_get_item (names, 0);
  g_assert_cmpint (bb_import_name_get_kind (name), ==, BB_IMPORT_NAME_PROVIDER);
  g_assert_cmpstr (bb_import_name_get_name (name), ==, "Headspace");
  g_object_unref (name);
  name = g_list_model_get_item (names, 2);
  g_assert_cmpint (bb_import_name_get_kind (name), ==, BB_IMPORT_NAME_PROVIDER);
  g_assert_cmpstr (bb_import_name_get_name (name), ==, "Ungdomsskolen");
  g_object_unref (name);
  name = g_list_model_get_item (names, 3);
  g_assert_cmpint (bb_import_name_get_kind (name), ==, BB_IMPORT_NAME_STEP);
  g_assert_cmpstr (bb_import_name_get_name (name), ==, "Trin fem");
  g_object_unref (name);

  name = g_list_model_get_item (names, 1);
  g_assert_cmpint (bb_import_name_get_kind (name), ==, BB_IMPORT_NAME_TARGET_GROUP);
  g_assert_cmpstr (bb_import_name_get_name (name), ==, "Anxiety and depression, Loneliness");
  g_assert_null (bb_import_name_get_target (name));
  bb_import_map_name (import, name, find_entry (import, BB_IMPORT_NAME_TARGET_GROUP, "Parents and relatives"));
  g_assert_cmpstr (bb_import_name_get_target_name (name), ==, "Parents and relatives");
  merged = bb_import_record_get_merged (bb_test_get_record (import, 1));
  g_assert_cmpstr (target_group_name (merged, 0), ==, "Parents and relatives");
  g_object_unref (name);

  commit (fixture, import);

  /* Only the step and the providers were created. */
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM target_groups"), ==, groups_before);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM steps WHERE name = 'Trin fem'"), ==, 1);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM providers"), ==, 2);
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count (*) FROM offers o"
                                      "  JOIN offer_target_groups ot ON ot.offer_id = o.id"
                                      "  JOIN target_groups t ON t.id = ot.target_group_id"
                                      " WHERE o.title = 'Café' AND t.name = 'Parents and relatives'"),
                   ==, 1);
}

/* Two rows of one file with the same title and provider, which the catalogue does not
 * have yet: the second is flagged. */
static void
test_duplicates_in_file (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(BbImport) import = NULL;

  import = prepare (fixture,
                    "title;provider\n"
                    "Gruppeforløb;Headspace\n"
                    "Andet tilbud;Headspace\n"
                    "GRUPPEFORLØB;Headspace\n"
                    "Gruppeforløb;Ungdomsskolen\n");

  g_assert_false (bb_import_record_get_duplicate (bb_test_get_record (import, 0)));
  g_assert_false (bb_import_record_get_duplicate (bb_test_get_record (import, 1)));
  g_assert_true (bb_import_record_get_duplicate (bb_test_get_record (import, 2)));
  g_assert_false (bb_import_record_get_duplicate (bb_test_get_record (import, 3)));
  assert_summary (import, "4 new, 0 updated, 0 unchanged, 0 rejected, 1 possible duplicate");
}

#define CONFLICT_FILE \
  "id;title;provider;description;last_reviewed;keywords\n" \
  STORED_UUID ";Åben rådgivning;Ærø Kommune;Samtaler for unge.;2026-01-10;samtale\n"

/* Edits made here since the last import are not overwritten unless the user says so. */
static void
test_conflict (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(BbImport) first = NULL;
  g_autoptr(BbImport) again = NULL;
  g_autoptr(BbImport) taken = NULL;
  g_autoptr(BbOffer) edited = NULL;
  g_autoptr(BbOffer) after = NULL;
  g_autofree char *fields = NULL;
  BbImportRecord *record;

  first = prepare (fixture, CONFLICT_FILE);
  commit (fixture, first);

  edited = load (fixture, STORED_UUID);
  bb_offer_set_description (edited, "Rettet her: samtaler for unge og forældre.");
  bb_offer_set_reviewed (edited, "2026-03-15");
  save (fixture, edited);

  again = prepare (fixture, CONFLICT_FILE);
  record = bb_test_get_record (again, 0);
  g_assert_cmpint (bb_import_record_get_action (record), ==, BB_IMPORT_ACTION_CONFLICT);
  fields = bb_import_record_dup_local_changes (record);
  g_assert_cmpstr (fields, ==, "Description, Last reviewed");
  g_assert_cmpstr (bb_import_record_get_local_edited_at (record), ==, BB_TEST_NOW_ISO);
  g_assert_false (bb_import_record_get_take_file (record));
  g_assert_false (bb_import_record_is_written (record));
  assert_summary (again, "0 new, 0 updated, 0 unchanged, 0 rejected, 1 kept as edited here");

  /* Kept: nothing changes, and the next import asks again. */
  commit (fixture, again);
  g_assert_cmpint (bb_import_get_id (again), ==, 0);
  after = load (fixture, STORED_UUID);
  g_assert_cmpstr (bb_offer_get_description (after), ==, "Rettet her: samtaler for unge og forældre.");
  g_assert_cmpstr (bb_offer_get_reviewed (after), ==, "2026-03-15");
  g_clear_object (&after);

  taken = prepare (fixture, CONFLICT_FILE);
  record = bb_test_get_record (taken, 0);
  g_assert_cmpint (bb_import_record_get_action (record), ==, BB_IMPORT_ACTION_CONFLICT);
  bb_import_record_set_take_file (record, TRUE);
  assert_summary (taken, "0 new, 1 updated, 0 unchanged, 0 rejected");
  commit (fixture, taken);
  g_assert_cmpint (bb_import_get_id (taken), >, 0);
  after = load (fixture, STORED_UUID);
  g_assert_cmpstr (bb_offer_get_description (after), ==, "Samtaler for unge.");
  g_assert_cmpstr (bb_offer_get_reviewed (after), ==, "2026-01-10");
}

/* An edit to a field the file does not change is no conflict; an export settles edits. */
static void
test_conflict_fields (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(BbImport) first = NULL;
  g_autoptr(BbImport) other_field = NULL;
  g_autoptr(BbImport) exported = NULL;
  g_autoptr(BbOffer) edited = NULL;
  g_autoptr(GError) error = NULL;

  first = prepare (fixture, CONFLICT_FILE);
  commit (fixture, first);

  edited = load (fixture, STORED_UUID);
  bb_offer_set_legal_basis (edited, "Serviceloven § 11");
  bb_offer_set_description (edited, "Rettet her.");
  save (fixture, edited);

  /* The file changes the description back but knows nothing of the legal basis. */
  other_field = prepare (fixture,
                         "id;title;provider;legal_basis\n"
                         STORED_UUID ";Åben rådgivning for unge;Ærø Kommune;Serviceloven § 11\n");
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (other_field, 0)), ==, BB_IMPORT_ACTION_UPDATE);

  bb_offer_repository_mark_exported (fixture->offers, &error);
  g_assert_no_error (error);
  exported = prepare (fixture, CONFLICT_FILE);
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (exported, 0)), ==, BB_IMPORT_ACTION_UPDATE);
}

/* An export from the window holds the offers as they are: edits before it are no
 * conflicts for a file made from it, edits after it are. The command line's export
 * opens the database read-only and cannot note it. */
static void
test_export_settles_edits (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(BbImport) first = NULL;
  g_autoptr(BbImport) after_export = NULL;
  g_autoptr(BbImport) after_edit = NULL;
  g_autoptr(BbImport) after_read_only = NULL;
  g_autoptr(BbOffer) edited = NULL;
  g_autoptr(BbDatabase) read_only = NULL;
  g_autoptr(BbOfferRepository) read_only_offers = NULL;
  g_autoptr(GFile) exported = bb_test_catalogue_file (fixture, "exported.csv");
  g_autoptr(GFile) exported_again = bb_test_catalogue_file (fixture, "exported-again.json");
  g_autoptr(GError) error = NULL;

  first = prepare (fixture, CONFLICT_FILE);
  commit (fixture, first);
  edited = load (fixture, STORED_UUID);
  bb_offer_set_description (edited, "Rettet her.");
  save (fixture, edited);

  g_assert_true (bb_offer_exchange_export (fixture->offers, exported, &error));
  g_assert_no_error (error);
  after_export = prepare (fixture, CONFLICT_FILE);
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (after_export, 0)), ==, BB_IMPORT_ACTION_UPDATE);

  bb_offer_set_description (edited, "Rettet igen.");
  save (fixture, edited);
  after_edit = prepare (fixture, CONFLICT_FILE);
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (after_edit, 0)), ==, BB_IMPORT_ACTION_CONFLICT);

  read_only = bb_database_open_read_only (bb_database_get_path (bb_context_get_database (fixture->context)), &error);
  g_assert_no_error (error);
  read_only_offers = bb_offer_repository_new (read_only, &error);
  g_assert_no_error (error);
  g_assert_true (bb_offer_exchange_export (read_only_offers, exported_again, &error));
  g_assert_no_error (error);
  after_read_only = prepare (fixture, CONFLICT_FILE);
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (after_read_only, 0)), ==, BB_IMPORT_ACTION_CONFLICT);
}

/* The commit refuses to write over an offer changed after the file was read. */
static void
test_changed_since_read (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(BbOffer) stored = save_stored_offer (fixture);
  g_autoptr(BbImport) import = NULL;
  g_autoptr(BbOffer) edited = NULL;
  g_autoptr(BbOffer) after = NULL;
  g_autoptr(GError) error = NULL;

  import = prepare (fixture, "id;title;provider\n" STORED_UUID ";Nyt navn;Ærø Kommune\n");
  edited = load (fixture, STORED_UUID);
  bb_offer_set_description (edited, "Skrevet mens forhåndsvisningen var åben.");
  save (fixture, edited);

  g_assert_false (bb_offer_repository_commit_import (fixture->offers, import, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "“Nyt navn” was changed here after the file was read."));
  after = load (fixture, STORED_UUID);
  g_assert_cmpstr (bb_offer_get_title (after), ==, "Åben rådgivning");
  g_assert_cmpstr (bb_offer_get_description (after), ==, "Skrevet mens forhåndsvisningen var åben.");
}

static guint
count_history (Fixture *fixture,
               gint64   offer_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = bb_offer_repository_list_history (fixture->offers, offer_id, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (history);
}

/* One undo puts every updated offer back, removes the created ones and what was
 * created for them, and restores the provider; the history records it. */
static void
test_undo (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(BbOffer) stored = save_stored_offer (fixture);
  g_autoptr(BbImport) import = NULL;
  g_autoptr(BbImport) again = NULL;
  g_autoptr(BbOffer) after = NULL;
  g_autoptr(BbOffer) created = NULL;
  g_autoptr(BbProvider) provider = NULL;
  g_autoptr(BbContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbOfferChange) newest = NULL;
  g_autoptr(GListModel) history = NULL;
  BbDatabase *database = bb_context_get_database (fixture->context);
  gint64 groups_before = bb_test_query_int (database, "SELECT count (*) FROM target_groups");
  const char *new_uuid;
  gint64 import_id;
  guint history_before;

  import = prepare (fixture,
                    "id;title;provider;sector;description;last_reviewed;target_groups;contacts\n"
                    STORED_UUID ";Åben rådgivning;Ærø Kommune;region;Ny tekst;2026-03-01;Ensomhed;Ida | Leder\n"
                    ";Nyt tilbud;Ny udbyder;voluntary;;;Ensomhed;\n");
  new_uuid = bb_offer_get_uuid (bb_import_record_get_offer (bb_test_get_record (import, 1)));
  history_before = count_history (fixture, bb_offer_get_id (stored));
  commit (fixture, import);
  import_id = bb_import_get_id (import);
  g_assert_cmpint (import_id, >, 0);
  g_assert_cmpint (bb_offer_repository_find_undoable_import (fixture->offers, bb_offer_get_id (stored), NULL), ==, import_id);
  g_assert_cmpuint (bb_offer_repository_count (fixture->offers, NULL), ==, 2);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM target_groups"), ==, groups_before + 1);

  bb_offer_repository_undo_import (fixture->offers, import_id, &error);
  g_assert_no_error (error);

  after = load (fixture, STORED_UUID);
  g_assert_cmpstr (bb_offer_get_description (after), ==, "Samtaler uden henvisning.");
  g_assert_cmpstr (bb_offer_get_reviewed (after), ==, "2025-01-01");
  g_assert_cmpuint (g_list_model_get_n_items (target_group_names (after)), ==, 1);
  g_assert_cmpstr (target_group_name (after, 0), ==, "ADHD");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bb_offer_get_contacts (after))), ==, 1);
  contact = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_contacts (after)), 0);
  g_assert_cmpstr (bb_contact_get_name (contact), ==, "Kim Hansen");
  g_assert_true (bb_contact_get_ambassador (contact));

  created = load (fixture, new_uuid);
  g_assert_null (created);
  g_assert_cmpuint (bb_offer_repository_count (fixture->offers, NULL), ==, 1);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM target_groups"), ==, groups_before);
  g_assert_null (find_provider (fixture, "Ny udbyder"));
  provider = find_provider (fixture, "Ærø Kommune");
  g_assert_cmpint (bb_provider_get_sector (provider), ==, BB_SECTOR_MUNICIPALITY);

  /* The history shows the import and its undo, newest first. */
  g_assert_cmpuint (count_history (fixture, bb_offer_get_id (stored)), >, history_before + 4);
  history = bb_offer_repository_list_history (fixture->offers, bb_offer_get_id (stored), NULL);
  newest = g_list_model_get_item (history, 0);
  g_assert_nonnull (newest);
  g_assert_cmpint (bb_offer_repository_find_undoable_import (fixture->offers, bb_offer_get_id (stored), NULL), ==, 0);

  g_assert_false (bb_offer_repository_undo_import (fixture->offers, import_id, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The undo was no edit made here: the same file imports again without a conflict. */
  again = prepare (fixture,
                   "id;title;provider;description\n"
                   STORED_UUID ";Åben rådgivning;Ærø Kommune;Ny tekst\n");
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (again, 0)), ==, BB_IMPORT_ACTION_UPDATE);
}

/* The how_to_get_in column is the free text of how to get in, beside the access route;
 * a file without the column (written before it) leaves the text as it is. */
static void
test_how_to_get_in (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(BbImport) first = NULL;
  g_autoptr(BbImport) second = NULL;
  g_autoptr(BbImport) older = NULL;
  g_autoptr(BbOffer) offer = NULL;

  first = prepare (fixture,
                   "id;title;provider;access;how_to_get_in\n"
                   STORED_UUID ";Åben rådgivning;Ærø Kommune;referral;Henvisning fra egen læge\n");
  commit (fixture, first);
  offer = load (fixture, STORED_UUID);
  g_assert_cmpstr (bb_offer_get_details (offer)->how_to_get_in, ==, "Henvisning fra egen læge");
  g_assert_cmpint (bb_offer_get_access (offer), ==, BB_ACCESS_REFERRAL);
  g_clear_object (&offer);

  second = prepare (fixture,
                    "id;title;provider;how_to_get_in\n"
                    STORED_UUID ";Åben rådgivning;Ærø Kommune;Mød op tirsdag\n");
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (second, 0)), ==, BB_IMPORT_ACTION_UPDATE);
  commit (fixture, second);
  offer = load (fixture, STORED_UUID);
  g_assert_cmpstr (bb_offer_get_details (offer)->how_to_get_in, ==, "Mød op tirsdag");
  g_clear_object (&offer);

  older = prepare (fixture,
                   "id;title;provider;access\n"
                   STORED_UUID ";Åben rådgivning – ny titel;Ærø Kommune;referral\n");
  commit (fixture, older);
  offer = load (fixture, STORED_UUID);
  g_assert_cmpstr (bb_offer_get_title (offer), ==, "Åben rådgivning – ny titel");
  g_assert_cmpstr (bb_offer_get_details (offer)->how_to_get_in, ==, "Mød op tirsdag");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/import-merge/partial-columns", Fixture, NULL,
              bb_test_catalogue_set_up, test_partial_columns, bb_test_catalogue_tear_down);
  g_test_add ("/import-merge/provider-fields", Fixture, NULL,
              bb_test_catalogue_set_up, test_provider_fields, bb_test_catalogue_tear_down);
  g_test_add ("/import-merge/new-names", Fixture, NULL,
              bb_test_catalogue_set_up, test_new_names, bb_test_catalogue_tear_down);
  g_test_add ("/import-merge/duplicates-in-file", Fixture, NULL,
              bb_test_catalogue_set_up, test_duplicates_in_file, bb_test_catalogue_tear_down);
  g_test_add ("/import-merge/conflict", Fixture, NULL,
              bb_test_catalogue_set_up, test_conflict, bb_test_catalogue_tear_down);
  g_test_add ("/import-merge/conflict-fields", Fixture, NULL,
              bb_test_catalogue_set_up, test_conflict_fields, bb_test_catalogue_tear_down);
  g_test_add ("/import-merge/export-settles-edits", Fixture, NULL,
              bb_test_catalogue_set_up, test_export_settles_edits, bb_test_catalogue_tear_down);
  g_test_add ("/import-merge/changed-since-read", Fixture, NULL,
              bb_test_catalogue_set_up, test_changed_since_read, bb_test_catalogue_tear_down);
  g_test_add ("/import-merge/how-to-get-in", Fixture, NULL,
              bb_test_catalogue_set_up, test_how_to_get_in, bb_test_catalogue_tear_down);
  g_test_add ("/import-merge/undo", Fixture, NULL,
              bb_test_catalogue_set_up, test_undo, bb_test_catalogue_tear_down);

  return g_test_run ();
}
