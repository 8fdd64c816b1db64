/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Offers the catalogue tests build and compare. */

#include "bb-offer-exchange.h"
#include "bb-test-offers.h"
#include "bb-test-utils.h"

void
bb_test_catalogue_set_up (BbTestCatalogue *fixture,
                          gconstpointer    user_data)
{
  fixture->context = bb_test_context_new (&fixture->dir);
  fixture->offers = bb_context_get_offers (fixture->context);
}

void
bb_test_catalogue_tear_down (BbTestCatalogue *fixture,
                             gconstpointer    user_data)
{
  g_assert_finalize_object (fixture->context);
  bb_test_remove_folder (fixture->dir);
  g_free (fixture->dir);
}

GFile *
bb_test_csv_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "csv", name, NULL);

  return g_file_new_for_path (path);
}

GFile *
bb_test_catalogue_file (BbTestCatalogue *fixture,
                        const char      *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return g_file_new_for_path (path);
}

BbImportRecord *
bb_test_get_record (BbImport *import,
                    guint     position)
{
  GListModel *records = bb_import_get_records (import);
  g_autoptr(BbImportRecord) record = NULL;

  g_assert_cmpuint (position, <, g_list_model_get_n_items (records));
  record = g_list_model_get_item (records, position);

  return record;
}

void
bb_test_catalogue_save (BbTestCatalogue *fixture,
                        BbOffer         *offer)
{
  g_autoptr(GError) error = NULL;

  bb_offer_repository_save (fixture->offers, offer, &error);
  g_assert_no_error (error);
}

BbImport *
bb_test_read_csv_fixture (const char *name)
{
  g_autoptr(GFile) file = bb_test_csv_fixture (name);
  g_autoptr(GError) error = NULL;
  BbImport *import;

  import = bb_offer_exchange_read_file (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);

  return import;
}

gint64
bb_test_import_file (BbOfferRepository *offers,
                     GFile             *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbImport) import = bb_offer_exchange_read_file (file, &error);

  g_assert_no_error (error);
  bb_offer_repository_prepare_import (offers, import, &error);
  g_assert_no_error (error);
  bb_offer_repository_commit_import (offers, import, &error);
  g_assert_no_error (error);
  return bb_import_get_id (import);
}

BbOffer *
bb_test_get_offer (BbImport *import,
                   guint     position)
{
  BbImportRecord *record = bb_test_get_record (import, position);

  g_assert_cmpint (bb_import_record_get_action (record), !=, BB_IMPORT_ACTION_REJECT);
  g_assert_null (bb_import_record_get_reason (record));
  g_assert_nonnull (bb_import_record_get_offer (record));

  return bb_import_record_get_offer (record);
}

void
bb_test_add_contact (BbOffer    *offer,
                     const char *name,
                     const char *role,
                     const char *phone,
                     const char *email,
                     gboolean    ambassador)
{
  g_autoptr(BbContact) contact = bb_contact_new (name);

  bb_contact_set_role (contact, role);
  bb_contact_set_phone (contact, phone);
  bb_contact_set_email (contact, email);
  bb_contact_set_ambassador (contact, ambassador);
  g_list_store_append (bb_offer_get_contacts (offer), contact);
}

void
bb_test_add_target_group (BbOffer    *offer,
                          const char *name)
{
  g_autoptr(BbTargetGroup) target_group = bb_target_group_new (name);

  g_list_store_append (bb_offer_get_target_groups (offer), target_group);
}

void
bb_test_add_step (BbOffer    *offer,
                  int         level,
                  const char *name)
{
  g_autoptr(BbStep) step = bb_step_new (level, name);

  g_list_store_append (bb_offer_get_steps (offer), step);
}

BbOffer *
bb_test_new_offer (const char *title,
                   const char *provider_name)
{
  g_autoptr(BbProvider) provider = bb_provider_new (provider_name);
  BbOffer *offer = bb_offer_new ();

  bb_offer_set_title (offer, title);
  bb_offer_set_provider (offer, provider);

  return offer;
}

/* Everything a spreadsheet can get wrong in one offer. */
BbOffer *
bb_test_new_nasty_offer (void)
{
  BbOffer *offer = bb_test_new_offer ("Ung; i \"krise\", måske", "Headspace Ærø, Østbyen");
  BbProvider *provider = bb_offer_get_provider (offer);

  bb_provider_set_sector (provider, BB_SECTOR_VOLUNTARY);
  bb_provider_set_department (provider, "Ung & Fællesskab; Øst");
  bb_offer_set_summary (offer, "  Indledende mellemrum; semikolon, komma og \"citat\"");
  bb_offer_set_description (offer,
                            "Første linje\nAnden linje; ÆØÅ æøå é\n\n"
                            "\"Citat\" først, tom linje ovenfor; slut med mellemrum ");
  bb_offer_set_legal_basis (offer, "Serviceloven § 11, stk. 3");
  bb_test_add_target_group (offer, "Unge 15–25 år med mistrivsel");
  bb_test_add_target_group (offer, "Angst; depression, ADHD");
  bb_test_add_target_group (offer, "Forældre og pårørende");
  bb_test_add_step (offer, 1, "Tidlig og let");
  bb_test_add_step (offer, 2, "Specialiseret, kommunal");
  bb_offer_set_age_min (offer, 15);
  bb_offer_set_age_max (offer, 25);
  bb_offer_set_access (offer, BB_ACCESS_REFERRAL);
  bb_offer_set_capacity (offer, 40);
  bb_offer_set_waiting_weeks (offer, 0);
  bb_offer_set_location (offer, "Torvet 1\n5970 Ærøskøbing");
  bb_offer_set_opening_hours (offer, "Man–tors 14–18; fre 12–15");
  bb_offer_set_status (offer, BB_OFFER_STATUS_PAUSED);
  bb_offer_set_reviewed (offer, "2024-02-29");
  bb_offer_set_keywords (offer, "angst, samtaler; gruppe");
  bb_test_add_contact (offer, "Anna Ærø", "Rådgiver; psykolog", "+45 12 34 56 78", "anna@example.dk", TRUE);
  bb_test_add_contact (offer, "Bo Øst", "", "", "", FALSE);
  bb_test_add_contact (offer, "Ida É", "Leder, \"chef\"", "", "ida@example.dk", FALSE);

  return offer;
}

