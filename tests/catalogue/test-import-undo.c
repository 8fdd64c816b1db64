/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Undoing an import puts back every row of an offer it changed: its phones, its
 * places with their addresses, phones and schedules, its schedules, its terms and
 * the contact persons' details, each field as it was; and its provider, whole. */

#include <string.h>

#include "bb-sql.h"
#include "bb-test-hsds.h"
#include "bb-test-utils.h"

typedef BbTestCatalogue Fixture;

/* The service of fixtures/hsds/every-field.json. */
#define SERVICE_ID "d9681fb2-2a7d-5c66-a355-104004dc45c2"

/* Every row of @queries (?1 bound to @uuid, or else to @id), each column quoted, in
 * key order: two dumps are equal when every field of every row is. Each query must
 * have rows, or the comparison proves nothing. */
static char *
dump_rows (Fixture            *fixture,
           const char * const *queries,
           guint               n_queries,
           const char         *uuid,
           gint64              id)
{
  BbDatabase *database = bb_context_get_database (fixture->context);
  GString *dump = g_string_new (NULL);

  for (guint q = 0; q < n_queries; q++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BbStatement) stmt = bb_database_prepare (database, queries[q], &error);
      guint n_rows = 0;

      g_assert_no_error (error);
      if (uuid != NULL)
        bb_sql_bind_text (stmt, 1, uuid);
      else
        sqlite3_bind_int64 (stmt, 1, id);
      g_string_append_printf (dump, "%s\n", queries[q]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, c);

              g_string_append_printf (dump, "  %s = %s\n", sqlite3_column_name (stmt, c),
                                      text != NULL ? text : "NULL");
            }
          n_rows++;
        }
      g_assert_cmpuint (n_rows, >, 0);
    }

  return g_string_free (dump, FALSE);
}

/* The tables an offer's details are kept in. */
static char *
dump_offer_rows (Fixture *fixture,
                 gint64   offer_id)
{
  static const char * const queries[] = {
    "SELECT * FROM offer_details WHERE offer_id = ?1",
    "SELECT * FROM offer_places WHERE offer_id = ?1 ORDER BY position",
    "SELECT * FROM offer_place_addresses WHERE offer_id = ?1 ORDER BY place, position",
    "SELECT * FROM offer_phones WHERE offer_id = ?1 ORDER BY place, position",
    "SELECT * FROM offer_place_accessibility WHERE offer_id = ?1 ORDER BY place, position",
    "SELECT * FROM offer_schedules WHERE offer_id = ?1 ORDER BY place, position",
    "SELECT * FROM offer_terms WHERE offer_id = ?1 ORDER BY position",
    "SELECT c.uuid, d.extra FROM contact_details d JOIN contacts c ON c.id = d.contact_id"
    " WHERE c.offer_id = ?1 ORDER BY c.uuid",
  };

  return dump_rows (fixture, queries, G_N_ELEMENTS (queries), NULL, offer_id);
}

