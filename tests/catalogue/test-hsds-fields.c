/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What an HSDS file says of how to get in, when it changed, who provides it, its
 * places, hours, terms and pages stays as the file says it, and a catalogue from
 * before keeps its offers. */

#include <glib/gstdio.h>

#include "bb-offer-change.h"
#include "bb-test-hsds.h"
#include "bb-test-utils.h"

typedef BbTestCatalogue Fixture;

/* ---- what the file says, as it says it ------------------------------- */

/* "By appointment only" became an access route, shown and exported as open access. */
static void
test_how_to_get_in (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(BbImport) import = read_text ("{\"name\": \"Samtaler\", \"status\": \"active\","
                                          " \"application_process\": \"Henvisning fra egen læge\","
                                          " \"organization\": {\"id\": \"3d1e2f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f\","
                                          " \"name\": \"Kommunen\"}}");
  g_autoptr(BbOffer) stored = NULL;
  g_autoptr(JsonNode) page = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  BbOffer *offer = bb_test_get_offer (import, 0);
  JsonObject *service;
  JsonArray *attributes;

  g_assert_cmpstr (bb_offer_get_details (offer)->how_to_get_in, ==, "Henvisning fra egen læge");
  g_assert_false (bb_offer_get_details (offer)->access_stated);

  import_into (fixture->offers, import);
  stored = bb_offer_repository_find_by_uuid (fixture->offers, bb_offer_get_uuid (offer), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_offer_get_details (stored)->how_to_get_in, ==, "Henvisning fra egen læge");
  g_assert_false (bb_offer_get_details (stored)->access_stated);

  /* The file is not told an access route it never said. */
  path = export_from (fixture->offers, fixture->dir, "export.json");
  page = parse_file (path);
  service = get_service (page, 0);
  g_assert_cmpstr (json_object_get_string_member (service, "application_process"), ==,
                   "Henvisning fra egen læge");
  attributes = json_object_get_array_member (service, "attributes");
  for (guint i = 0; i < json_array_get_length (attributes); i++)
    {
      JsonObject *term = json_object_get_object_member (json_array_get_object_element (attributes, i),
                                                        "taxonomy_term");

      g_assert_cmpstr (json_object_get_string_member (term, "taxonomy"), !=, "brobygger-access");
    }

  /* Chosen here, it is known. */
  bb_offer_set_access (stored, BB_ACCESS_REFERRAL);
  bb_test_catalogue_save (fixture, stored);
  g_clear_object (&stored);
  stored = bb_offer_repository_find_by_uuid (fixture->offers, bb_offer_get_uuid (offer), &error);
  g_assert_true (bb_offer_get_details (stored)->access_stated);
  g_assert_cmpint (bb_offer_get_access (stored), ==, BB_ACCESS_REFERRAL);
}

/* Our own export names the access route in words: that is not how to get in. */
static void
test_own_access_words (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(BbOffer) offer = bb_test_new_offer ("Visiteret forløb", "Kommunen");
  g_autoptr(BbImport) import = NULL;
  g_autofree char *path = NULL;
  BbOffer *read;

  bb_offer_set_access (offer, BB_ACCESS_VISITATION);
  bb_test_catalogue_save (fixture, offer);
  path = export_from (fixture->offers, fixture->dir, "export.json");
  import = read_path (path);

  read = bb_test_get_offer (import, 0);
  g_assert_null (bb_offer_get_details (read)->how_to_get_in);
  g_assert_true (bb_offer_get_details (read)->access_stated);
  g_assert_cmpint (bb_offer_get_access (read), ==, BB_ACCESS_VISITATION);
}

/* After one import every record looked changed: last_modified became the import time. */
static void
test_last_modified (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(BbImport) import = read_text ("{\"name\": \"Natcafé\", \"status\": \"active\","
                                          " \"last_modified\": \"2025-12-01T22:00:00+01:00\","
                                          " \"organization_id\": \"8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d\"}");
  g_autoptr(BbOffer) stored = NULL;
  g_autoptr(GError) error = NULL;
  BbDatabase *database = bb_context_get_database (fixture->context);
  g_autofree char *uuid = g_strdup (bb_offer_get_uuid (bb_test_get_offer (import, 0)));

  import_into (fixture->offers, import);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM offers"
                                                " WHERE modified = '2025-12-01T21:00:00Z'"), ==, 1);

  /* An edit here is a change here, by the clock. */
  stored = bb_offer_repository_find_by_uuid (fixture->offers, uuid, &error);
  g_assert_no_error (error);
  bb_offer_set_description (stored, "Åbent hver nat.");
  bb_test_catalogue_save (fixture, stored);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM offers"
                                                " WHERE modified = '" BB_TEST_NOW_ISO "'"), ==, 1);
}