static char *
dup_names (GListModel  *model,
           const char * (*get_name) (gpointer))
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_string_append_printf (names, "%s\n", get_name (item));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static const char *
target_group_name (gpointer item)
{
  return bb_target_group_get_name (item);
}

static const char *
step_name (gpointer item)
{
  return bb_step_get_name (item);
}

static void
assert_contacts_equal (GListModel *expected,
                       GListModel *actual)
{
  g_assert_cmpuint (g_list_model_get_n_items (actual), ==, g_list_model_get_n_items (expected));

  for (guint i = 0; i < g_list_model_get_n_items (expected); i++)
    {
      g_autoptr(BbContact) a = g_list_model_get_item (expected, i);
      g_autoptr(BbContact) b = g_list_model_get_item (actual, i);

      g_assert_cmpstr (bb_contact_get_name (b), ==, bb_contact_get_name (a));
      g_assert_cmpstr (bb_contact_get_role (b), ==, bb_contact_get_role (a));
      g_assert_cmpstr (bb_contact_get_phone (b), ==, bb_contact_get_phone (a));
      g_assert_cmpstr (bb_contact_get_email (b), ==, bb_contact_get_email (a));
      g_assert_cmpint (bb_contact_get_ambassador (b), ==, bb_contact_get_ambassador (a));
    }
}

void
bb_test_assert_offers_equal (BbOffer *expected,
                             BbOffer *actual)
{
  BbProvider *pa = bb_offer_get_provider (expected);
  BbProvider *pb = bb_offer_get_provider (actual);
  g_autofree char *groups_a = dup_names (G_LIST_MODEL (bb_offer_get_target_groups (expected)), target_group_name);
  g_autofree char *groups_b = dup_names (G_LIST_MODEL (bb_offer_get_target_groups (actual)), target_group_name);
  g_autofree char *steps_a = dup_names (G_LIST_MODEL (bb_offer_get_steps (expected)), step_name);
  g_autofree char *steps_b = dup_names (G_LIST_MODEL (bb_offer_get_steps (actual)), step_name);

  g_assert_cmpstr (bb_offer_get_uuid (actual), ==, bb_offer_get_uuid (expected));
  g_assert_cmpstr (bb_offer_get_title (actual), ==, bb_offer_get_title (expected));
  g_assert_cmpstr (bb_offer_get_summary (actual), ==, bb_offer_get_summary (expected));
  g_assert_cmpstr (bb_offer_get_description (actual), ==, bb_offer_get_description (expected));
  g_assert_nonnull (pa);
  g_assert_nonnull (pb);
  g_assert_cmpstr (bb_provider_get_name (pb), ==, bb_provider_get_name (pa));
  g_assert_cmpint (bb_provider_get_sector (pb), ==, bb_provider_get_sector (pa));
  g_assert_cmpstr (bb_provider_get_department (pb), ==, bb_provider_get_department (pa));
  g_assert_cmpstr (bb_offer_get_legal_basis (actual), ==, bb_offer_get_legal_basis (expected));
  g_assert_cmpstr (groups_b, ==, groups_a);
  g_assert_cmpstr (steps_b, ==, steps_a);
  g_assert_cmpint (bb_offer_get_age_min (actual), ==, bb_offer_get_age_min (expected));
  g_assert_cmpint (bb_offer_get_age_max (actual), ==, bb_offer_get_age_max (expected));
  g_assert_cmpint (bb_offer_get_access (actual), ==, bb_offer_get_access (expected));
  g_assert_cmpint (bb_offer_get_capacity (actual), ==, bb_offer_get_capacity (expected));
  g_assert_cmpint (bb_offer_get_waiting_weeks (actual), ==, bb_offer_get_waiting_weeks (expected));
  g_assert_cmpstr (bb_offer_get_location (actual), ==, bb_offer_get_location (expected));
  g_assert_cmpstr (bb_offer_get_opening_hours (actual), ==, bb_offer_get_opening_hours (expected));
  g_assert_cmpint (bb_offer_get_status (actual), ==, bb_offer_get_status (expected));
  g_assert_cmpstr (bb_offer_get_reviewed (actual), ==, bb_offer_get_reviewed (expected));
  g_assert_cmpstr (bb_offer_get_keywords (actual), ==, bb_offer_get_keywords (expected));
  assert_contacts_equal (G_LIST_MODEL (bb_offer_get_contacts (expected)),
                         G_LIST_MODEL (bb_offer_get_contacts (actual)));
}

/* Runs validate-hsds.py on @path against the compiled HSDS service schema. */
void
bb_test_assert_valid_hsds (const char *path)
{
  const char *python = g_getenv ("PYTHON3");
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "validate-hsds.py", NULL);
  g_autofree char *schemas = g_test_build_filename (G_TEST_DIST, "fixtures", "hsds", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { python, script, schemas, path, NULL };
  int status = 0;

  if (python == NULL)
    {
      g_test_skip ("PYTHON3 is not set");
      return;
    }

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s is not valid HSDS:\n%s%s", path, out, err);
}
