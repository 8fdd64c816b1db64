/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "bb-offer-change.h"
#include "bb-store-private.h"
#include "bb-test-utils.h"

typedef struct
{
  char    *folder;
  char    *path;
  BbStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = bb_test_store_new (&fixture->folder);
  /* Kept apart from the store: some tests close it and open the file again. */
  fixture->path = g_strdup (bb_store_get_path (fixture->store));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static gint64
pragma_int (BbStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (bb_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
pragma_text (BbStore    *store,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (bb_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
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

static void
test_fresh_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *default_path = bb_store_dup_default_path ();
  g_autofree char *default_folder = g_path_get_dirname (default_path);
  g_autofree char *journal_mode = pragma_text (fixture->store, "PRAGMA journal_mode");
  g_autoptr(BbStore) default_store = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The default place: our own folder, made private. */
  default_store = bb_store_open (default_path, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (default_folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (default_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (pragma_int (fixture->store, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (pragma_int (fixture->store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (pragma_int (fixture->store, "PRAGMA secure_delete"), ==, 1);
  g_assert_cmpint (pragma_int (fixture->store, "PRAGMA trusted_schema"), ==, 0);
  g_assert_cmpint (pragma_int (fixture->store, "PRAGMA busy_timeout"), >=, 5000);
  g_assert_cmpint (pragma_int (fixture->store, "PRAGMA user_version"), ==, bb_store_get_schema_version ());
  g_assert_cmpint (bb_store_get_schema_version (), >=, 2);
}

static void
test_missing_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbStore) store = NULL;

  store = bb_store_open ("/nonexistent-folder/brobygger.db", FALSE, &error);
  g_assert_null (store);
  g_assert_error (error, BB_STORE_ERROR, BB_STORE_ERROR_NO_FOLDER);
  g_assert_nonnull (strstr (error->message, "/nonexistent-folder"));
}

static char *
checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_garbage_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "garbage.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbStore) store = NULL;
  GString *garbage = g_string_new (NULL);

  for (guint i = 0; i < 8192; i++)
    g_string_append_c (garbage, (char) g_test_rand_int_range (0, 256));
  g_assert_true (g_file_set_contents (path, garbage->str, garbage->len, NULL));
  g_string_free (garbage, TRUE);
  before = checksum_file (path);

  store = bb_store_open (path, FALSE, &error);
  g_assert_null (store);
  g_assert_error (error, BB_STORE_ERROR, BB_STORE_ERROR_CORRUPT);

  after = checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_newer_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *set_version = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbStore) store = NULL;

  set_version = g_strdup_printf ("PRAGMA user_version = %d", bb_store_get_schema_version () + 1);
  g_assert_cmpint (sqlite3_exec (bb_store_get_db (fixture->store), set_version, NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_object (&fixture->store);
  before = checksum_file (fixture->path);

  store = bb_store_open (fixture->path, FALSE, &error);
  g_assert_null (store);
  g_assert_error (error, BB_STORE_ERROR, BB_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));

  after = checksum_file (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbStore) store = NULL;

  g_clear_object (&fixture->store);
  uri = g_strdup_printf ("file:%s?mode=ro", fixture->path);

  store = bb_store_open (uri, FALSE, &error);
  g_assert_null (store);
  g_assert_error (error, BB_STORE_ERROR, BB_STORE_ERROR_READ_ONLY);
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Builds the schema as an older program left it, with an offer in it. */
static void
create_at_version (const char *path,
                   int         version)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (int v = 1; v <= version; v++)
    {
      g_autofree char *resource = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      g_auto(GStrv) names = g_resources_enumerate_children ("/io/github/brobygger/Brobygger/core/migrations",
                                                            0, NULL);

      qsort (names, g_strv_length (names), sizeof (char *), compare_names);

      resource = g_strconcat ("/io/github/brobygger/Brobygger/core/migrations/", names[v - 1], NULL);
      bytes = g_resources_lookup_data (resource, 0, NULL);
      g_assert_nonnull (bytes);
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }

  if (version >= 1)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version);

      g_assert_cmpint (sqlite3_exec (db,
                                     "INSERT INTO providers (uuid, name, sort_key) VALUES ('p', 'Ungeenheden', 'ungeenheden');"
                                     "INSERT INTO offers (uuid, title, sort_key, provider_id, created, modified)"
                                     " VALUES ('o', 'Åben rådgivning', '}ben r}dgivning', 1, '2024-01-01', '2024-01-01');",
                                     NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, set_version, NULL, NULL, NULL), ==, SQLITE_OK);
    }

  sqlite3_close (db);
}

static void
test_migrations (Fixture       *fixture,
                 gconstpointer  data)
{
  int latest = bb_store_get_schema_version ();

  for (int version = 0; version <= latest; version++)
    {
      g_autofree char *path = g_strdup_printf ("%s/v%d.db", fixture->folder, version);
      g_autoptr(GError) error = NULL;
      g_autoptr(BbStore) store = NULL;

      create_at_version (path, version);

      /* Twice: the second open must find nothing to do and change nothing. */
      for (int round = 0; round < 2; round++)
        {
          BbOfferQuery query = BB_OFFER_QUERY_INIT;
          g_autoptr(GArray) ids = NULL;

          store = bb_store_open (path, FALSE, &error);
          g_assert_no_error (error);
          g_assert_cmpint (pragma_int (store, "PRAGMA user_version"), ==, latest);

          query.search = "rådg";
          ids = bb_store_query_offer_ids (store, &query, &error);
          g_assert_no_error (error);
          /* An offer stored before the search index existed is found all the same. */
          g_assert_cmpuint (ids->len, ==, version >= 1 ? 1 : 0);
          g_clear_object (&store);
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

  g_assert_true (bb_store_save_offer (fixture->store, offer, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_offer_get_id (offer), >, 0);
  g_assert_nonnull (bb_offer_get_created (offer));

  loaded = bb_store_get_offer (fixture->store, bb_offer_get_id (offer), &error);
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
  g_assert_cmpint (pragma_int (fixture->store, "SELECT count(*) FROM target_groups WHERE name = 'ADHD'"), ==, 1);

  /* A second offer from the same provider reuses it. */
  {
    g_autoptr(BbOffer) second = make_offer ("Gruppeforløb", "Ungeenheden");

    g_assert_true (bb_store_save_offer (fixture->store, second, &error));
    g_assert_no_error (error);
  }
  providers = bb_store_list_providers (fixture->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (providers), ==, 1);

  /* Invalid offers never reach the database. */
  {
    g_autoptr(BbOffer) invalid = make_offer ("Uden alder", "Ungeenheden");

    bb_offer_set_age_min (invalid, 20);
    bb_offer_set_age_max (invalid, 18);
    g_assert_false (bb_store_save_offer (fixture->store, invalid, &error));
    g_assert_error (error, BB_OFFER_ERROR, BB_OFFER_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpuint (bb_store_count_offers (fixture->store, NULL), ==, 2);
  }

  /* Delete, undo, delete for good. */
  g_assert_true (bb_store_delete_offer (fixture->store, bb_offer_get_id (offer), &error));
  g_assert_cmpuint (bb_store_count_offers (fixture->store, NULL), ==, 1);
  g_assert_true (bb_store_restore_offer (fixture->store, bb_offer_get_id (offer), &error));
  g_assert_cmpuint (bb_store_count_offers (fixture->store, NULL), ==, 2);
  g_assert_true (bb_store_delete_offer (fixture->store, bb_offer_get_id (offer), &error));
  g_assert_true (bb_store_purge_deleted_offers (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pragma_int (fixture->store, "SELECT count(*) FROM offers"), ==, 1);
  g_assert_cmpint (pragma_int (fixture->store, "SELECT count(*) FROM contacts"), ==, 0);
  g_assert_cmpint (pragma_int (fixture->store, "SELECT count(*) FROM offer_fts"), ==, 1);
  g_assert_null (bb_store_get_offer (fixture->store, bb_offer_get_id (offer), &error));
  g_assert_error (error, BB_STORE_ERROR, BB_STORE_ERROR_NOT_FOUND);
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

  bb_store_set_user_name (fixture->store, "Mette Rådgiver");
  g_assert_true (bb_store_save_offer (fixture->store, offer, &error));

  bb_offer_set_title (offer, "Netværksgruppe for forældre");
  bb_offer_set_capacity (offer, 12);
  g_assert_true (bb_store_save_offer (fixture->store, offer, &error));
  g_assert_true (bb_store_mark_offer_reviewed (fixture->store, bb_offer_get_id (offer), today, &error));
  g_assert_no_error (error);

  history = bb_store_list_offer_history (fixture->store, bb_offer_get_id (offer), &error);
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
save_with (BbStore    *store,
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

  g_assert_true (bb_store_save_offer (store, offer, &error));
  g_assert_no_error (error);
  return bb_offer_get_id (offer);
}

static guint
count_matches (BbStore    *store,
               const char *text)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  query.search = text;
  ids = bb_store_query_offer_ids (store, &query, &error);
  g_assert_no_error (error);
  return ids->len;
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  save_with (fixture->store, "Åben rådgivning for unge", "Københavns Kommune", "Angst og depression", NULL);
  save_with (fixture->store, "Café Exit", "Frivilligcentret", NULL, "samtale, netværk");
  save_with (fixture->store, "Behandlingsforløb", "Børne- og ungdomspsykiatrien", "ADHD", NULL);

  g_assert_cmpuint (count_matches (fixture->store, "rådg"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->store, "RÅDGIVNING"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->store, "cafe"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->store, "café"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->store, "køb"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->store, "børne"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->store, "angst"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->store, "netv"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->store, "adhd"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->store, "unge rådg"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->store, "unge café"), ==, 0);
  g_assert_cmpuint (count_matches (fixture->store, ""), ==, 3);
  /* FTS5 syntax in what a person types is text, not an operator (nor an error). */
  g_assert_cmpuint (count_matches (fixture->store, "\"NEAR(*"), ==, 0);
  g_assert_cmpuint (count_matches (fixture->store, "Café AND"), ==, 0);
  g_assert_cmpuint (count_matches (fixture->store, "\"café\" -"), ==, 1);
  g_assert_cmpuint (count_matches (fixture->store, "xyz"), ==, 0);

  /* Renaming a target group is searchable at once. */
  g_assert_cmpint (sqlite3_exec (bb_store_get_db (fixture->store),
                                 "BEGIN IMMEDIATE; UPDATE target_groups SET name = 'Ængstelige unge' WHERE name = 'Angst og depression';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (bb_store_get_db (fixture->store), "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  /* Written behind the store's back: the next open catches up. */
  g_clear_object (&fixture->store);
  fixture->store = bb_store_open (fixture->path, FALSE, NULL);
  g_assert_cmpuint (count_matches (fixture->store, "ængst"), ==, 1);

  /* Steps are searched too, and follow a rename. */
  {
    g_autoptr(BbOffer) offer = make_offer ("Mentorordning", "Jobcentret");
    g_autoptr(BbStep) step = bb_step_new (1, "Early and light");
    g_autoptr(GListModel) steps = NULL;
    g_autoptr(BbStep) stored = NULL;

    g_list_store_append (bb_offer_get_steps (offer), step);
    g_assert_true (bb_store_save_offer (fixture->store, offer, NULL));
    g_assert_cmpuint (count_matches (fixture->store, "early"), ==, 1);

    steps = bb_store_list_steps (fixture->store, NULL);
    stored = g_list_model_get_item (steps, 1);
    g_assert_cmpstr (bb_step_get_name (stored), ==, "Early and light");
    bb_step_set_name (stored, "Tidlig indsats");
    g_assert_true (bb_store_save_step (fixture->store, stored, NULL));
    g_assert_cmpuint (count_matches (fixture->store, "tidlig"), ==, 1);
    g_assert_cmpuint (count_matches (fixture->store, "early"), ==, 0);
  }
  g_assert_cmpuint (count_matches (fixture->store, "angst"), ==, 0);
}

static void
test_filters_and_sort (Fixture       *fixture,
                       gconstpointer  data)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  gint64 a = save_with (fixture->store, "Ørestad-gruppen", "A", NULL, NULL);
  gint64 b = save_with (fixture->store, "Æblehaven", "B", NULL, NULL);
  gint64 c = save_with (fixture->store, "Åløkke", "C", NULL, NULL);
  gint64 d = save_with (fixture->store, "Zoneterapi", "D", NULL, NULL);
  gint64 e = save_with (fixture->store, "Écoute", "E", NULL, NULL);

  ids = bb_store_query_offer_ids (fixture->store, &query, &error);
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

    g_assert_true (bb_store_mark_offer_reviewed (fixture->store, a, today, &error));
  }
  query.stale_only = TRUE;
  ids = bb_store_query_offer_ids (fixture->store, &query, &error);
  g_assert_cmpuint (ids->len, ==, 4);
  g_clear_pointer (&ids, g_array_unref);

  query.stale_only = FALSE;
  query.status = BB_OFFER_STATUS_PAUSED;
  ids = bb_store_query_offer_ids (fixture->store, &query, &error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  query.status = -1;
  query.sort = BB_OFFER_SORT_PROVIDER;
  query.search = "zone";
  ids = bb_store_query_offer_ids (fixture->store, &query, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, d);
}

static void
test_coverage (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(BbCoverage) coverage = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) groups = bb_store_list_target_groups (fixture->store, NULL);
  g_autoptr(GListModel) steps = bb_store_list_steps (fixture->store, NULL);
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
      g_assert_true (bb_store_save_offer (fixture->store, offer, &error));
    }

  coverage = bb_store_count_coverage (fixture->store, &error);
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
    ids = bb_store_query_offer_ids (fixture->store, &query, &error);
    g_assert_cmpuint (ids->len, ==, 3);
  }
}

static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbTargetGroup) group = bb_target_group_new ("Unge i misbrug");
  g_autoptr(BbTargetGroup) clash = bb_target_group_new ("ADHD");
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(BbProvider) provider = NULL;
  guint n_groups;

  g_assert_true (bb_store_save_target_group (fixture->store, group, &error));
  g_assert_no_error (error);
  groups = bb_store_list_target_groups (fixture->store, NULL);
  n_groups = g_list_model_get_n_items (groups);
  {
    g_autoptr(BbTargetGroup) last = g_list_model_get_item (groups, n_groups - 1);

    g_assert_cmpstr (bb_target_group_get_name (last), ==, "Unge i misbrug");
  }

  g_assert_false (bb_store_save_target_group (fixture->store, clash, &error));
  g_assert_error (error, BB_STORE_ERROR, BB_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "ADHD"));
  g_clear_error (&error);

  save_with (fixture->store, "Misbrugsrådgivning", "Rusmiddelcentret", "Unge i misbrug", NULL);
  g_assert_false (bb_store_delete_target_group (fixture->store, bb_target_group_get_id (group), &error));
  g_assert_error (error, BB_STORE_ERROR, BB_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  {
    g_autoptr(GListModel) providers = bb_store_list_providers (fixture->store, NULL);

    provider = g_list_model_get_item (providers, 0);
  }
  g_assert_false (bb_store_delete_provider (fixture->store, bb_provider_get_id (provider), &error));
  g_assert_error (error, BB_STORE_ERROR, BB_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  /* Renaming a provider reaches the search. */
  bb_provider_set_name (provider, "Rusmiddelcenter Nord");
  g_assert_true (bb_store_save_provider (fixture->store, provider, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_matches (fixture->store, "nord"), ==, 1);
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
count_changed (gpointer store,
               guint   *count)
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

  g_signal_connect (fixture->store, "changed", G_CALLBACK (count_changed), &changed);

  bb_store_prepare_import_async (fixture->store, import, NULL, on_async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (bb_store_prepare_import_finish (fixture->store, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpuint (bb_import_count (import, BB_IMPORT_ACTION_NEW), ==, 50);
  g_assert_cmpuint (bb_store_count_offers (fixture->store, NULL), ==, 0);

  bb_store_commit_import_async (fixture->store, import, NULL, on_async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (bb_store_commit_import_finish (fixture->store, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  /* Written by the worker's connection, seen by this one, searchable at once. */
  g_assert_cmpuint (bb_store_count_offers (fixture->store, NULL), ==, 50);
  g_assert_cmpuint (count_matches (fixture->store, "importeret"), ==, 50);
  g_assert_cmpuint (changed, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/open/fresh", test_fresh_database);
  g_test_add_func ("/store/open/missing-folder", test_missing_folder);
  ADD ("/store/open/garbage", test_garbage_file);
  ADD ("/store/open/newer", test_newer_database);
  ADD ("/store/open/read-only", test_read_only);
  ADD ("/store/migrations", test_migrations);
  ADD ("/store/offers/crud", test_offer_crud);
  ADD ("/store/offers/history", test_history);
  ADD ("/store/offers/search", test_search);
  ADD ("/store/offers/filters-and-sort", test_filters_and_sort);
  ADD ("/store/offers/coverage", test_coverage);
  ADD ("/store/lists", test_lists);
  ADD ("/store/offers/import-async", test_import_async);
#undef ADD

  return g_test_run ();
}
