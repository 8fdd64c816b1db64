/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Tabular HSDS: datapackages as a folder, its datapackage.json and a zip, with HSDS
 * 3.x and 1.x/2.x table and column names, read into the records the JSON reader makes
 * of the same services. */

#include "config.h"

#include "bb-hsds-tabular.h"
#include "bb-offer-details.h"
#include "bb-offer-location.h"
#include "bb-phone.h"
#include "bb-sql.h"
#include "bb-test-hsds.h"
#include "bb-test-utils.h"

static char *
tabular_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "tabular", name, NULL);
}

static BbImport *
read_tabular (const char *name)
{
  g_autofree char *path = tabular_path (name);

  return read_path (path);
}

/* What the HSDS writer makes of every offer read: every value, shown or only carried. */
static char *
dup_services_text (BbImport *import)
{
  GListModel *records = bb_import_get_records (import);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(BbClock) clock = bb_test_clock_new ();
  g_autoptr(BbHsdsWriter) writer = bb_hsds_writer_new (stream, clock);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(BbImportRecord) record = g_list_model_get_item (records, i);

      g_assert_nonnull (bb_import_record_get_offer (record));
      g_assert_true (bb_hsds_writer_add (writer, bb_import_record_get_offer (record), NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_true (bb_hsds_writer_close (writer, &error));
  g_assert_no_error (error);
  g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL);

  return g_strdup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)));
}

static void
assert_same_records (BbImport *expected,
                     BbImport *actual)
{
  GListModel *want = bb_import_get_records (expected);
  GListModel *got = bb_import_get_records (actual);
  g_autofree char *want_text = NULL;
  g_autofree char *got_text = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (got), ==, g_list_model_get_n_items (want));
  for (guint i = 0; i < g_list_model_get_n_items (want); i++)
    bb_test_assert_offers_equal (bb_test_get_offer (expected, i), bb_test_get_offer (actual, i));

  want_text = dup_services_text (expected);
  got_text = dup_services_text (actual);
  g_assert_cmpstr (got_text, ==, want_text);
}

static void
test_hsds3_folder_equals_json (void)
{
  g_autoptr(BbImport) tables = read_tabular ("hsds-3");
  g_autoptr(BbImport) json = read_tabular ("hsds-3.json");

  g_assert_cmpuint (bb_import_count (tables, BB_IMPORT_ACTION_REJECT), ==, 0);
  assert_same_records (json, tables);
}

static void
test_datapackage_json_and_zip (void)
{
  g_autoptr(BbImport) folder = read_tabular ("hsds-3");
  g_autoptr(BbImport) datapackage = read_tabular ("hsds-3/datapackage.json");
  g_autoptr(BbImport) zip = read_tabular ("hsds-3.zip");
  g_autoptr(BbImport) old_folder = read_tabular ("hsds-1");
  g_autoptr(BbImport) old_zip = read_tabular ("hsds-1.zip");

  assert_same_records (folder, datapackage);
  assert_same_records (folder, zip);
  /* The zip holds the tables in a folder of their own, as exports do. */
  assert_same_records (old_folder, old_zip);
}

static void
test_hsds1_names (void)
{
  g_autoptr(BbImport) import = read_tabular ("hsds-1");
  BbOffer *first;
  BbOffer *second;
  BbOfferDetails *details;
  GPtrArray *locations;
  GPtrArray *phones;
  BbOfferLocation *location;
  BbAddress *address;
  BbPhone *phone;
  BbSchedule *schedule;
  BbTerm *term;

  g_assert_cmpuint (g_list_model_get_n_items (bb_import_get_records (import)), ==, 2);
  g_assert_cmpuint (bb_import_count (import, BB_IMPORT_ACTION_REJECT), ==, 0);

  first = bb_test_get_offer (import, 0);
  g_assert_cmpstr (bb_offer_get_title (first), ==, "Åben rådgivning for unge");
  g_assert_cmpstr (bb_offer_get_uuid (first), ==, "6a1c0f1e-0000-4000-8000-000000001001");
  /* organizations.csv "url" is HSDS 3's "website". */
  g_assert_cmpstr (bb_provider_get_name (bb_offer_get_provider (first)), ==, "Headspace Aarhus");
  g_assert_cmpstr (bb_provider_get_website (bb_offer_get_provider (first)), ==, "https://headspace.dk/aarhus");
  g_assert_cmpstr (bb_provider_get_phone (bb_offer_get_provider (first)), ==, "33 33 33 33");

  details = bb_offer_get_details (first);
  /* services.csv "application_process" is how to get in, as written. */
  g_assert_cmpstr (details->how_to_get_in, ==, "Mød op uden aftale tirsdag og torsdag");

  /* physical_addresses.csv joined to locations.csv through services_at_location.csv. */
  locations = details->locations;
  g_assert_cmpuint (locations->len, ==, 1);
  location = g_ptr_array_index (locations, 0);
  g_assert_cmpstr (location->name, ==, "Headspace Aarhus, Banegårdspladsen");
  g_assert_cmpstr (location->transportation, ==, "Bus 2A");
  g_assert_true (location->has_coordinates);
  g_assert_cmpfloat_with_epsilon (location->latitude, 56.1503, 1e-9);
  g_assert_cmpuint (location->addresses->len, ==, 1);
  address = g_ptr_array_index (location->addresses, 0);
  g_assert_cmpstr (address->address_1, ==, "Banegårdspladsen 4");
  g_assert_cmpstr (address->postal_code, ==, "8000");
  g_assert_cmpstr (address->address_type, ==, "physical");

  /* phones.csv with its extension. */
  phones = details->phones;
  g_assert_cmpuint (phones->len, ==, 1);
  phone = g_ptr_array_index (phones, 0);
  g_assert_cmpstr (phone->number, ==, "70 27 77 02");
  g_assert_cmpint (phone->extension, ==, 12);

  /* regular_schedules.csv "weekday", as a number and as a name. */
  g_assert_cmpuint (details->schedules->len, ==, 2);
  schedule = g_ptr_array_index (details->schedules, 0);
  g_assert_cmpstr (schedule->byday, ==, "TU");
  schedule = g_ptr_array_index (details->schedules, 1);
  g_assert_cmpstr (schedule->byday, ==, "TH");

  second = bb_test_get_offer (import, 1);
  /* eligibility.csv, a table of its own before HSDS 3. */
  g_assert_cmpstr (bb_offer_get_details (second)->eligibility, ==, "Unge 15–24 år med angst");
  /* service_taxonomy.csv to taxonomy_terms.csv "term": the foreign term with its taxonomy. */
  g_assert_cmpuint (bb_offer_get_details (second)->terms->len, ==, 1);
  term = g_ptr_array_index (bb_offer_get_details (second)->terms, 0);
  g_assert_cmpstr (term->name, ==, "Anxiety Disorders Counseling");
  g_assert_cmpstr (term->taxonomy, ==, "AIRS");
}