static char *
write_offer (BbOffer *offer,
             BbClock *clock)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(BbHsdsWriter) writer = bb_hsds_writer_new (stream, clock);
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_hsds_writer_add (writer, offer, NULL, &error));
  g_assert_true (bb_hsds_writer_close (writer, &error));
  g_assert_no_error (error);
  g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL);

  return g_strdup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)));
}

/* An offer that never said when it changed was written with the real time, so two
 * exports of it differed whenever a second passed between them: now it is the
 * clock's "now", which no slow run can move. */
static void
test_last_modified_by_clock (void)
{
  g_autoptr(BbImport) import = read_text ("{\"name\": \"Natcafé\", \"status\": \"active\","
                                          " \"organization_id\": \"8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d\"}");
  g_autoptr(BbClock) clock = bb_test_clock_new ();
  BbOffer *offer = bb_test_get_offer (import, 0);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(JsonNode) page = NULL;

  g_assert_null (bb_offer_get_modified (offer));
  first = write_offer (offer, clock);
  second = write_offer (offer, clock);
  g_assert_cmpstr (first, ==, second);

  page = json_from_string (first, NULL);
  g_assert_nonnull (page);
  g_assert_cmpstr (json_object_get_string_member (get_service (page, 0), "last_modified"), ==,
                   BB_TEST_NOW_ISO);
}

