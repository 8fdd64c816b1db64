/* SPDX-License-Identifier: GPL-3.0-or-later */

/* brobygger --check, --backup FILE and --restore FILE as a script runs them: the
 * built program, judged by its exit status, what it prints and what the files hold. */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "bb-backup.h"
#include "bb-test-safety.h"

typedef struct
{
  char *folder;
  char *path;
} Fixture;

/* Tables a damaged page is tried in: the catalogue's and the courses'. */
static const char * const tables[] = { "providers", "offers", "young_people", "courses" };

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BbDatabase) database = bb_test_database_new (&fixture->folder);

  fixture->path = g_strdup (bb_database_get_path (database));
  bb_test_safety_fill (database, 300);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
}

static void
test_check_clean (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = bb_test_safety_checksum (fixture->path);
  g_autofree char *after = NULL;

  g_assert_cmpint (bb_test_run_program (fixture->path, &out, &err, "--check", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "no damage found"));
  g_assert_nonnull (strstr (out, "every reference is whole"));
  g_assert_nonnull (strstr (out, "The database is whole."));
  g_assert_cmpstr (err, ==, "");

  /* A check writes nothing. */
  after = bb_test_safety_checksum (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

/* Bytes overwritten at a page of a table, in a copy: found every time. */
static void
test_check_damaged (Fixture       *fixture,
                    gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *name = g_strdup_printf ("copy-%s.db", tables[i]);
      g_autofree char *copy = g_build_filename (fixture->folder, name, NULL);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (bb_backup_copy_file (fixture->path, copy, &error));
      g_assert_no_error (error);
      bb_test_safety_damage_table (copy, tables[i]);

      g_assert_cmpint (bb_test_run_program (copy, &out, &err, "--check", NULL), ==, 1);
      g_test_message ("%s: %s", tables[i], out);
      g_assert_nonnull (strstr (out, "Damage: "));
      g_assert_nonnull (strstr (out, "The database is damaged."));
    }
}

static void
test_check_broken_reference (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  sqlite3 *db = NULL;

  /* Written past the foreign keys, as a program without them would. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = OFF;"
                                     "INSERT INTO offers (uuid, title, sort_key, provider_id, created, modified)"
                                     " VALUES ('o', 'Offer', 'offer', 99999, '2026', '2026')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_cmpint (bb_test_run_program (fixture->path, &out, &err, "--check", NULL), ==, 1);
  g_assert_nonnull (strstr (out, "of “offers” points at a missing row of “providers”"));
}

static void
test_backup (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->folder, "copy.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (bb_test_run_program (fixture->path, &out, &err, "--backup", file, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "checked: no damage found"));
  g_assert_true (bb_backup_check_file (file, TRUE, report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (file, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Never over the database itself. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (bb_test_run_program (fixture->path, &out, &err, "--backup", fixture->path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "No backup was written"));
}

static void
test_backup_damaged (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->folder, "copy.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *listing = NULL;

  bb_test_safety_damage_table (fixture->path, "providers");
  g_assert_cmpint (bb_test_run_program (fixture->path, &out, &err, "--backup", file, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "damaged"));
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
  /* Nothing half-made left. */
  listing = bb_test_safety_list_folder (fixture->folder);
  g_assert_cmpstr (listing, ==, "brobygger.db");
}

static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *good = g_build_filename (fixture->folder, "good.db", NULL);
  g_autofree char *bad = g_build_filename (fixture->folder, "bad.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  sqlite3 *db = NULL;

  g_assert_true (bb_backup_copy_file (fixture->path, good, &error));
  g_assert_true (bb_backup_copy_file (fixture->path, bad, &error));
  g_assert_no_error (error);
  bb_test_safety_damage_table (bad, "providers");
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM providers", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  /* A bad file: exit 1, the database byte for byte as it was. */
  before = bb_test_safety_checksum (fixture->path);
  g_assert_cmpint (bb_test_run_program (fixture->path, &out, &err, "--restore", bad, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Nothing was restored"));
  after = bb_test_safety_checksum (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS) == FALSE);

  /* A good one: in place, the old database kept as a backup. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (bb_test_run_program (fixture->path, &out, &err, "--restore", good, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "is restored from"));
  g_assert_nonnull (strstr (out, "kept as the backup"));

  {
    g_autoptr(BbDatabase) database = bb_database_open (fixture->path, FALSE, &error);

    g_assert_no_error (error);
    g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM providers"), ==, 300);
  }

  backups = bb_backup_list (fixture->path);
  g_assert_cmpuint (backups->len, ==, 1);
  {
    g_autoptr(BbDatabase) kept = bb_database_open_read_only (((BbBackupInfo *) g_ptr_array_index (backups, 0))->path,
                                                             &error);

    g_assert_no_error (error);
    g_assert_cmpint (bb_test_query_int (kept, "SELECT count(*) FROM providers"), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/check/clean", test_check_clean);
  ADD ("/check/damaged", test_check_damaged);
  ADD ("/check/broken-reference", test_check_broken_reference);
  ADD ("/check/backup", test_backup);
  ADD ("/check/backup-damaged", test_backup_damaged);
  ADD ("/check/restore", test_restore);
#undef ADD

  return g_test_run ();
}