static void
test_hsds1_as_hsds3 (void)
{
  g_autoptr(BbImport) old = read_tabular ("hsds-1");
  g_autoptr(BbImport) json = read_tabular ("hsds-1.json");

  /* The same services as HSDS 3 JSON: what the old names mean today. */
  assert_same_records (json, old);
}

static void
test_not_a_datapackage (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "golden", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbImport) import = bb_offer_exchange_read_file (folder, &error);

  g_assert_null (import);
  g_assert_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "services.csv"));
}

/* One table of a real datapackage chosen as an offers CSV: the package it is in,
 * whole; a table without its package is named for what it is. */
static void
test_table_of_package (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "fixtures", "foreign", "hsds-3-tabular", NULL);
  g_autofree char *services = g_build_filename (folder, "services.csv", NULL);
  g_autofree char *organizations = g_build_filename (folder, "organizations.csv", NULL);
  g_autoptr(BbImport) whole = read_path (folder);
  g_autoptr(BbImport) from_services = read_path (services);
  g_autoptr(BbImport) from_organizations = read_path (organizations);

  g_assert_cmpuint (g_list_model_get_n_items (bb_import_get_records (whole)), >, 0);
  assert_same_records (whole, from_services);
  assert_same_records (whole, from_organizations);
  g_assert_cmpstr (bb_import_get_file_name (from_services), ==, "hsds-3-tabular");
}

static void
test_table_alone (void)
{
  const char *tables[] = { "services.csv", "organizations.csv" };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "foreign", "hsds-1-all-resources",
                                                     tables[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(BbImport) import = bb_offer_exchange_read_file (file, &error);

      g_assert_null (import);
      g_assert_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT);
      if (i == 0)
        g_assert_cmpstr (error->message, ==,
                         "This is the services table of an Open Referral datapackage. "
                         "Choose the folder or datapackage.json to import it whole.");
      else
        g_assert_cmpstr (error->message, ==,
                         "“organizations.csv” is a table of an Open Referral datapackage. "
                         "Choose the folder or datapackage.json to import it whole.");
    }
}

static void
test_several_files (void)
{
  g_autofree char *first_path = tabular_path ("hsds-3.json");
  g_autofree char *second_path = fixture_path ("service_list.json");
  g_autoptr(GFile) first = g_file_new_for_path (first_path);
  g_autoptr(GFile) second = g_file_new_for_path (second_path);
  GFile *files[] = { first, second, first };
  g_autoptr(BbImport) one = read_tabular ("hsds-3.json");
  g_autoptr(BbImport) two = read_path (second_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbImport) all = bb_offer_exchange_read_files (files, G_N_ELEMENTS (files), &error);
  guint n_one = g_list_model_get_n_items (bb_import_get_records (one));
  guint n_two = g_list_model_get_n_items (bb_import_get_records (two));
  g_autoptr(BbImportRecord) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (bb_import_get_records (all)), ==, 2 * n_one + n_two);
  g_assert_cmpstr (bb_import_get_file_name (all), ==, "hsds-3.json, service_list.json, hsds-3.json");

  /* The same file twice: its services once, the second time refused in words. */
  g_assert_cmpuint (bb_import_count (all, BB_IMPORT_ACTION_REJECT), ==,
                    n_one + bb_import_count (two, BB_IMPORT_ACTION_REJECT));
  again = g_list_model_get_item (bb_import_get_records (all), n_one + n_two);
  g_assert_nonnull (strstr (bb_import_record_get_reason (again), "which hsds-3.json uses too"));
}