/* Providers kept only their name, and every one became "Municipality". */
static void
test_provider (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autofree char *path = fixture_path ("page-1-of-54.json");
  g_autoptr(BbImport) import = read_path (path);
  g_autoptr(BbOffer) stored = NULL;
  g_autoptr(JsonNode) page = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *export = NULL;
  JsonObject *organization;
  BbProvider *provider;

  import_into (fixture->offers, import);
  stored = bb_offer_repository_find_by_uuid (fixture->offers, "5b0c7a52-9d1e-4e0b-8f3a-2c6d1e9a7b41",
                                             &error);
  g_assert_no_error (error);

  provider = bb_offer_get_provider (stored);
  g_assert_cmpstr (bb_provider_get_uuid (provider), ==, "0f4a2c1e-7b3d-4c8e-9a15-6d2e8f1b3c70");
  g_assert_cmpstr (bb_provider_get_description (provider), ==,
                   "Frivillig forening med professionelle rådgivere");
  g_assert_cmpstr (bb_provider_get_website (provider), ==, "https://ungdommensraadgivning.example.dk");
  g_assert_cmpstr (bb_provider_get_email (provider), ==, "post@ungdommensraadgivning.example.dk");
  g_assert_cmpstr (bb_provider_get_phone (provider), ==, "86 19 10 00");
  g_assert_cmpstr (bb_provider_get_legal_status (provider), ==, "Forening");
  g_assert_cmpstr (bb_provider_get_tax_id (provider), ==, "DK12345678");
  g_assert_false (bb_provider_get_sector_stated (provider));
  g_assert_nonnull (strstr (bb_provider_get_extra (provider), "\"identifier\":\"12345678\""));

  /* The extension stays with its phone, and no sector is claimed. */
  export = export_from (fixture->offers, fixture->dir, "export.json");
  page = parse_file (export);
  organization = json_object_get_object_member (get_service (page, 0), "organization");
  g_assert_cmpstr (json_object_get_string_member (organization, "description"), ==,
                   "Frivillig forening med professionelle rådgivere");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (json_object_get_array_member (organization, "phones"), 0),
                                               "extension"), ==, 1);
  g_assert_false (json_object_has_member (organization, "attributes"));

  /* Chosen here, the sector is known. */
  bb_provider_set_sector (provider, BB_SECTOR_VOLUNTARY);
  g_assert_true (bb_list_repository_save_provider (bb_context_get_lists (fixture->context), provider,
                                                   &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = bb_offer_repository_find_by_uuid (fixture->offers, "5b0c7a52-9d1e-4e0b-8f3a-2c6d1e9a7b41",
                                             &error);
  g_assert_true (bb_provider_get_sector_stated (bb_offer_get_provider (stored)));
}

/* Places, schedules and terms of another taxonomy, with what the form shows of them. */
static void
test_structure (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *path = fixture_path ("page-1-of-54.json");
  g_autoptr(BbImport) import = read_path (path);
  BbOffer *offer = bb_test_get_offer (import, 0);
  BbOfferDetails *details = bb_offer_get_details (offer);
  BbOfferLocation *place;
  BbAddress *address;
  BbSchedule *schedule;
  BbTerm *term;

  g_assert_cmpuint (details->locations->len, ==, 2);
  place = g_ptr_array_index (details->locations, 0);
  g_assert_cmpstr (place->name, ==, "Ungehuset");
  g_assert_true (place->has_coordinates);
  g_assert_cmpfloat (place->latitude, ==, 56.1503);
  address = g_ptr_array_index (place->addresses, 0);
  g_assert_cmpstr (address->address_1, ==, "Vestergade 4");
  g_assert_cmpstr (address->postal_code, ==, "8000");
  g_assert_cmpint (((BbPhone *) g_ptr_array_index (place->phones, 0))->extension, ==, 210);
  g_assert_cmpuint (((BbOfferLocation *) g_ptr_array_index (details->locations, 1))->addresses->len, ==, 2);
  g_assert_cmpstr (bb_offer_get_location (offer), ==,
                   "Ungehuset, Vestergade 4, 8000 Aarhus C\n"
                   "Ungdomsskolen Viby, Skanderborgvej 182, 8260 Viby J");

  g_assert_cmpuint (details->schedules->len, ==, 3);
  schedule = g_ptr_array_index (details->schedules, 1);
  g_assert_cmpstr (schedule->byday, ==, "TH");
  g_assert_cmpstr (schedule->closes_at, ==, "19:00");
  g_assert_cmpstr (bb_offer_get_opening_hours (offer), ==,
                   "MO,TU,WE 09:00–17:00\nTH 09:00–19:00\nFR 09:00–14:00");

  g_assert_cmpuint (details->terms->len, ==, 2);
  term = g_ptr_array_index (details->terms, 0);
  g_assert_cmpstr (term->taxonomy, ==, "AIRS");
  g_assert_cmpstr (term->code, ==, "RP-1400.8000-020");
  g_assert_cmpstr (term->name, ==, "Crisis Intervention Hotlines");
  g_assert_cmpstr (bb_offer_get_keywords (offer), ==, "Crisis Intervention Hotlines, Youth");

  g_assert_cmpstr (details->alternate_name, ==, "Ung Linje");
  g_assert_cmpstr (details->eligibility, ==, "Unge 13–25 år med bopæl i Region Midtjylland");
  g_assert_cmpstr (details->fees, ==, "Gratis");
  g_assert_cmpstr (details->alert, ==, "Lukket 24.–26. december");
  /* Not a number of weeks: kept as written, not guessed at. */
  g_assert_cmpint (bb_offer_get_waiting_weeks (offer), ==, -1);
  g_assert_nonnull (strstr (details->extra, "\"wait_time\":\"2-3 uger til første samtale\""));
}

/* A file that holds one page of a longer list says so before it is imported. */
static void
test_pages (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autofree char *path = fixture_path ("page-1-of-54.json");
  g_autofree char *whole = fixture_path ("service_full.json");
  g_autoptr(BbImport) page = read_path (path);
  g_autoptr(BbImport) single = read_path (whole);

  g_assert_cmpstr (bb_hsds_get_import_notice (page), ==,
                   "This file holds 5 of 2700 services (page 1 of 54). Import the other pages too "
                   "to have them all.");
  g_assert_null (bb_hsds_get_import_notice (single));
}

/* Brobygger's own history travels as metadata, and a catalogue new to the offer takes
 * it as its own. */
static void
test_history (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(BbOffer) offer = bb_test_new_offer ("Natcafé", "Kirkens Korshær");
  g_autoptr(BbContext) other = NULL;
  g_autoptr(BbImport) import = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *other_folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(BbOffer) copy = NULL;
  g_autoptr(BbOfferChange) oldest = NULL;

  bb_test_catalogue_save (fixture, offer);
  bb_offer_set_description (offer, "Åbent om natten.");
  bb_test_catalogue_save (fixture, offer);
  path = export_from (fixture->offers, fixture->dir, "export.json");

  other = bb_test_context_new (&other_folder);
  import = read_path (path);
  import_into (bb_context_get_offers (other), import);
  copy = bb_offer_repository_find_by_uuid (bb_context_get_offers (other), bb_offer_get_uuid (offer),
                                           &error);
  g_assert_no_error (error);
  history = bb_offer_repository_list_history (bb_context_get_offers (other), bb_offer_get_id (copy),
                                              &error);
  g_assert_no_error (error);

  /* No "created" of its own: the file's two entries. */
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);
  oldest = g_list_model_get_item (history, 1);
  g_assert_cmpstr (bb_offer_change_get_field (oldest), ==, "created");
  g_assert_cmpstr (bb_offer_change_get_changed_at (oldest), ==, "2026-03-15");

  g_clear_object (&import);
  g_clear_object (&copy);
  g_clear_object (&history);
  g_assert_finalize_object (g_steal_pointer (&other));
  bb_test_remove_folder (other_folder);
}

