/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <json-glib/json-glib.h>

#include "bb-hsds.h"
#include "bb-import.h"
#include "bb-offer-change.h"
#include "bb-offer-exchange.h"
#include "bb-test-offers.h"
#include "bb-test-utils.h"

typedef BbTestCatalogue Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  bb_test_catalogue_set_up (fixture, user_data);
  bb_database_set_user_name (bb_context_get_database (fixture->context), "Mette Holm");
}

static GInputStream *
memory_stream (const char *data)
{
  gsize len = strlen (data);

  return g_memory_input_stream_new_from_data (g_memdup2 (data, len), len, g_free);
}

static BbImport *
read_text (const char  *text,
           GError     **error)
{
  g_autoptr(GInputStream) stream = memory_stream (text);
  g_autoptr(BbImport) import = bb_import_new ();

  if (!bb_hsds_read (stream, import, error))
    return NULL;

  return g_steal_pointer (&import);
}

static BbImport *
read_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "hsds", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(BbImport) import = bb_import_new ();
  g_autoptr(GError) error = NULL;

  stream = g_file_read (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (bb_hsds_read (G_INPUT_STREAM (stream), import, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&import);
}

static guint
count_records (BbImport *import)
{
  return g_list_model_get_n_items (bb_import_get_records (import));
}

static gpointer
get_item (GListStore *store,
          guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), position);

  return item;
}

static guint
count_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static void
commit (Fixture  *fixture,
        BbImport *import)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_offer_repository_prepare_import (fixture->offers, import, &error));
  g_assert_no_error (error);
  g_assert_true (bb_offer_repository_commit_import (fixture->offers, import, &error));
  g_assert_no_error (error);
}

static guint
count_offers (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  guint n = bb_offer_repository_count (fixture->offers, &error);

  g_assert_no_error (error);
  return n;
}

static char *
export_to_file (Fixture    *fixture,
                const char *name)
{
  g_autoptr(GFile) file = bb_test_catalogue_file (fixture, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_offer_exchange_export (fixture->offers, file, &error));
  g_assert_no_error (error);

  return g_file_get_path (file);
}

static BbImport *
read_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbImport) import = bb_offer_exchange_read_file (file, &error);

  g_assert_no_error (error);
  return g_steal_pointer (&import);
}

static BbOffer *
make_full_offer (void)
{
  BbOffer *offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Ungdommens Rådgivning");
  g_autoptr(BbTargetGroup) anxiety = bb_target_group_new ("Unge 15-25 med angst og depression");
  g_autoptr(BbTargetGroup) parents = bb_target_group_new ("Forældre og pårørende");
  g_autoptr(BbStep) step = bb_step_new (2, "Specialiseret kommunalt");
  g_autoptr(BbContact) psychologist = bb_contact_new ("Mette Holm");
  g_autoptr(BbContact) adviser = bb_contact_new ("Jonas Ørum");

  bb_provider_set_sector (provider, BB_SECTOR_VOLUNTARY);
  bb_provider_set_department (provider, "Ungeteamet");
  bb_provider_set_website (provider, "https://ungdommens-raadgivning.dk/ung");
  bb_provider_set_email (provider, "post@ungdommens-raadgivning.dk");
  bb_provider_set_phone (provider, "+45 33 12 34 56");

  bb_step_set_description (step, "Specialiserede kommunale tilbud med visitation");

  bb_contact_set_role (psychologist, "Psykolog");
  bb_contact_set_phone (psychologist, "+45 12 34 56 78");
  bb_contact_set_email (psychologist, "meho@kommune.dk");
  bb_contact_set_ambassador (psychologist, TRUE);
  bb_contact_set_role (adviser, "Socialrådgiver");
  bb_contact_set_phone (adviser, "87 65 43 21");

  bb_offer_set_title (offer, "Rådgivende samtaler for unge");
  bb_offer_set_summary (offer, "Op til fem samtaler med en psykolog.");
  bb_offer_set_description (offer, "Samtalerne tager udgangspunkt i den unges egne mål.\n\n"
                                   "Forældre kan deltage efter aftale.");
  bb_offer_set_provider (offer, provider);
  bb_offer_set_legal_basis (offer, "Serviceloven § 11");
  bb_offer_set_age_min (offer, 15);
  bb_offer_set_age_max (offer, 25);
  bb_offer_set_access (offer, BB_ACCESS_VISITATION);
  bb_offer_set_capacity (offer, 12);
  bb_offer_set_waiting_weeks (offer, 3);
  bb_offer_set_location (offer, "Ungehuset, Vestergade 4, 8000 Aarhus C");
  bb_offer_set_opening_hours (offer, "Man–tors 9–17\nFre 9–14");
  bb_offer_set_status (offer, BB_OFFER_STATUS_PAUSED);
  bb_offer_set_reviewed (offer, "2024-03-01");
  bb_offer_set_keywords (offer, "angst, depression, samtaler");

  g_list_store_append (bb_offer_get_target_groups (offer), anxiety);
  g_list_store_append (bb_offer_get_target_groups (offer), parents);
  g_list_store_append (bb_offer_get_steps (offer), step);
  g_list_store_append (bb_offer_get_contacts (offer), psychologist);
  g_list_store_append (bb_offer_get_contacts (offer), adviser);

  return offer;
}