/* fixtures/hsds/every-field.json, to change. */
static GString *
every_field_text (void)
{
  g_autofree char *path = fixture_path ("every-field.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return g_string_new (contents);
}

static char *
changed_every_field (void)
{
  GString *text = every_field_text ();

  /* Phones, extensions, hours, weekdays, addresses, accessibility and a term's code. */
  g_assert_cmpuint (g_string_replace (text, "+45 86 12 34 56", "+45 70 70 70 70", 0), >, 0);
  g_assert_cmpuint (g_string_replace (text, "\"extension\": 21", "\"extension\": 7", 0), >, 0);
  g_assert_cmpuint (g_string_replace (text, "\"opens_at\": \"09:00\"", "\"opens_at\": \"08:30\"", 0), >, 0);
  g_assert_cmpuint (g_string_replace (text, "MO,TU,WE,TH", "FR", 0), >, 0);
  g_assert_cmpuint (g_string_replace (text, "Aarhus C", "Risskov", 0), >, 0);
  g_assert_cmpuint (g_string_replace (text, "\"8000\"", "\"8240\"", 0), >, 0);
  g_assert_cmpuint (g_string_replace (text, "RP-1400.8000", "RP-1500", 0), >, 0);
  g_assert_cmpuint (g_string_replace (text, "Teleslynge i mødelokalet", "Rampe ved indgangen", 0), >, 0);
  return g_string_free (text, FALSE);
}

static void
test_undo_restores_records (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autofree char *path = fixture_path ("every-field.json");
  g_autoptr(BbImport) first = read_path (path);
  g_autoptr(BbImport) second = NULL;
  g_autofree char *changed = changed_every_field ();
  g_autofree char *before = NULL;
  g_autofree char *during = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 offer_id;

  import_into (fixture->offers, first);
  {
    g_autoptr(BbOffer) stored = bb_offer_repository_find_by_uuid (fixture->offers, SERVICE_ID, &error);

    g_assert_no_error (error);
    g_assert_nonnull (stored);
    offer_id = bb_offer_get_id (stored);
  }
  g_assert_cmpint (offer_id, >, 0);
  before = dump_offer_rows (fixture, offer_id);

  second = read_text (changed);
  import_into (fixture->offers, second);
  g_assert_cmpint (bb_import_record_get_action (bb_test_get_record (second, 0)), ==, BB_IMPORT_ACTION_UPDATE);
  during = dump_offer_rows (fixture, offer_id);
  g_assert_cmpstr (during, !=, before);
  g_assert_nonnull (strstr (during, "+45 70 70 70 70"));
  g_assert_nonnull (strstr (during, "Risskov"));

  bb_offer_repository_undo_import (fixture->offers, bb_import_get_id (second), &error);
  g_assert_no_error (error);

  after = dump_offer_rows (fixture, offer_id);
  g_assert_cmpstr (after, ==, before);
}

/* The provider's row and its details. */
static char *
dump_provider_rows (Fixture    *fixture,
                    const char *uuid)
{
  static const char * const queries[] = {
    "SELECT * FROM providers WHERE uuid = ?1",
    "SELECT d.* FROM provider_details d JOIN providers p ON p.id = d.provider_id WHERE p.uuid = ?1",
    "SELECT t.* FROM provider_phones t JOIN providers p ON p.id = t.provider_id WHERE p.uuid = ?1"
    " ORDER BY t.position",
  };

  return dump_rows (fixture, queries, G_N_ELEMENTS (queries), uuid, 0);
}

#define ORGANIZATION_ID "f1cda4db-f4ca-5aca-92c4-e70dae382944"

/* The file again with every field of its organization changed. */
static char *
changed_organization (void)
{
  GString *text = every_field_text ();

  g_assert_cmpuint (g_string_replace (text, "Kommunens forvaltning for børn og unge",
                                      "Forvaltningen for børn, unge og familier", 0), >, 0);
  g_assert_cmpuint (g_string_replace (text, "ung@ungeindsatsen.example.dk", "post@familie.example.dk", 0), >, 0);
  g_assert_cmpuint (g_string_replace (text, "https://ungeindsatsen.example.dk/website",
                                      "https://familie.example.dk", 0), >, 0);
  g_assert_cmpuint (g_string_replace (text, "\"DK29189498\"", "\"DK11223344\"", 0), >, 0);
  g_assert_cmpuint (g_string_replace (text, "\"Kommune\"", "\"Selvejende institution\"", 0), >, 0);
  g_assert_cmpuint (g_string_replace (text, "\"identifier\": \"29189498\"", "\"identifier\": \"11223344\"", 0), >, 0);
  g_assert_cmpuint (g_string_replace (text, "+45 86 12 34 56", "+45 70 70 70 70", 0), >, 0);
  return g_string_free (text, FALSE);
}

static void
test_undo_restores_provider (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autofree char *path = fixture_path ("every-field.json");
  g_autoptr(BbImport) first = read_path (path);
  g_autoptr(BbImport) second = NULL;
  g_autofree char *changed = changed_organization ();
  g_autofree char *before = NULL;
  g_autofree char *during = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  const char *values[] = {
    "Forvaltningen for børn, unge og familier", "post@familie.example.dk", "https://familie.example.dk",
    "DK11223344", "Selvejende institution", "11223344", "+45 70 70 70 70",
  };

  import_into (fixture->offers, first);
  before = dump_provider_rows (fixture, ORGANIZATION_ID);

  second = read_text (changed);
  import_into (fixture->offers, second);
  during = dump_provider_rows (fixture, ORGANIZATION_ID);
  /* The import took each of them, or the undo would prove nothing. */
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      if (strstr (during, values[i]) == NULL)
        g_error ("the import did not write “%s”:\n%s", values[i], during);
    }

  bb_offer_repository_undo_import (fixture->offers, bb_import_get_id (second), &error);
  g_assert_no_error (error);

  after = dump_provider_rows (fixture, ORGANIZATION_ID);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/import-undo/records", Fixture, NULL,
              bb_test_catalogue_set_up, test_undo_restores_records, bb_test_catalogue_tear_down);
  g_test_add ("/import-undo/provider", Fixture, NULL,
              bb_test_catalogue_set_up, test_undo_restores_provider, bb_test_catalogue_tear_down);

  return g_test_run ();
}