static void
test_several_files_one_transaction (BbTestCatalogue *fixture,
                                    gconstpointer    user_data)
{
  g_autofree char *first_path = tabular_path ("hsds-3.json");
  g_autofree char *second_path = tabular_path ("hsds-1.zip");
  g_autoptr(GFile) first = g_file_new_for_path (first_path);
  g_autoptr(GFile) second = g_file_new_for_path (second_path);
  GFile *files[] = { first, second };
  g_autoptr(GError) error = NULL;
  g_autoptr(BbImport) all = bb_offer_exchange_read_files (files, G_N_ELEMENTS (files), &error);

  g_assert_no_error (error);
  /* hsds-1 has two of the three services of hsds-3: refused as used twice. */
  g_assert_cmpuint (bb_import_count (all, BB_IMPORT_ACTION_REJECT), ==, 2);
  import_into (fixture->offers, all);
  g_assert_cmpint (bb_test_query_int (bb_context_get_database (fixture->context),
                                      "SELECT count(*) FROM offers"), ==, 3);
  g_assert_cmpint (bb_test_query_int (bb_context_get_database (fixture->context),
                                      "SELECT count(DISTINCT import_id) FROM offer_history "
                                      "WHERE import_id IS NOT NULL"), <=, 1);
}

static char *
query_text (BbDatabase *database,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbStatement) stmt = bb_database_prepare (database, sql, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (text, "%s%s", c > 0 ? "|" : "",
                                (const char *) sqlite3_column_text (stmt, c));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/* A 1.x datapackage whose two organizations share a name and state no sector: two
 * providers, each with its id, description, website, e-mail, tax id and legal status,
 * the sector "not stated"; a re-import leaves a sector and department chosen here. */
static void
test_provider_rules (BbTestCatalogue *fixture,
                     gconstpointer    user_data)
{
  BbDatabase *database = bb_context_get_database (fixture->context);
  g_autoptr(BbImport) first = read_tabular ("same-name");
  g_autoptr(BbImport) again = NULL;
  g_autofree char *providers = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  import_into (fixture->offers, first);
  providers = query_text (database,
                          "SELECT p.uuid, p.name, p.website, p.email, d.description, d.tax_id,"
                          " d.legal_status, d.sector_stated"
                          " FROM providers p JOIN provider_details d ON d.provider_id = p.id ORDER BY p.uuid");
  g_assert_cmpstr (providers, ==,
                   "7b2d0a10-0000-4000-8000-000000000001|Headspace|https://headspace.dk/aarhus|"
                   "aarhus@headspace.dk|Rådgivning for unge i Aarhus.|37465512|Forening|0\n"
                   "7b2d0a10-0000-4000-8000-000000000002|Headspace|https://headspace.dk/odense|"
                   "odense@headspace.dk|Rådgivning for unge i Odense.|37465539|Forening|0\n");
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count (DISTINCT provider_id) FROM offers"), ==, 2);

  g_assert_true (bb_database_exec (database,
                                   "UPDATE providers SET sector = 'voluntary', department = 'Ungeteamet'"
                                   " WHERE uuid = '7b2d0a10-0000-4000-8000-000000000001'",
                                   &error));
  g_assert_no_error (error);
  again = read_tabular ("same-name");
  import_into (fixture->offers, again);
  after = query_text (database, "SELECT uuid, sector, department FROM providers ORDER BY uuid");
  g_assert_cmpstr (after, ==,
                   "7b2d0a10-0000-4000-8000-000000000001|voluntary|Ungeteamet\n"
                   "7b2d0a10-0000-4000-8000-000000000002|municipality|\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/hsds-tabular/hsds-3-folder-equals-json", test_hsds3_folder_equals_json);
  g_test_add_func ("/hsds-tabular/datapackage-json-and-zip", test_datapackage_json_and_zip);
  g_test_add_func ("/hsds-tabular/hsds-1-names", test_hsds1_names);
  g_test_add_func ("/hsds-tabular/hsds-1-as-hsds-3", test_hsds1_as_hsds3);
  g_test_add_func ("/hsds-tabular/not-a-datapackage", test_not_a_datapackage);
  g_test_add_func ("/hsds-tabular/several-files", test_several_files);
  g_test_add_func ("/hsds-tabular/table-of-package", test_table_of_package);
  g_test_add_func ("/hsds-tabular/table-alone", test_table_alone);
  g_test_add ("/hsds-tabular/provider-rules", BbTestCatalogue, NULL,
              bb_test_catalogue_set_up, test_provider_rules, bb_test_catalogue_tear_down);
  g_test_add ("/hsds-tabular/several-files-one-transaction", BbTestCatalogue, NULL,
              bb_test_catalogue_set_up, test_several_files_one_transaction, bb_test_catalogue_tear_down);

  return g_test_run ();
}
