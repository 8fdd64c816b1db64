/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "bb-offer-change.h"
#include "bb-offer-exchange.h"
#include "bb-offer-list.h"
#include "bb-test-utils.h"
#include "bb-text.h"

typedef struct
{
  char              *folder;
  char              *path;
  BbContext         *context;
  BbDatabase        *database;
  BbOfferRepository *offers;
  BbListRepository  *lists;
} Fixture;

static void
fixture_open (Fixture   *fixture,
              BbContext *context)
{
  fixture->context = context;
  fixture->database = bb_context_get_database (context);
  fixture->offers = bb_context_get_offers (context);
  fixture->lists = bb_context_get_lists (context);
}

/* Closes the file and opens it again, as the next run of the program would. */
static void
fixture_reopen (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = NULL;

  g_clear_object (&fixture->context);
  database = bb_database_open (fixture->path, FALSE, &error);
  g_assert_no_error (error);
  fixture_open (fixture, bb_context_new (database, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture_open (fixture, bb_test_context_new (&fixture->folder));
  /* Kept apart from the database: some tests close it and open the file again. */
  fixture->path = g_strdup (bb_database_get_path (fixture->database));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static BbOffer *
make_offer (const char *title,
            const char *provider_name)
{
  BbOffer *offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new (provider_name);

  bb_offer_set_title (offer, title);
  bb_offer_set_provider (offer, provider);
  return offer;
}

/* Builds the schema as an older program left it, with an offer in it. */
static void
create_at_version (const char *path,
                   int         version)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  bb_test_build_schema (db, version);

  if (version >= 1)
    g_assert_cmpint (sqlite3_exec (db,
                                   "INSERT INTO providers (uuid, name, sort_key) VALUES ('p', 'Ungeenheden', 'ungeenheden');"
                                   "INSERT INTO offers (uuid, title, sort_key, provider_id, created, modified)"
                                   " VALUES ('o', 'Åben rådgivning', '}ben r}dgivning', 1, '2024-01-01', '2024-01-01');",
                                   NULL, NULL, NULL), ==, SQLITE_OK);

  sqlite3_close (db);
}

static void
test_migrations (Fixture       *fixture,
                 gconstpointer  data)
{
  int latest = bb_database_get_schema_version ();

  for (int version = 0; version <= latest; version++)
    {
      g_autofree char *path = g_strdup_printf ("%s/v%d.db", fixture->folder, version);
      g_autoptr(GError) error = NULL;
      create_at_version (path, version);

      /* Twice: the second open must find nothing to do and change nothing. */
      for (int round = 0; round < 2; round++)
        {
          BbOfferQuery query = BB_OFFER_QUERY_INIT;
          g_autoptr(GArray) ids = NULL;
          g_autoptr(BbDatabase) database = NULL;
          g_autoptr(BbContext) context = NULL;

          database = bb_database_open (path, FALSE, &error);
          g_assert_no_error (error);
          g_assert_cmpint (bb_test_query_int (database, "PRAGMA user_version"), ==, latest);
          context = bb_context_new (database, NULL, &error);
          g_assert_no_error (error);

          query.search = "rådg";
          ids = bb_offer_repository_query_ids (bb_context_get_offers (context), &query, &error);
          g_assert_no_error (error);
          /* An offer stored before the search index existed is found all the same. */
          g_assert_cmpuint (ids->len, ==, version >= 1 ? 1 : 0);
        }
    }
}

static void
test_offer_crud (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(BbOffer) offer = make_offer ("Åben rådgivning", "Ungeenheden");
  g_autoptr(BbOffer) loaded = NULL;
  g_autoptr(BbContact) contact = bb_contact_new ("Søren Ærø");
  g_autoptr(BbTargetGroup) group = bb_target_group_new ("ADHD");
  g_autoptr(BbStep) step = bb_step_new (1, "Early and light");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) providers = NULL;

  bb_contact_set_email (contact, "soren@example.dk");
  bb_contact_set_ambassador (contact, TRUE);
  g_list_store_append (bb_offer_get_contacts (offer), contact);
  g_list_store_append (bb_offer_get_target_groups (offer), group);
  g_list_store_append (bb_offer_get_steps (offer), step);
  bb_offer_set_age_min (offer, 15);
  bb_offer_set_age_max (offer, 25);
  bb_offer_set_capacity (offer, 0);

  g_assert_true (bb_offer_repository_save (fixture->offers, offer, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_offer_get_id (offer), >, 0);
  g_assert_nonnull (bb_offer_get_created (offer));

  loaded = bb_offer_repository_get (fixture->offers, bb_offer_get_id (offer), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_offer_get_title (loaded), ==, "Åben rådgivning");
  g_assert_cmpstr (bb_offer_get_uuid (loaded), ==, bb_offer_get_uuid (offer));
  g_assert_cmpint (bb_offer_get_age_min (loaded), ==, 15);
  g_assert_cmpint (bb_offer_get_age_max (loaded), ==, 25);
  g_assert_cmpint (bb_offer_get_capacity (loaded), ==, 0);
  g_assert_cmpint (bb_offer_get_waiting_weeks (loaded), ==, -1);
  g_assert_cmpstr (bb_provider_get_name (bb_offer_get_provider (loaded)), ==, "Ungeenheden");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bb_offer_get_contacts (loaded))), ==, 1);
  {
    g_autoptr(BbContact) stored = g_list_model_get_item (G_LIST_MODEL (bb_offer_get_contacts (loaded)), 0);

    g_assert_cmpstr (bb_contact_get_name (stored), ==, "Søren Ærø");
    g_assert_true (bb_contact_get_ambassador (stored));
  }
  /* "ADHD" was seeded; the offer links to that row rather than a second one. */
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM target_groups WHERE name = 'ADHD'"), ==, 1);

  /* A second offer from the same provider reuses it. */
  {
    g_autoptr(BbOffer) second = make_offer ("Gruppeforløb", "Ungeenheden");

    g_assert_true (bb_offer_repository_save (fixture->offers, second, &error));
    g_assert_no_error (error);
  }
  providers = bb_list_repository_list_providers (fixture->lists, &error);
  g_assert_cmpuint (g_list_model_get_n_items (providers), ==, 1);

  /* Invalid offers never reach the database. */
  {
    g_autoptr(BbOffer) invalid = make_offer ("Uden alder", "Ungeenheden");

    bb_offer_set_age_min (invalid, 20);
    bb_offer_set_age_max (invalid, 18);
    g_assert_false (bb_offer_repository_save (fixture->offers, invalid, &error));
    g_assert_error (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpuint (bb_offer_repository_count (fixture->offers, NULL), ==, 2);
  }

  /* Delete, undo, delete for good. */
  g_assert_true (bb_offer_repository_delete (fixture->offers, bb_offer_get_id (offer), &error));
  g_assert_cmpuint (bb_offer_repository_count (fixture->offers, NULL), ==, 1);
  g_assert_true (bb_offer_repository_restore (fixture->offers, bb_offer_get_id (offer), &error));
  g_assert_cmpuint (bb_offer_repository_count (fixture->offers, NULL), ==, 2);
  g_assert_true (bb_offer_repository_delete (fixture->offers, bb_offer_get_id (offer), &error));
  g_assert_true (bb_offer_repository_purge_deleted (fixture->offers, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM offers"), ==, 1);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM contacts"), ==, 0);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM offer_fts"), ==, 1);
  g_assert_null (bb_offer_repository_get (fixture->offers, bb_offer_get_id (offer), &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
}

static void
test_history (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(BbOffer) offer = make_offer ("Netværksgruppe", "Ungeenheden");
  g_autoptr(GListModel) history = NULL;
  g_autoptr(BbOfferChange) newest = NULL;
  g_autoptr(BbOfferChange) oldest = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (24, G_DATE_NOVEMBER, 2026);

  bb_database_set_user_name (fixture->database, "Mette Rådgiver");
  g_assert_true (bb_offer_repository_save (fixture->offers, offer, &error));

  bb_offer_set_title (offer, "Netværksgruppe for forældre");
  bb_offer_set_capacity (offer, 12);
  g_assert_true (bb_offer_repository_save (fixture->offers, offer, &error));
  g_assert_true (bb_offer_repository_mark_reviewed (fixture->offers, bb_offer_get_id (offer), today, &error));
  g_assert_no_error (error);

  history = bb_offer_repository_list_history (fixture->offers, bb_offer_get_id (offer), &error);
  g_assert_no_error (error);
  /* created, title, capacity, reviewed */
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 4);

  newest = g_list_model_get_item (history, 0);
  g_assert_cmpstr (bb_offer_change_get_field (newest), ==, "reviewed");
  g_assert_null (bb_offer_change_get_old_value (newest));
  g_assert_cmpstr (bb_offer_change_get_new_value (newest), ==, "2026-11-24");
  g_assert_cmpstr (bb_offer_change_get_changed_by (newest), ==, "Mette Rådgiver");
  g_assert_nonnull (bb_offer_change_get_changed_at (newest));

  oldest = g_list_model_get_item (history, 3);
  g_assert_cmpstr (bb_offer_change_get_field (oldest), ==, "created");

  {
    g_autoptr(BbOfferChange) capacity = g_list_model_get_item (history, 1);
    g_autoptr(BbOfferChange) title = g_list_model_get_item (history, 2);

    g_assert_cmpstr (bb_offer_change_get_field (capacity), ==, "capacity");
    g_assert_null (bb_offer_change_get_old_value (capacity));
    g_assert_cmpstr (bb_offer_change_get_new_value (capacity), ==, "12");
    g_assert_cmpstr (bb_offer_change_get_field (title), ==, "title");
    g_assert_cmpstr (bb_offer_change_get_old_value (title), ==, "Netværksgruppe");
    g_assert_cmpstr (bb_offer_change_get_new_value (title), ==, "Netværksgruppe for forældre");
  }
}

static gint64
save_with (BbOfferRepository *offers,
           const char *title,
           const char *provider,
           const char *group,
           const char *keywords)
{
  g_autoptr(BbOffer) offer = make_offer (title, provider);
  g_autoptr(GError) error = NULL;

  if (group != NULL)
    {
      g_autoptr(BbTargetGroup) target_group = bb_target_group_new (group);

      g_list_store_append (bb_offer_get_target_groups (offer), target_group);
    }
  if (keywords != NULL)
    bb_offer_set_keywords (offer, keywords);

  g_assert_true (bb_offer_repository_save (offers, offer, &error));
  g_assert_no_error (error);
  return bb_offer_get_id (offer);
}

static guint
count_matches (BbOfferRepository *offers,
               const char        *text)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  query.search = text;
  ids = bb_offer_repository_query_ids (offers, &query, &error);
  g_assert_no_error (error);
  return ids->len;
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  save_with (fixture->offers, "Åben rådgivning for unge", "Københavns Kommune", "Angst og depression", NULL);
  save_with (fixture->offers, "Café Exit", "Frivilligcentret", NULL, "samtale, netværk");
  save_with (fixture->offers, "Behandlingsforløb", "Børne- og ungdomspsykiatrien", "ADHD", NULL);

  g_assert_cmpuint (count_matches (fixture->offers, "rådg"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->offers, "RÅDGIVNING"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->offers, "cafe"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->offers, "café"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->offers, "køb"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->offers, "børne"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->offers, "angst"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->offers, "netv"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->offers, "adhd"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->offers, "unge rådg"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->offers, "unge café"), ==, 0);
  g_assert_cmpuint (count_matches (fixture->offers, ""), ==, 3);
  /* FTS5 syntax in what a person types is text, not an operator (nor an error). */
  g_assert_cmpuint (count_matches (fixture->offers, "\"NEAR(*"), ==, 0);
  g_assert_cmpuint (count_matches (fixture->offers, "Café AND"), ==, 0);
  g_assert_cmpuint (count_matches (fixture->offers, "\"café\" -"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->offers, "xyz"), ==, 0);

  /* Renaming a target group is searchable at once. */
  g_assert_cmpint (sqlite3_exec (bb_database_get_handle (fixture->database),
                                 "BEGIN IMMEDIATE; UPDATE target_groups SET name = 'Ængstelige unge' WHERE name = 'Angst og depression';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (bb_database_get_handle (fixture->database), "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  /* Written behind the repository's back: the next open catches up. */
  fixture_reopen (fixture);
  g_assert_cmpuint (count_matches (fixture->offers, "ængst"), ==, 1);

  /* Steps are searched too, and follow a rename. */
  {
    g_autoptr(BbOffer) offer = make_offer ("Mentorordning", "Jobcentret");
    g_autoptr(BbStep) step = bb_step_new (1, "Early and light");
    g_autoptr(GListModel) steps = NULL;
    g_autoptr(BbStep) stored = NULL;

    g_list_store_append (bb_offer_get_steps (offer), step);
    g_assert_true (bb_offer_repository_save (fixture->offers, offer, NULL));
    g_assert_cmpuint (count_matches (fixture->offers, "early"), ==, 1);

    steps = bb_list_repository_list_steps (fixture->lists, NULL);
    stored = g_list_model_get_item (steps, 1);
    g_assert_cmpstr (bb_step_get_name (stored), ==, "Early and light");
    bb_step_set_name (stored, "Tidlig indsats");
    g_assert_true (bb_list_repository_save_step (fixture->lists, stored, NULL));
    g_assert_cmpuint (count_matches (fixture->offers, "tidlig"), ==, 1);
    g_assert_cmpuint (count_matches (fixture->offers, "early"), ==, 0);
  }
  g_assert_cmpuint (count_matches (fixture->offers, "angst"), ==, 0);
}

static void
test_filters_and_sort (Fixture       *fixture,
                       gconstpointer  data)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  gint64 a = save_with (fixture->offers, "Ørestad-gruppen", "A", NULL, NULL);
  gint64 b = save_with (fixture->offers, "Æblehaven", "B", NULL, NULL);
  gint64 c = save_with (fixture->offers, "Åløkke", "C", NULL, NULL);
  gint64 d = save_with (fixture->offers, "Zoneterapi", "D", NULL, NULL);
  gint64 e = save_with (fixture->offers, "Écoute", "E", NULL, NULL);

  ids = bb_offer_repository_query_ids (fixture->offers, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 5);
  /* Danish order: … z æ ø å, accents ignored. */
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, e);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, d);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, b);
  g_assert_cmpint (g_array_index (ids, gint64, 3), ==, a);
  g_assert_cmpint (g_array_index (ids, gint64, 4), ==, c);
  g_clear_pointer (&ids, g_array_unref);

  /* Stale: never reviewed counts; reviewed today does not. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                             g_date_time_get_month (now),
                                             g_date_time_get_year (now));

    g_assert_true (bb_offer_repository_mark_reviewed (fixture->offers, a, today, &error));
  }
  query.stale_only = TRUE;
  ids = bb_offer_repository_query_ids (fixture->offers, &query, &error);
  g_assert_cmpuint (ids->len, ==, 4);
  g_clear_pointer (&ids, g_array_unref);

  query.stale_only = FALSE;
  query.status = BB_OFFER_STATUS_PAUSED;
  ids = bb_offer_repository_query_ids (fixture->offers, &query, &error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  query.status = -1;
  query.sort = BB_OFFER_SORT_PROVIDER;
  query.search = "zone";
  ids = bb_offer_repository_query_ids (fixture->offers, &query, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, d);
}

static void
test_coverage (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(BbCoverage) coverage = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) groups = bb_list_repository_list_target_groups (fixture->lists, NULL);
  g_autoptr(GListModel) steps = bb_list_repository_list_steps (fixture->lists, NULL);
  g_autoptr(BbTargetGroup) adhd = NULL;
  g_autoptr(BbStep) light = NULL;
  guint adhd_row = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, i);

      if (g_strcmp0 (bb_target_group_get_name (group), "ADHD") == 0)
        {
          adhd = g_object_ref (group);
          adhd_row = i;
        }
    }
  light = g_list_model_get_item (steps, 1);
  g_assert_nonnull (adhd);

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *title = g_strdup_printf ("Tilbud %u", i);
      g_autoptr(BbOffer) offer = make_offer (title, "Ungeenheden");

      g_list_store_append (bb_offer_get_target_groups (offer), adhd);
      g_list_store_append (bb_offer_get_steps (offer), light);
      /* A closed offer covers nothing. */
      if (i == 3)
        bb_offer_set_status (offer, BB_OFFER_STATUS_CLOSED);
      g_assert_true (bb_offer_repository_save (fixture->offers, offer, &error));
    }

  coverage = bb_offer_repository_count_coverage (fixture->offers, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bb_coverage_get_count (coverage, adhd_row, 1), ==, 3);
  g_assert_cmpuint (bb_coverage_get_count (coverage, adhd_row, 0), ==, 0);
  g_assert_cmpint (bb_coverage_get_level (coverage, adhd_row, 0), ==, BB_COVERAGE_GAP);
  g_assert_cmpint (bb_coverage_get_level (coverage, adhd_row, 1), ==, BB_COVERAGE_CROWDED);

  /* The cell leads to its offers. */
  {
    BbOfferQuery query = BB_OFFER_QUERY_INIT;
    g_autoptr(GArray) ids = NULL;

    query.target_group_id = bb_target_group_get_id (adhd);
    query.step_id = bb_step_get_id (light);
    query.status = BB_OFFER_STATUS_ACTIVE;
    ids = bb_offer_repository_query_ids (fixture->offers, &query, &error);
    g_assert_cmpuint (ids->len, ==, 3);
  }
}