/* What bb_test_assert_offers_equal () compares, and what only HSDS carries besides:
 * the ids of every part, the provider's contact details, the steps' levels and
 * descriptions, and the time of the last change. */
static void
assert_same_offer (BbOffer *expected,
                   BbOffer *actual)
{
  BbProvider *a = bb_offer_get_provider (expected);
  BbProvider *b = bb_offer_get_provider (actual);
  g_autoptr(GPtrArray) changes = bb_offer_diff (expected, actual);

  bb_test_assert_offers_equal (expected, actual);
  g_assert_cmpstr (bb_offer_get_modified (actual), ==, bb_offer_get_modified (expected));

  g_assert_cmpstr (bb_provider_get_uuid (b), ==, bb_provider_get_uuid (a));
  g_assert_cmpstr (bb_provider_get_website (b), ==, bb_provider_get_website (a));
  g_assert_cmpstr (bb_provider_get_email (b), ==, bb_provider_get_email (a));
  g_assert_cmpstr (bb_provider_get_phone (b), ==, bb_provider_get_phone (a));

  g_assert_cmpuint (count_items (bb_offer_get_target_groups (actual)), ==,
                    count_items (bb_offer_get_target_groups (expected)));
  for (guint i = 0; i < count_items (bb_offer_get_target_groups (expected)); i++)
    {
      BbTargetGroup *x = get_item (bb_offer_get_target_groups (expected), i);
      BbTargetGroup *y = get_item (bb_offer_get_target_groups (actual), i);

      g_assert_cmpstr (bb_target_group_get_uuid (y), ==, bb_target_group_get_uuid (x));
    }

  g_assert_cmpuint (count_items (bb_offer_get_steps (actual)), ==,
                    count_items (bb_offer_get_steps (expected)));
  for (guint i = 0; i < count_items (bb_offer_get_steps (expected)); i++)
    {
      BbStep *x = get_item (bb_offer_get_steps (expected), i);
      BbStep *y = get_item (bb_offer_get_steps (actual), i);

      g_assert_cmpstr (bb_step_get_uuid (y), ==, bb_step_get_uuid (x));
      g_assert_cmpint (bb_step_get_level (y), ==, bb_step_get_level (x));
      g_assert_cmpstr (bb_step_get_description (y), ==, bb_step_get_description (x));
    }

  for (guint i = 0; i < count_items (bb_offer_get_contacts (expected)); i++)
    {
      BbContact *x = get_item (bb_offer_get_contacts (expected), i);
      BbContact *y = get_item (bb_offer_get_contacts (actual), i);

      g_assert_cmpstr (bb_contact_get_uuid (y), ==, bb_contact_get_uuid (x));
    }

  g_assert_cmpuint (changes->len, ==, 0);
}

