/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A provider's phones, each stored with its extension, type and description: read
 * from a file, kept in provider_phones and written back as they came; moved there by
 * migrations/0016-phones-accessibility.sql from where databases written before kept them. */

#include "bb-test-hsds.h"
#include "bb-test-utils.h"

static JsonArray *
get_organization_phones (JsonNode *page)
{
  JsonObject *organization = json_object_get_object_member (get_service (page, 0), "organization");

  return json_object_get_array_member (organization, "phones");
}

/* Every phone of the file's organization is stored as a row of its own and written
 * back, extensions and all. */
static void
test_stored_and_exported (void)
{
  g_autofree char *folder = NULL;
  g_autoptr(BbContext) context = bb_test_context_new (&folder);
  BbDatabase *database = bb_context_get_database (context);
  g_autoptr(BbImport) import = read_path (fixture_path ("provider-phones.json"));
  g_autofree char *path = NULL;
  g_autoptr(JsonNode) page = NULL;
  JsonArray *phones;

  import_into (bb_context_get_offers (context), import);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM provider_phones"), ==, 3);
  g_assert_cmpint (bb_test_query_int (database, "SELECT extension FROM provider_phones WHERE position = 2"), ==, 3);
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count(*) FROM provider_phones WHERE position = 1"
                                      " AND number = '98 12 34 57' AND type = 'fax' AND extension = 7"), ==, 1);
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count(*) FROM providers WHERE phone = '+45 98 12 34 56'"), ==, 1);
  /* The place's accessibility notes, each in a row of its own. */
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count(*) FROM offer_place_accessibility WHERE details IS NOT NULL"
                                      " AND url IS NOT NULL"), ==, 1);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM offer_place_accessibility"), ==, 2);
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count(*) FROM offer_places WHERE extra LIKE '%accessibility%'"), ==, 0);
  /* Nothing of them left in what is carried. */
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count(*) FROM provider_details WHERE extra LIKE '%phones%'"), ==, 0);

  path = export_from (bb_context_get_offers (context), folder, "export.json");
  page = parse_file (path);
  phones = get_organization_phones (page);
  g_assert_cmpuint (json_array_get_length (phones), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (phones, 0), "extension"), ==, 101);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (phones, 2), "description"), ==,
                   "Vejlederen på værkstedet");
  g_assert_true (json_object_has_member (json_array_get_object_element (phones, 0), "languages"));

  g_clear_object (&import);
  g_assert_finalize_object (g_steal_pointer (&context));
  bb_test_remove_folder (folder);
}

/* A database written before: the first number in the provider's row, the file's
 * phones in what was carried. The migration gives each its row, the first as the
 * form showed it, so the export reads as before. */
static void
test_migration (void)
{
  g_autofree char *folder = NULL;
  g_autoptr(BbContext) context = bb_test_context_new (&folder);
  BbDatabase *database = bb_context_get_database (context);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_resources_lookup_data ("/io/github/brobygger/Brobygger/db/migrations/0016-phones-accessibility.sql",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_true (bb_database_exec (database,
                                   "DROP TABLE provider_phones;"
                                   "DROP TABLE offer_place_accessibility;"
                                   "DROP TRIGGER offer_places_accessibility;"
                                   "ALTER TABLE import_providers DROP COLUMN phones;"
                                   "INSERT INTO providers (id, uuid, name, sort_key, phone) VALUES"
                                   " (1, 'u1', 'A', 'a', '12345678'),"
                                   " (2, 'u2', 'B', 'b', '+45 70 20 30 40'),"
                                   " (3, 'u3', 'C', 'c', ''),"
                                   " (4, 'u4', 'D', 'd', '87654321');"
                                   "INSERT INTO provider_details (provider_id, extra) VALUES"
                                   " (2, '{\"funding\":[1],\"phones\":[{\"number\":\"Tel. +45 70 20 30 40\",\"id\":\"x2\","
                                   "\"zeta\":true},{\"id\":\"p2\",\"number\":\"33334444\",\"extension\":12,\"type\":\"fax\"},"
                                   "{\"id\":\"nonum\"}]}'),"
                                   " (3, '{\"phones\":[{\"number\":\"123\",\"id\":\"c1\"}]}'),"
                                   " (4, '{\"phones\":[{\"extension\":5,\"type\":\"cell\"},{\"number\":\"99998888\"}]}');",
                                   &error));
  g_assert_no_error (error);
  bb_database_exec (database, sql, &error);
  g_assert_no_error (error);

  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM provider_phones"), ==, 6);
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count(*) FROM provider_phones WHERE provider_id = 1 AND position = 0"
                                      " AND number = '12345678' AND uuid IS NULL"), ==, 1);
  /* The number as its file wrote it, which the form showed cleaned. */
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count(*) FROM provider_phones WHERE provider_id = 2 AND position = 0"
                                      " AND number = 'Tel. +45 70 20 30 40' AND uuid = 'x2'"
                                      " AND extra = '{\"zeta\":true}'"), ==, 1);
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT extension FROM provider_phones WHERE provider_id = 2 AND position = 1"), ==, 12);
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count(*) FROM provider_details WHERE provider_id = 2"
                                      " AND extra = '{\"funding\":[1],\"phones\":[{\"id\":\"nonum\"}]}'"), ==, 1);
  /* A number the form could not show stays, as written. */
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count(*) FROM provider_phones WHERE provider_id = 3 AND number = '123'"), ==, 1);
  /* The first kept phone was the shown one: its extension and type are the number's. */
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count(*) FROM provider_phones WHERE provider_id = 4 AND position = 0"
                                      " AND number = '87654321' AND extension = 5 AND type = 'cell'"), ==, 1);
  g_assert_cmpint (bb_test_query_int (database,
                                      "SELECT count(*) FROM provider_details WHERE extra != ''"), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&context));
  bb_test_remove_folder (folder);
}

/* The lists load every phone, and save them as edited. */
static void
test_lists_save (void)
{
  g_autofree char *folder = NULL;
  g_autoptr(BbContext) context = bb_test_context_new (&folder);
  BbListRepository *lists = bb_context_get_lists (context);
  g_autoptr(BbProvider) provider = bb_provider_new ("Værkstedet");
  g_autoptr(GPtrArray) phones = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_phone_free);
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(BbProvider) loaded = NULL;
  g_autoptr(GError) error = NULL;
  BbPhone *phone;

  g_ptr_array_add (phones, bb_phone_new ("98 12 34 56"));
  phone = bb_phone_new ("98 12 34 57");
  phone->extension = 44;
  phone->type = g_strdup ("fax");
  g_ptr_array_add (phones, phone);
  bb_provider_set_phones (provider, phones);
  g_assert_cmpstr (bb_provider_get_phone (provider), ==, "98 12 34 56");
  g_assert_true (bb_list_repository_save_provider (lists, provider, &error));
  g_assert_no_error (error);

  listed = bb_list_repository_list_providers (lists, &error);
  g_assert_no_error (error);
  loaded = g_list_model_get_item (listed, 0);
  g_assert_cmpuint (bb_provider_get_phones (loaded)->len, ==, 2);
  g_assert_true (bb_provider_phones_equal (loaded, provider));
  g_assert_cmpstr (bb_provider_get_phone (loaded), ==, "98 12 34 56");

  g_assert_finalize_object (g_steal_pointer (&context));
  bb_test_remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/provider-phones/stored-and-exported", test_stored_and_exported);
  g_test_add_func ("/provider-phones/migration", test_migration);
  g_test_add_func ("/provider-phones/lists-save", test_lists_save);

  return g_test_run ();
}