/* A copy keeps what was read; a duplicate too, with ids of its own for its records
 * and its contact persons' kept members under their new ids. */
static void
test_copy_and_duplicate (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autofree char *path = fixture_path ("page-1-of-54.json");
  g_autoptr(BbImport) import = read_path (path);
  BbOffer *offer = bb_test_get_offer (import, 0);
  g_autoptr(BbOffer) copy = bb_offer_copy (offer);
  g_autoptr(BbOffer) duplicate = bb_offer_duplicate (offer);
  g_autoptr(BbContact) contact = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_contacts (duplicate)), 0);
  g_autoptr(GPtrArray) changes = bb_offer_diff (offer, copy);
  BbOfferDetails *details = bb_offer_get_details (duplicate);

  g_assert_true (bb_offer_details_equal (bb_offer_get_details (offer), bb_offer_get_details (copy)));
  g_assert_cmpuint (changes->len, ==, 0);

  g_assert_cmpuint (details->phones->len, ==, 2);
  g_assert_null (((BbPhone *) g_ptr_array_index (details->phones, 0))->id);
  g_assert_cmpstr (((BbPhone *) g_ptr_array_index (details->phones, 0))->number, ==, "555-0134");
  g_assert_nonnull (bb_offer_details_get_contact_extra (details, bb_contact_get_uuid (contact)));
  g_assert_cmpstr (((BbOfferLocation *) g_ptr_array_index (details->locations, 0))->id, ==,
                   "7a5e9b1c-8d0f-4e2a-9b6c-7d8e9f0a1b2c");

  /* Any difference in what is kept is a change. */
  g_free (bb_offer_get_details (copy)->alert);
  bb_offer_get_details (copy)->alert = g_strdup ("Åbent hele julen");
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = bb_offer_diff (offer, copy);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (bb_offer_change_get_field (g_ptr_array_index (changes, 0)), ==, "alert");
}

/* ---- a catalogue from before ----------------------------------------- */

static void
exec_file (sqlite3    *db,
           const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "..", "src", "core", "db",
                                                 "migrations", name, NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  char *message = NULL;

  g_file_get_contents (path, &sql, NULL, &error);
  g_assert_no_error (error);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", name, message);
}

/* The providers table is made again by 0005: its offers keep their providers. */
static void
test_migration (void)
{
  g_autofree char *folder = g_dir_make_tmp ("bb-hsds-migration-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "old.db", NULL);
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(BbContext) context = NULL;
  g_autoptr(BbOffer) offer = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_file (db, "0001-catalogue.sql");
  exec_file (db, "0002-catalogue-search.sql");
  exec_file (db, "0003-catalogue-trash.sql");
  exec_file (db, "0004-catalogue-exchange.sql");
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO providers (id, uuid, name, sort_key) VALUES (7, 'p', 'Kommunen', 'kommunen');"
                                 "INSERT INTO offers (uuid, title, sort_key, provider_id, created, modified)"
                                 " VALUES ('o', 'Natcafé', 'natcafe', 7, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');"
                                 "PRAGMA user_version = 4;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  database = bb_database_open (path, FALSE, &error);
  g_assert_no_error (error);
  context = bb_context_new (database, NULL, &error);
  g_assert_no_error (error);

  offer = bb_offer_repository_find_by_uuid (bb_context_get_offers (context), "o", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_provider_get_name (bb_offer_get_provider (offer)), ==, "Kommunen");
  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM pragma_table_info ('providers')"
                                                " WHERE name = 'shares_name'"), ==, 1);
  /* Searching by provider still works on the table made again. */
  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM offer_fts WHERE offer_fts MATCH 'kommunen'"), ==, 1);

  g_clear_object (&offer);
  g_assert_finalize_object (g_steal_pointer (&context));
  g_assert_finalize_object (g_steal_pointer (&database));
  bb_test_remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, bb_test_catalogue_set_up, func, bb_test_catalogue_tear_down)

  ADD ("/hsds/lossless/how-to-get-in", test_how_to_get_in);
  ADD ("/hsds/lossless/own-access-words", test_own_access_words);
  ADD ("/hsds/lossless/last-modified", test_last_modified);
  g_test_add_func ("/hsds/lossless/last-modified-by-clock", test_last_modified_by_clock);
  ADD ("/hsds/lossless/provider", test_provider);
  ADD ("/hsds/lossless/structure", test_structure);
  ADD ("/hsds/lossless/history", test_history);
  ADD ("/hsds/lossless/copy-and-duplicate", test_copy_and_duplicate);
  ADD ("/hsds/pages", test_pages);
  g_test_add_func ("/hsds/migration/providers", test_migration);

#undef ADD

  return g_test_run ();
}