/* Examples from the HSDS specification */

static void
test_import_service_list (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(BbImport) import = read_fixture ("service_list.json");
  BbOffer *offer;
  BbProvider *provider;

  g_assert_cmpuint (count_records (import), ==, 1);
  g_assert_cmpuint (bb_import_record_get_line (bb_test_get_record (import, 0)), ==, 1);

  offer = bb_test_get_offer (import, 0);
  g_assert_cmpstr (bb_offer_get_uuid (offer), ==, "ac148810-d857-441c-9679-408f346de14b");
  g_assert_cmpstr (bb_offer_get_title (offer), ==, "Community Counselling");
  g_assert_true (g_str_has_prefix (bb_offer_get_description (offer),
                                   "Counselling Services provided by trained professionals."));
  g_assert_cmpint (bb_offer_get_status (offer), ==, BB_OFFER_STATUS_ACTIVE);
  g_assert_cmpint (bb_offer_get_age_min (offer), ==, 12);
  g_assert_cmpint (bb_offer_get_age_max (offer), ==, 100);
  g_assert_cmpstr (bb_offer_get_reviewed (offer), ==, "2005-01-01");
  g_assert_cmpstr (bb_offer_get_modified (offer), ==, "2023-03-15T10:30:45Z");
  /* "wait_time": "wait_time" says nothing we can count. */
  g_assert_cmpint (bb_offer_get_waiting_weeks (offer), ==, -1);

  provider = bb_offer_get_provider (offer);
  g_assert_nonnull (provider);
  g_assert_cmpstr (bb_provider_get_uuid (provider), ==, "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");
  g_assert_cmpstr (bb_provider_get_name (provider), ==, "Example Organization Inc.");
  g_assert_cmpint (bb_provider_get_sector (provider), ==, BB_SECTOR_MUNICIPALITY);
  g_assert_cmpstr (bb_provider_get_website (provider), ==, "http://example.com");
  g_assert_cmpstr (bb_provider_get_email (provider), ==, "email@example.com");

  commit (fixture, import);
  g_assert_cmpuint (count_offers (fixture), ==, 1);
}

static void
test_import_service_full (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(BbImport) import = read_fixture ("service_full.json");
  BbOffer *offer;
  BbContact *contact;

  g_assert_cmpuint (count_records (import), ==, 1);
  offer = bb_test_get_offer (import, 0);
  g_assert_cmpstr (bb_offer_get_title (offer), ==, "Community Counselling");
  g_assert_cmpstr (bb_provider_get_name (bb_offer_get_provider (offer)), ==,
                   "Example Organization Inc.");
  /* "maximum" is the number of places; "available" only how many are free now. */
  g_assert_cmpint (bb_offer_get_capacity (offer), ==, 10);
  g_assert_cmpstr (bb_offer_get_opening_hours (offer), ==,
                   "The service is available from 10 am to 6pm weekdays. "
                   "The service is not available on public holidays.");
  g_assert_cmpstr (bb_offer_get_location (offer), ==,
                   "MyCity Civic Center, 1-30 Main Street, ABC 1234 MyCity");
  /* A term of a foreign taxonomy becomes a keyword. */
  g_assert_cmpstr (bb_offer_get_keywords (offer), ==, "name");

  g_assert_cmpuint (count_items (bb_offer_get_contacts (offer)), ==, 1);
  contact = get_item (bb_offer_get_contacts (offer), 0);
  g_assert_cmpstr (bb_contact_get_uuid (contact), ==, "1e7efce3-639b-4880-940c-b95cd30cdb50");
  g_assert_cmpstr (bb_contact_get_name (contact), ==, "Ann Persona");
  g_assert_cmpstr (bb_contact_get_role (contact), ==, "Reception Manager");
  g_assert_cmpstr (bb_contact_get_email (contact), ==, "email@example.com");
  g_assert_cmpstr (bb_contact_get_phone (contact), ==, "+44 1234 234567");
  g_assert_false (bb_contact_get_ambassador (contact));

  commit (fixture, import);
  g_assert_cmpuint (count_offers (fixture), ==, 1);
}