static void
on_async_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
count_changed (BbDatabase *database,
               const char *domain,
               guint      *count)
{
  (*count)++;
}

static void
test_import_async (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BbImport) import = bb_import_new ();
  g_autoptr(GError) error = NULL;
  GAsyncResult *result = NULL;
  guint changed = 0;

  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *title = g_strdup_printf ("Importeret tilbud %u", i);
      g_autoptr(BbOffer) offer = make_offer (title, "Udbyder");
      g_autoptr(BbImportRecord) record = bb_import_record_new_offer (i + 2, offer);

      bb_import_add (import, record);
    }

  g_signal_connect (fixture->database, "changed::offers", G_CALLBACK (count_changed), &changed);

  bb_offer_exchange_prepare_import_async (fixture->offers, import, NULL, on_async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (bb_offer_exchange_prepare_import_finish (fixture->offers, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpuint (bb_import_count (import, BB_IMPORT_ACTION_NEW), ==, 50);
  g_assert_cmpuint (bb_offer_repository_count (fixture->offers, NULL), ==, 0);

  bb_offer_exchange_commit_import_async (fixture->offers, import, NULL, on_async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (bb_offer_exchange_commit_import_finish (fixture->offers, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  /* Written by the worker's connection, seen by this one, searchable at once. */
  g_assert_cmpuint (bb_offer_repository_count (fixture->offers, NULL), ==, 50);
  g_assert_cmpuint (count_matches (fixture->offers, "importeret"), ==, 50);
  g_assert_cmpuint (changed, ==, 1);
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

static void
test_offer_list_follows_offers (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(BbOfferList) list = bb_offer_list_new (fixture->offers);
  g_autoptr(BbTargetGroup) group = bb_target_group_new ("Unge i misbrug");
  g_autoptr(GError) error = NULL;
  guint reloads = 0;

  save_with (fixture->offers, "Åben rådgivning", "Ungeenheden", "ADHD", NULL);
  g_signal_connect (list, "items-changed", G_CALLBACK (count_items_changed), &reloads);

  /* A new target group changes no offer: the list does not ask again. */
  g_assert_true (bb_list_repository_save_target_group (fixture->lists, group, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (reloads, ==, 0);

  save_with (fixture->offers, "Café Exit", "Frivilligcentret", NULL, NULL);
  g_assert_cmpuint (reloads, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);

  /* Renaming a target group that an offer shows changes that offer's row. */
  {
    g_autoptr(GListModel) groups = bb_list_repository_list_target_groups (fixture->lists, NULL);

    for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
      {
        g_autoptr(BbTargetGroup) item = g_list_model_get_item (groups, i);

        if (g_strcmp0 (bb_target_group_get_name (item), "ADHD") != 0)
          continue;
        bb_target_group_set_name (item, "ADHD og ADD");
        g_assert_true (bb_list_repository_save_target_group (fixture->lists, item, &error));
        g_assert_no_error (error);
      }
  }
  g_assert_cmpuint (reloads, ==, 2);
}


/* ---- the trash ------------------------------------------------------- */

static char *
checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
set_clock (BbDatabase *database,
           const char *iso)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(BbClock) clock = bb_clock_new_fixed (now);

  bb_database_set_clock (database, clock);
}

static gint64
save_new_offer (Fixture    *fixture,
                const char *title,
                const char *provider_name)
{
  g_autoptr(BbOffer) offer = make_offer (title, provider_name);
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_offer_repository_save (fixture->offers, offer, &error));
  g_assert_no_error (error);
  return bb_offer_get_id (offer);
}

static BbDeletedOffer *
get_deleted (Fixture *fixture,
             guint    position)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) deleted = bb_offer_repository_list_deleted (fixture->offers, &error);

  g_assert_no_error (error);
  return g_list_model_get_item (deleted, position);
}

static guint
count_deleted (BbOfferRepository *offers)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) deleted = bb_offer_repository_list_deleted (offers, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (deleted);
}

static void
test_trash (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *export_path = g_build_filename (fixture->folder, "eksport.csv", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) export = g_file_new_for_path (export_path);
  g_autoptr(BbDeletedOffer) first = NULL;
  g_autoptr(BbDeletedOffer) second = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  gint64 counselling = save_new_offer (fixture, "Åben rådgivning", "Ungeenheden");
  gint64 group = save_new_offer (fixture, "Netværksgruppe", "Headspace");

  set_clock (fixture->database, "2026-03-12T09:00:00Z");
  g_assert_true (bb_offer_repository_delete (fixture->offers, counselling, &error));
  set_clock (fixture->database, BB_TEST_NOW_ISO);
  g_assert_true (bb_offer_repository_delete (fixture->offers, group, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bb_offer_repository_count (fixture->offers, NULL), ==, 0);

  /* Newest first, with its provider and when, by the database's clock. */
  first = get_deleted (fixture, 0);
  second = get_deleted (fixture, 1);
  g_assert_cmpint (bb_deleted_offer_get_id (first), ==, group);
  g_assert_cmpstr (bb_deleted_offer_get_title (first), ==, "Netværksgruppe");
  g_assert_cmpstr (bb_deleted_offer_get_provider (first), ==, "Headspace");
  g_assert_cmpstr (bb_deleted_offer_get_deleted_at (first), ==, BB_TEST_NOW_ISO);
  g_assert_cmpuint (bb_deleted_offer_get_days (first), ==, 0);
  g_assert_cmpint (bb_deleted_offer_get_id (second), ==, counselling);
  g_assert_cmpstr (bb_deleted_offer_get_deleted_at (second), ==, "2026-03-12T09:00:00Z");
  g_assert_cmpuint (bb_deleted_offer_get_days (second), ==, 3);

  /* A second window opening (and purging as the program does), and an export that
   * only reads, take nothing from the undo this one still offers. */
  {
    g_autoptr(BbDatabase) database = bb_database_open (fixture->path, FALSE, &error);
    g_autoptr(BbContext) second_window = NULL;

    g_assert_no_error (error);
    bb_database_set_clock (database, bb_database_get_clock (fixture->database));
    second_window = bb_context_new (database, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (bb_offer_repository_purge_trash (bb_context_get_offers (second_window),
                                                    BB_OFFER_TRASH_DAYS, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_deleted (bb_context_get_offers (second_window)), ==, 2);
  }

  g_clear_object (&fixture->context);
  before = checksum_file (fixture->path);
  {
    g_autoptr(BbDatabase) database = bb_database_open_read_only (fixture->path, &error);
    g_autoptr(BbContext) reading = NULL;

    g_assert_no_error (error);
    reading = bb_context_new (database, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (bb_offer_exchange_export (bb_context_get_offers (reading), export, &error));
    g_assert_no_error (error);
  }
  after = checksum_file (fixture->path);
  g_assert_cmpstr (before, ==, after);
  fixture_reopen (fixture);
  g_assert_cmpuint (count_deleted (fixture->offers), ==, 2);

  g_assert_true (bb_offer_repository_restore (fixture->offers, counselling, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bb_offer_repository_count (fixture->offers, NULL), ==, 1);
  g_assert_cmpuint (count_deleted (fixture->offers), ==, 1);
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count(*) FROM offers WHERE deleted_at IS NOT NULL"), ==, 1);

  /* Restored elsewhere already: said so, nothing changes. */
  g_assert_false (bb_offer_repository_restore (fixture->offers, counselling, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  history = bb_offer_repository_list_history (fixture->offers, counselling, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 3);
  {
    g_autoptr(BbOfferChange) restored = g_list_model_get_item (history, 0);
    g_autoptr(BbOfferChange) deleted = g_list_model_get_item (history, 1);

    g_assert_cmpstr (bb_offer_change_get_field (restored), ==, "restored");
    g_assert_cmpstr (bb_offer_change_get_field (deleted), ==, "deleted");
    g_assert_cmpstr (bb_offer_change_get_changed_at (deleted), ==, "2026-03-12T09:00:00Z");
  }

  /* Thirty days to the hour is not yet more than thirty days. */
  set_clock (fixture->database, "2026-04-14T10:00:00Z");
  g_assert_true (bb_offer_repository_purge_trash (fixture->offers, BB_OFFER_TRASH_DAYS, &error));
  g_assert_cmpuint (count_deleted (fixture->offers), ==, 1);
  set_clock (fixture->database, "2026-04-14T10:00:01Z");
  g_assert_true (bb_offer_repository_purge_trash (fixture->offers, BB_OFFER_TRASH_DAYS, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_deleted (fixture->offers), ==, 0);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM offers"), ==, 1);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM offer_fts"), ==, 1);
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count(*) FROM offer_history WHERE offer_id NOT IN (SELECT id FROM offers)"), ==, 0);

  /* Gone for good: the toast's undo says so. */
  g_assert_false (bb_offer_repository_restore (fixture->offers, group, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
}

/* Offers deleted before the trash existed get their time from their history. */
static void
test_trash_migration (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "v2.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  create_at_version (path, 2);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "UPDATE offers SET deleted = 1;"
                                 "INSERT INTO offer_history (offer_id, changed_at, changed_by, field)"
                                 " VALUES (1, '2026-03-10T08:00:00Z', 'Mette', 'deleted');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = checksum_file (path);

  /* Read by an export: brought up to date in memory only. */
  {
    g_autoptr(BbDatabase) database = bb_database_open_read_only (path, &error);
    g_autoptr(BbContext) context = NULL;
    g_autoptr(GListModel) deleted = NULL;
    g_autoptr(BbDeletedOffer) offer = NULL;

    g_assert_no_error (error);
    bb_database_set_clock (database, bb_database_get_clock (fixture->database));
    context = bb_context_new (database, NULL, &error);
    g_assert_no_error (error);
    deleted = bb_offer_repository_list_deleted (bb_context_get_offers (context), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (deleted), ==, 1);
    offer = g_list_model_get_item (deleted, 0);
    g_assert_cmpstr (bb_deleted_offer_get_title (offer), ==, "Åben rådgivning");
    g_assert_cmpstr (bb_deleted_offer_get_deleted_at (offer), ==, "2026-03-10T08:00:00Z");
    g_assert_cmpuint (bb_deleted_offer_get_days (offer), ==, 5);
  }
  after = checksum_file (path);
  g_assert_cmpstr (before, ==, after);

  /* Opened by a window: for good, and marked as Brobygger's. */
  {
    g_autoptr(BbDatabase) database = bb_database_open (path, FALSE, &error);
    g_autoptr(BbContext) context = NULL;

    g_assert_no_error (error);
    bb_database_set_clock (database, bb_database_get_clock (fixture->database));
    context = bb_context_new (database, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (bb_test_query_int (database, "PRAGMA application_id"), ==, BB_DATABASE_APPLICATION_ID);
    g_assert_cmpint (bb_test_query_int (database,
                                        "SELECT count(*) FROM offers WHERE deleted_at = '2026-03-10T08:00:00Z'"), ==, 1);
    g_assert_true (bb_offer_repository_purge_trash (bb_context_get_offers (context), BB_OFFER_TRASH_DAYS, &error));
    g_assert_cmpuint (count_deleted (bb_context_get_offers (context)), ==, 1);
  }
}

/* ---- what reaches the database --------------------------------------- */

static void
test_invalid_text (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BbOffer) surrogate = make_offer ("Åben rådgivning", "Ungeenheden");
  g_autoptr(BbOffer) latin1 = make_offer ("Netværksgruppe", "Ungeenheden");
  g_autoptr(BbContact) contact = bb_contact_new ("S\xf8ren");
  g_autoptr(GError) error = NULL;

  /* What an HSDS "\ud800" escape became: the bytes ED A0 80. */
  bb_offer_set_description (surrogate, "Før \xed\xa0\x80 efter");
  g_assert_false (bb_offer_repository_save (fixture->offers, surrogate, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Description”"));
  g_clear_error (&error);

  /* A contact person from a file read as the wrong encoding. */
  g_list_store_append (bb_offer_get_contacts (latin1), contact);
  g_assert_false (bb_offer_repository_save (fixture->offers, latin1, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Contact persons”"));
  g_clear_error (&error);

  /* Nothing of either was written, not even their provider. */
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM offers"), ==, 0);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM providers"), ==, 0);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM contacts"), ==, 0);

  /* And an offer already stored cannot be changed into it. */
  bb_offer_set_description (surrogate, "Før og efter");
  g_assert_true (bb_offer_repository_save (fixture->offers, surrogate, &error));
  g_assert_no_error (error);
  bb_offer_set_summary (surrogate, "\xc3");
  g_assert_false (bb_offer_repository_save (fixture->offers, surrogate, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Summary”"));
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM offers WHERE summary = ''"), ==, 1);
}

/* Runs on every connection opened while registered, as if SQLite had been built
 * without SQLITE_SECURE_DELETE (Debian's has it on): only our own pragma wipes. */
static int
secure_delete_off (sqlite3                      *db,
                   char                        **error_message,
                   const struct sqlite3_api_routines *api)
{
  return sqlite3_exec (db, "PRAGMA secure_delete = OFF", NULL, NULL, NULL);
}

static gboolean
file_contains (const char *path,
               const char *marker)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  for (gsize i = 0; i + strlen (marker) <= length; i++)
    if (memcmp (contents + i, marker, strlen (marker)) == 0)
      return TRUE;

  return FALSE;
}

static void
test_purge_wipes (Fixture       *fixture,
                  gconstpointer  data)
{
  /* Lower case and sharing no beginning with another word, as the search index keeps
   * its words (each after the length it shares with the one before). */
  const char *marker = "qzxhemmelig7319";
  g_autofree char *description = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autoptr(BbOffer) secret = make_offer ("Samtaler for Jonas", "Ungeenheden");
  g_autoptr(GError) error = NULL;
  sqlite3 *probe = NULL;

  g_assert_cmpint (sqlite3_auto_extension ((void (*) (void)) secure_delete_off), ==, SQLITE_OK);
  fixture_reopen (fixture);
  set_clock (fixture->database, BB_TEST_NOW_ISO);

  /* The connections here start without it: the pragma is what wipes. */
  g_assert_cmpint (sqlite3_open (fixture->path, &probe), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (probe, "PRAGMA secure_delete", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
    sqlite3_finalize (stmt);
  }
  sqlite3_close (probe);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Tilbud %u", i);

      save_new_offer (fixture, title, "Ungeenheden");
    }
  description = g_strdup_printf ("Jonas, 16, taler om %s hver tirsdag.", marker);
  bb_offer_set_description (secret, description);
  g_assert_true (bb_offer_repository_save (fixture->offers, secret, &error));
  /* The index as months of use leave it: merged into one segment, which a deletion
   * only marks. */
  g_assert_cmpint (sqlite3_exec (bb_database_get_handle (fixture->database),
                                 "INSERT INTO offer_fts (offer_fts) VALUES ('optimize')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (bb_offer_repository_delete (fixture->offers, bb_offer_get_id (secret), &error));
  g_assert_no_error (error);

  set_clock (fixture->database, "2026-05-01T10:00:00Z");
  g_assert_true (bb_offer_repository_purge_trash (fixture->offers, BB_OFFER_TRASH_DAYS, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM offers"), ==, 5);

  /* In the file itself, the log written back first. */
  g_assert_cmpint (sqlite3_wal_checkpoint_v2 (bb_database_get_handle (fixture->database), NULL,
                                              SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (file_contains (fixture->path, marker));
  g_assert_false (file_contains (wal, marker));

  sqlite3_cancel_auto_extension ((void (*) (void)) secure_delete_off);
}

/* ---- ranking and the stale boundary ---------------------------------- */

static gint64
save_described (BbOfferRepository *offers,
                const char        *title,
                const char        *provider,
                const char        *description,
                const char        *reviewed)
{
  g_autoptr(BbOffer) offer = make_offer (title, provider);

  bb_offer_set_description (offer, description);
  bb_offer_set_reviewed (offer, reviewed);
  g_assert_true (bb_offer_repository_save (offers, offer, NULL));
  return bb_offer_get_id (offer);
}

static GArray *
query_offers (BbOfferRepository *offers,
              const char        *search,
              BbOfferSort        sort,
              gboolean           stale_only)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  GArray *ids;

  query.search = search;
  query.sort = sort;
  query.stale_only = stale_only;
  ids = bb_offer_repository_query_ids (offers, &query, &error);
  g_assert_no_error (error);
  return ids;
}

static void
assert_ids (GArray       *ids,
            const gint64 *expected,
            guint         n_expected)
{
  g_assert_cmpuint (ids->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, expected[i]);
}

/* While searching, a match in the title ranks before one in the provider, which ranks
 * before one in the description: the reverse of the alphabet here. */
static void
test_search_ranking (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 in_body = save_described (fixture->offers, "Aktivitetshuset", "Kulturhuset",
                                   "Værksteder og fællesspisning, hvor en frivillig mentor tager imod nye.", NULL);
  gint64 in_provider = save_described (fixture->offers, "Basisgruppen", "Mentorhuset",
                                       "Samtaler i en lille gruppe.", NULL);
  gint64 in_title = save_described (fixture->offers, "Mentorordning", "Jobcentret", "En voksen at tale med.", NULL);
  gint64 other = save_described (fixture->offers, "Café Exit", "Frivilligcentret", "Et sted at være.", NULL);
  g_autoptr(GArray) ranked = query_offers (fixture->offers, "mentor", BB_OFFER_SORT_RELEVANCE, FALSE);
  g_autoptr(GArray) by_title = query_offers (fixture->offers, "mentor", BB_OFFER_SORT_TITLE, FALSE);
  g_autoptr(GArray) by_provider = query_offers (fixture->offers, "mentor", BB_OFFER_SORT_PROVIDER, FALSE);
  g_autoptr(GArray) all = query_offers (fixture->offers, NULL, BB_OFFER_SORT_TITLE, FALSE);
  g_autoptr(GArray) all_relevance = query_offers (fixture->offers, NULL, BB_OFFER_SORT_RELEVANCE, FALSE);
  BbOfferQuery query = BB_OFFER_QUERY_INIT;

  assert_ids (ranked, (gint64 []) { in_title, in_provider, in_body }, 3);
  /* The other orders still sort as they say: the title's, and Jobcentret, Kulturhuset,
   * Mentorhuset. */
  assert_ids (by_title, (gint64 []) { in_body, in_provider, in_title }, 3);
  assert_ids (by_provider, (gint64 []) { in_title, in_body, in_provider }, 3);
  /* Without a search, the title's order, also for relevance. */
  assert_ids (all, (gint64 []) { in_body, in_provider, other, in_title }, 4);
  assert_ids (all_relevance, (gint64 []) { in_body, in_provider, other, in_title }, 4);
  /* The default is the best match first. */
  g_assert_cmpint (query.sort, ==, BB_OFFER_SORT_RELEVANCE);
}

/* The provider filter keeps that provider's offers, whatever else the search finds. */
static void
test_provider_filter (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 first = save_described (fixture->offers, "Mentorordning", "Jobcentret", "En voksen at tale med.", NULL);
  gint64 second = save_described (fixture->offers, "Aktivitetshuset", "Jobcentret", "Værksteder og mentorer.", NULL);
  gint64 other = save_described (fixture->offers, "Basisgruppen", "Mentorhuset", "Samtaler.", NULL);
  g_autoptr(BbOffer) stored = bb_offer_repository_get (fixture->offers, first, NULL);
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  query.provider_id = bb_provider_get_id (bb_offer_get_provider (stored));
  ids = bb_offer_repository_query_ids (fixture->offers, &query, &error);
  g_assert_no_error (error);
  assert_ids (ids, (gint64 []) { second, first }, 2);
  g_clear_pointer (&ids, g_array_unref);

  query.search = "mentor";
  ids = bb_offer_repository_query_ids (fixture->offers, &query, &error);
  g_assert_no_error (error);
  assert_ids (ids, (gint64 []) { first, second }, 2);
  g_clear_pointer (&ids, g_array_unref);

  query.provider_id = 0;
  ids = bb_offer_repository_query_ids (fixture->offers, &query, &error);
  g_assert_no_error (error);
  assert_ids (ids, (gint64 []) { first, other, second }, 3);
}

static void
set_today (Fixture    *fixture,
           const char *iso_now)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso_now, NULL);
  g_autoptr(BbClock) clock = bb_clock_new_fixed (now);

  bb_database_set_clock (fixture->database, clock);
}

/* Stale means reviewed 12 months ago to the day or longer, by the database's clock, as
 * the rows' mark (bb_offer_is_stale ()) has it. */
static void
test_stale_boundary (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 year = save_described (fixture->offers, "Et år", "Ungeenheden", "", "2025-03-15");
  gint64 never = save_described (fixture->offers, "Aldrig", "Ungeenheden", "", NULL);
  gint64 leap_day = 0;
  gint64 march = 0;
  g_autoptr(GArray) stale = NULL;

  save_described (fixture->offers, "En dag under et år", "Ungeenheden", "", "2025-03-16");
  save_described (fixture->offers, "I dag", "Ungeenheden", "", "2026-03-15");

  /* Today is 15 March 2026. */
  stale = query_offers (fixture->offers, NULL, BB_OFFER_SORT_TITLE, TRUE);
  assert_ids (stale, (gint64 []) { never, year }, 2);
  g_clear_pointer (&stale, g_array_unref);

  /* A review on 29 February falls due on the last of February a year later. */
  leap_day = save_described (fixture->offers, "Skuddag", "Ungeenheden", "", "2024-02-29");
  march = save_described (fixture->offers, "Første marts", "Ungeenheden", "", "2024-03-01");
  set_today (fixture, "2025-02-28T12:00:00Z");
  stale = query_offers (fixture->offers, NULL, BB_OFFER_SORT_TITLE, TRUE);
  for (guint i = 0; i < stale->len; i++)
    g_assert_cmpint (g_array_index (stale, gint64, i), !=, march);
  {
    g_autoptr(BbOffer) offer = bb_offer_repository_get (fixture->offers, leap_day, NULL);
    g_autoptr(GDate) today = g_date_new_dmy (28, G_DATE_FEBRUARY, 2025);
    gboolean listed = FALSE;

    for (guint i = 0; i < stale->len; i++)
      listed |= g_array_index (stale, gint64, i) == leap_day;
    g_assert_true (bb_offer_is_stale (offer, today));
    g_assert_true (listed);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/offer-repository/migrations", test_migrations);
  ADD ("/offer-repository/offers/crud", test_offer_crud);
  ADD ("/offer-repository/offers/history", test_history);
  ADD ("/offer-repository/offers/search", test_search);
  ADD ("/offer-repository/offers/filters-and-sort", test_filters_and_sort);
  ADD ("/offer-repository/offers/coverage", test_coverage);
  ADD ("/offer-repository/offers/import-async", test_import_async);
  ADD ("/offer-repository/offer-list/follows-offers", test_offer_list_follows_offers);
  ADD ("/offer-repository/trash/keep-restore-purge", test_trash);
  ADD ("/offer-repository/trash/migration", test_trash_migration);
  ADD ("/offer-repository/trash/purge-wipes", test_purge_wipes);
  ADD ("/offer-repository/offers/invalid-text", test_invalid_text);
  ADD ("/offer-repository/offers/search-ranking", test_search_ranking);
  ADD ("/offer-repository/offers/provider-filter", test_provider_filter);
  ADD ("/offer-repository/offers/stale-boundary", test_stale_boundary);
#undef ADD

  return g_test_run ();
}