static void
test_import_organization (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(BbImport) import = read_fixture ("organization_full.json");
  BbOffer *offer;
  BbProvider *provider;

  g_assert_cmpuint (count_records (import), ==, 1);
  offer = bb_test_get_offer (import, 0);
  g_assert_cmpstr (bb_offer_get_title (offer), ==, "Community Counselling");

  /* The services of an organization are its own. */
  provider = bb_offer_get_provider (offer);
  g_assert_cmpstr (bb_provider_get_uuid (provider), ==, "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");
  g_assert_cmpstr (bb_provider_get_name (provider), ==, "Example Organization Inc.");
  /* Its phones as the file wrote them, quotes and all (the specification's example
   * has them), each editable in the lists. */
  g_assert_cmpstr (bb_provider_get_phone (provider), ==, "\"+44 1234 234567\"");
  g_assert_cmpuint (bb_provider_get_phones (provider)->len, ==, 1);

  commit (fixture, import);
  g_assert_cmpuint (count_offers (fixture), ==, 1);
}

/* Our own files */

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(BbOffer) full = make_full_offer ();
  g_autoptr(BbOffer) small = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Jobcenter Vest");
  g_autoptr(BbOffer) stored_full = NULL;
  g_autoptr(BbOffer) stored_small = NULL;
  g_autoptr(BbImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  /* Little filled in, and keywords not written the way the export writes them. */
  bb_offer_set_title (small, "Afklarende forløb");
  bb_offer_set_provider (small, provider);
  bb_offer_set_status (small, BB_OFFER_STATUS_CLOSED);
  bb_offer_set_access (small, BB_ACCESS_REFERRAL);
  bb_offer_set_age_min (small, 18);
  bb_offer_set_capacity (small, 0);
  bb_offer_set_keywords (small, "job,uddannelse ;  afklaring");

  bb_test_catalogue_save (fixture, full);
  bb_test_catalogue_save (fixture, small);
  stored_full = bb_offer_repository_get (fixture->offers, bb_offer_get_id (full), &error);
  g_assert_no_error (error);
  stored_small = bb_offer_repository_get (fixture->offers, bb_offer_get_id (small), &error);
  g_assert_no_error (error);

  path = export_to_file (fixture, "catalogue.json");
  import = read_file (path);

  /* Ordered by title. */
  g_assert_cmpuint (count_records (import), ==, 2);
  assert_same_offer (stored_small, bb_test_get_offer (import, 0));
  assert_same_offer (stored_full, bb_test_get_offer (import, 1));

  /* The store sees nothing new in them. */
  g_assert_true (bb_offer_repository_prepare_import (fixture->offers, import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (import, 0)), ==,
                   BB_IMPORT_ACTION_UNCHANGED);
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (import, 1)), ==,
                   BB_IMPORT_ACTION_UNCHANGED);
}

static void
test_round_trip_other_store (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(BbOffer) offer = make_full_offer ();
  g_autoptr(BbOffer) stored = NULL;
  g_autoptr(BbOffer) copied = NULL;
  g_autoptr(BbDatabase) other_database = NULL;
  g_autoptr(BbContext) other = NULL;
  BbOfferRepository *other_offers;
  g_autoptr(BbImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *other_path = NULL;

  bb_test_catalogue_save (fixture, offer);
  stored = bb_offer_repository_get (fixture->offers, bb_offer_get_id (offer), &error);
  g_assert_no_error (error);
  path = export_to_file (fixture, "catalogue.json");

  /* Another municipality takes the file in. */
  other_path = g_build_filename (fixture->dir, "other.db", NULL);
  other_database = bb_database_open (other_path, FALSE, &error);
  g_assert_no_error (error);
  other = bb_context_new (other_database, NULL, &error);
  g_assert_no_error (error);
  other_offers = bb_context_get_offers (other);
  import = read_file (path);
  g_assert_true (bb_offer_repository_prepare_import (other_offers, import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (import, 0)), ==,
                   BB_IMPORT_ACTION_NEW);
  g_assert_true (bb_offer_repository_commit_import (other_offers, import, &error));
  g_assert_no_error (error);

  copied = bb_offer_repository_find_by_uuid (other_offers, bb_offer_get_uuid (offer), &error);
  g_assert_no_error (error);
  g_assert_nonnull (copied);
  g_assert_cmpstr (bb_offer_get_title (copied), ==, bb_offer_get_title (stored));
  g_assert_cmpstr (bb_offer_get_summary (copied), ==, bb_offer_get_summary (stored));
  g_assert_cmpstr (bb_offer_get_legal_basis (copied), ==, bb_offer_get_legal_basis (stored));
  g_assert_cmpint (bb_offer_get_status (copied), ==, BB_OFFER_STATUS_PAUSED);
  g_assert_cmpint (bb_offer_get_access (copied), ==, BB_ACCESS_VISITATION);
  g_assert_cmpint (bb_provider_get_sector (bb_offer_get_provider (copied)), ==, BB_SECTOR_VOLUNTARY);
  g_assert_cmpuint (count_items (bb_offer_get_target_groups (copied)), ==, 2);
  g_assert_cmpuint (count_items (bb_offer_get_contacts (copied)), ==, 2);
  g_assert_true (bb_contact_get_ambassador (get_item (bb_offer_get_contacts (copied), 0)));

  g_assert_finalize_object (g_steal_pointer (&other));
  g_assert_finalize_object (g_steal_pointer (&other_database));
}

static JsonObject *
get_service (JsonParser *parser,
             guint       position)
{
  JsonObject *page = json_node_get_object (json_parser_get_root (parser));

  return json_array_get_object_element (json_object_get_array_member (page, "contents"), position);
}

static void
test_export_valid (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(BbOffer) full = make_full_offer ();
  g_autoptr(BbOffer) small = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Jobcenter Vest");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  JsonObject *service;
  JsonArray *metadata;
  gboolean created = FALSE;
  gboolean title_changed = FALSE;

  bb_test_catalogue_save (fixture, full);

  /* History for "metadata", and values that need care: a website without a scheme. */
  bb_offer_set_title (full, "Samtaler for unge");
  bb_offer_set_status (full, BB_OFFER_STATUS_ACTIVE);
  bb_provider_set_website (bb_offer_get_provider (full), "www.ungdommens-rådgivning.dk");
  g_assert_true (bb_list_repository_save_provider (bb_context_get_lists (fixture->context),
                                                   bb_offer_get_provider (full), &error));
  g_assert_no_error (error);
  bb_test_catalogue_save (fixture, full);

  bb_offer_set_title (small, "Afklarende forløb");
  bb_offer_set_status (small, BB_OFFER_STATUS_PLANNED);
  bb_offer_set_provider (small, provider);
  bb_test_catalogue_save (fixture, small);

  path = export_to_file (fixture, "catalogue.json");
  bb_test_assert_valid_hsds (path);

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  /* Ordered by title. */
  service = get_service (parser, 0);
  g_assert_cmpstr (json_object_get_string_member (service, "name"), ==, "Afklarende forløb");
  g_assert_cmpstr (json_object_get_string_member (service, "status"), ==, "inactive");
  g_assert_false (json_object_has_member (service, "metadata") &&
                  json_array_get_length (json_object_get_array_member (service, "metadata")) > 1);

  service = get_service (parser, 1);
  g_assert_cmpstr (json_object_get_string_member (service, "id"), ==, bb_offer_get_uuid (full));
  g_assert_cmpstr (json_object_get_string_member (service, "status"), ==, "active");
  g_assert_cmpstr (json_object_get_string_member (service, "assured_date"), ==, "2024-03-01");
  g_assert_cmpint (json_object_get_int_member (service, "minimum_age"), ==, 15);

  metadata = json_object_get_array_member (service, "metadata");
  for (guint i = 0; i < json_array_get_length (metadata); i++)
    {
      JsonObject *entry = json_array_get_object_element (metadata, i);
      const char *field = json_object_get_string_member (entry, "field_name");

      g_assert_cmpstr (json_object_get_string_member (entry, "resource_id"), ==,
                       bb_offer_get_uuid (full));
      g_assert_cmpstr (json_object_get_string_member (entry, "updated_by"), ==, "Mette Holm");
      if (g_str_equal (field, "created"))
        {
          g_assert_cmpstr (json_object_get_string_member (entry, "last_action_type"), ==, "create");
          created = TRUE;
        }
      else if (g_str_equal (field, "title"))
        {
          g_assert_cmpstr (json_object_get_string_member (entry, "last_action_type"), ==, "update");
          g_assert_cmpstr (json_object_get_string_member (entry, "previous_value"), ==,
                           "Rådgivende samtaler for unge");
          g_assert_cmpstr (json_object_get_string_member (entry, "replacement_value"), ==,
                           "Samtaler for unge");
          title_changed = TRUE;
        }
    }
  g_assert_true (created);
  g_assert_true (title_changed);
}

static void
test_export_empty (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *path = export_to_file (fixture, "empty.json");
  g_autoptr(BbImport) import = NULL;

  bb_test_assert_valid_hsds (path);
  import = read_file (path);
  g_assert_cmpuint (count_records (import), ==, 0);
}

/* An id from another system that is not a UUID is kept, and still exported validly. */
static void
test_foreign_id (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(BbImport) import = NULL;
  g_autoptr(BbImport) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  import = read_text ("{\"id\": \"kbh-17\", \"name\": \"Natcafé\", \"status\": \"active\","
                      " \"organization\": {\"id\": \"org-3\", \"name\": \"Kirkens Korshær\","
                      " \"description\": \"\"}}",
                      &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_offer_get_uuid (bb_test_get_offer (import, 0)), ==, "kbh-17");
  commit (fixture, import);

  path = export_to_file (fixture, "catalogue.json");
  bb_test_assert_valid_hsds (path);
  again = read_file (path);
  g_assert_cmpstr (bb_offer_get_uuid (bb_test_get_offer (again, 0)), ==, "kbh-17");
  /* The organization's too, so the provider is found by it, not made again. */
  g_assert_cmpstr (bb_provider_get_uuid (bb_offer_get_provider (bb_test_get_offer (again, 0))), ==,
                   "org-3");
  g_assert_true (bb_offer_repository_prepare_import (fixture->offers, again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (again, 0)), ==,
                   BB_IMPORT_ACTION_UNCHANGED);
}

static void
test_status_mapping (Fixture       *fixture,
                     gconstpointer  user_data)
{
  static const struct
  {
    const char    *hsds;
    BbOfferStatus  status;
  } cases[] = {
    { "active", BB_OFFER_STATUS_ACTIVE },
    { "inactive", BB_OFFER_STATUS_PLANNED },
    { "temporarily closed", BB_OFFER_STATUS_PAUSED },
    { "defunct", BB_OFFER_STATUS_CLOSED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"name\": \"Tilbud\", \"status\": \"%s\","
                                               " \"organization\": {\"name\": \"Kommunen\"}}",
                                               cases[i].hsds);
      g_autoptr(GError) error = NULL;
      g_autoptr(BbImport) import = read_text (json, &error);

      g_assert_no_error (error);
      g_assert_cmpint (bb_offer_get_status (bb_test_get_offer (import, 0)), ==, cases[i].status);
    }
}

static void
assert_rejected (BbImport   *import,
                 guint       position,
                 const char *reason)
{
  BbImportRecord *record = bb_test_get_record (import, position);

  g_assert_cmpint (bb_import_record_get_action (record), ==, BB_IMPORT_ACTION_REJECT);
  g_assert_cmpuint (bb_import_record_get_line (record), ==, position + 1);
  g_assert_null (bb_import_record_get_offer (record));
  g_assert_cmpstr (bb_import_record_get_reason (record), ==, reason);
}

static void
test_rejected_services (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbImport) import = NULL;

  import = read_text ("{\"contents\": ["
                      " {\"name\": \"Natcafé\", \"organization\": {\"name\": \"Kirkens Korshær\"}},"
                      " {\"id\": \"2\", \"description\": \"Uden navn\"},"
                      " 42,"
                      " {\"name\": \"   \"},"
                      " {\"name\": \"Uden udbyder\"}"
                      "]}",
                      &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_records (import), ==, 5);
  g_assert_cmpstr (bb_offer_get_title (bb_test_get_offer (import, 0)), ==, "Natcafé");
  assert_rejected (import, 1, "Service 2 has no name.");
  assert_rejected (import, 2, "Service 3 is not a JSON object.");
  assert_rejected (import, 3, "Service 4 has no name.");
  assert_rejected (import, 4, "Service 5, “Uden udbyder”: it names no organization that provides it.");

  commit (fixture, import);
  g_assert_cmpuint (count_offers (fixture), ==, 1);
}

static void
test_invalid_json (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(BbOffer) offer = make_full_offer ();
  g_autoptr(GFile) file = bb_test_catalogue_file (fixture, "broken.json");
  g_autoptr(BbImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char *broken = "{\n  \"contents\": [\n    {\"name\": \"Natcafé\"},,\n  ]\n}\n";

  bb_test_catalogue_save (fixture, offer);

  g_file_replace_contents (file, broken, strlen (broken), NULL, FALSE, G_FILE_CREATE_NONE,
                           NULL, NULL, &error);
  g_assert_no_error (error);
  import = bb_offer_exchange_read_file (file, &error);
  g_assert_null (import);
  g_assert_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "Line 3:"));

  g_assert_cmpuint (count_offers (fixture), ==, 1);
}

static void
test_wrong_shape (Fixture       *fixture,
                  gconstpointer  user_data)
{
  static const char *texts[] = {
    "",
    "42",
    "[{\"name\": \"Natcafé\"}]",
    "{\"title\": \"Natcafé\"}",
    "{\"contents\": {\"name\": \"Natcafé\"}}",
    "{\"services\": \"Natcafé\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BbImport) import = read_text (texts[i], &error);

      g_assert_null (import);
      g_assert_error (error, BB_IMPORT_ERROR, BB_IMPORT_ERROR_FORMAT);
      g_assert_cmpstr (error->message, ==,
                       "This JSON file is not an Open Referral (HSDS) service list, "
                       "service or organization.");
    }

  g_assert_cmpuint (count_offers (fixture), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, bb_test_catalogue_tear_down)

  ADD ("/hsds/import/service-list", test_import_service_list);
  ADD ("/hsds/import/service-full", test_import_service_full);
  ADD ("/hsds/import/organization", test_import_organization);
  ADD ("/hsds/import/status", test_status_mapping);
  ADD ("/hsds/import/rejected", test_rejected_services);
  ADD ("/hsds/import/invalid-json", test_invalid_json);
  ADD ("/hsds/import/wrong-shape", test_wrong_shape);
  ADD ("/hsds/import/foreign-id", test_foreign_id);
  ADD ("/hsds/round-trip", test_round_trip);
  ADD ("/hsds/round-trip/other-store", test_round_trip_other_store);
  ADD ("/hsds/export/valid", test_export_valid);
  ADD ("/hsds/export/empty", test_export_empty);

#undef ADD

  return g_test_run ();
}
