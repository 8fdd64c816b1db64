/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Backups as the safety layer makes them: verified before they get their name,
 * private, rotated without a failed one ever pushing a good one out, refused for a
 * damaged database; restore that checks first and keeps what it replaces. */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "bb-backup.h"
#include "bb-test-safety.h"

typedef struct
{
  char       *folder;
  char       *path;
  char       *backups;
  BbDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->database = bb_test_database_new (&fixture->folder);
  fixture->path = g_strdup (bb_database_get_path (fixture->database));
  fixture->backups = g_build_filename (fixture->folder, "backups", NULL);
  bb_test_safety_fill (fixture->database, 300);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->backups);
}

/* The database's clock at @hour:00 on 15 March 2026, local time. */
static void
set_hour (Fixture *fixture,
          int      day,
          int      hour)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 3, day, hour, 0, 0);
  g_autoptr(BbClock) clock = bb_clock_new_fixed (now);

  bb_database_set_clock (fixture->database, clock);
}

static gint64
count_providers (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = bb_database_open_read_only (path, &error);

  g_assert_no_error (error);
  return bb_test_query_int (database, "SELECT count(*) FROM providers");
}

static void
test_written_verified (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  BbBackupInfo *info;
  GStatBuf st;

  set_hour (fixture, 15, 9);
  path = bb_backup_make (fixture->database, 14, &error);
  g_assert_no_error (error);

  /* In the backups folder, named with the clock's date and time, private. */
  name = g_path_get_basename (path);
  g_assert_cmpstr (name, ==, "brobygger-2026-03-15-090000.db");
  g_assert_cmpint (g_stat (fixture->backups, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Whole by itself: no log beside it, nothing left half-made. */
  g_autofree char *listing = bb_test_safety_list_folder (fixture->backups);
  g_assert_cmpstr (listing, ==, "brobygger-2026-03-15-090000.db");
  g_assert_true (bb_backup_check_file (path, TRUE, report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_providers (path), ==, 300);

  backups = bb_backup_list (fixture->path);
  g_assert_cmpuint (backups->len, ==, 1);
  info = g_ptr_array_index (backups, 0);
  g_assert_cmpstr (info->path, ==, path);
  g_assert_true (info->verified);
  g_assert_cmpint (info->size, ==, st.st_size);
  g_assert_cmpint (g_date_time_get_hour (info->made), ==, 9);
}

static void
test_rotation (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *newest = NULL;

  for (int day = 1; day <= 5; day++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;

      set_hour (fixture, day, 12);
      path = bb_backup_make (fixture->database, 3, &error);
      g_assert_no_error (error);
    }

  /* The three newest, newest first. */
  backups = bb_backup_list (fixture->path);
  g_assert_cmpuint (backups->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      BbBackupInfo *info = g_ptr_array_index (backups, i);

      g_assert_cmpint (g_date_time_get_day_of_month (info->made), ==, 5 - i);
    }

  /* Two in one second are both kept, the second after the first. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *first = bb_backup_make (fixture->database, 3, &error);
    g_autofree char *second = bb_backup_make (fixture->database, 3, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (first, !=, second);
    newest = bb_backup_dup_newest (fixture->path);
    g_assert_cmpstr (newest, ==, second);
  }
}

/* A database that fails its check is never backed up, and never rotates a good backup
 * out, however often it is tried. */
static void
test_damaged_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  for (int day = 1; day <= 3; day++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;

      set_hour (fixture, day, 12);
      path = bb_backup_make (fixture->database, 3, &error);
      g_assert_no_error (error);
    }
  before = bb_test_safety_list_folder (fixture->backups);

  g_clear_object (&fixture->database);
  bb_test_safety_damage_table (fixture->path, "providers");

  for (int day = 4; day <= 8; day++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
      g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 3, day, 12, 0, 0);
      g_autofree char *path = bb_backup_make_of_file (fixture->path, now, 3, &error);

      g_assert_null (path);
      g_assert_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_DAMAGED);
      g_assert_nonnull (strstr (error->message, "damaged"));
      g_assert_nonnull (strstr (error->message, "earlier backups are kept"));
    }

  after = bb_test_safety_list_folder (fixture->backups);
  g_assert_cmpstr (after, ==, before);
}

static void
write_garbage (const char *path)
{
  g_autoptr(GString) garbage = g_string_new (NULL);

  for (guint i = 0; i < 4096; i++)
    g_string_append_c (garbage, (char) g_test_rand_int_range (0, 256));
  g_assert_true (g_file_set_contents (path, garbage->str, garbage->len, NULL));
}

/* A bad file leaves the database exactly as it was, and adds nothing beside it. */
static void
test_restore_bad_file (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *garbage = g_build_filename (fixture->folder, "garbage.db", NULL);
  g_autofree char *damaged = g_build_filename (fixture->folder, "damaged.db", NULL);
  g_autofree char *newer = g_build_filename (fixture->folder, "newer.db", NULL);
  g_autofree char *missing = g_build_filename (fixture->folder, "missing.db", NULL);
  const char *files[] = { garbage, damaged, newer, missing };
  g_autofree char *before = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  write_garbage (garbage);
  g_assert_true (bb_backup_copy_file (fixture->path, damaged, &error));
  g_assert_true (bb_backup_copy_file (fixture->path, newer, &error));
  g_assert_no_error (error);
  g_clear_object (&fixture->database);
  bb_test_safety_damage_table (damaged, "providers");
  {
    sqlite3 *db = NULL;
    g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", bb_database_get_schema_version () + 1);

    g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }

  before = bb_test_safety_checksum (fixture->path);
  listing = bb_test_safety_list_folder (fixture->folder);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *after = NULL;
      g_autofree char *after_listing = NULL;

      g_assert_false (bb_backup_restore (fixture->path, files[i], now, 14, NULL, NULL, &error));
      g_assert_nonnull (error);
      g_test_message ("%s: %s", files[i], error->message);
      g_clear_error (&error);

      after = bb_test_safety_checksum (fixture->path);
      g_assert_cmpstr (after, ==, before);
      after_listing = bb_test_safety_list_folder (fixture->folder);
      g_assert_cmpstr (after_listing, ==, listing);
    }
}

static void
test_restore_good_file (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autoptr(GDateTime) now = NULL;
  GStatBuf st;

  set_hour (fixture, 14, 8);
  backup = bb_backup_make (fixture->database, 14, &error);
  g_assert_no_error (error);

  /* Work after the backup, which the restore must not throw away unkept. */
  bb_test_safety_fill (fixture->database, 0);
  g_assert_true (bb_database_exec (fixture->database,
                                   "INSERT INTO providers (uuid, name, sort_key) VALUES ('late', 'Late', 'late')",
                                   &error));

  /* Open: refused, nothing changed. */
  now = g_date_time_new_now_local ();
  g_assert_false (bb_backup_restore (fixture->path, backup, now, 14, &kept, &moved, &error));
  g_assert_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_null (kept);

  g_clear_object (&fixture->database);
  g_assert_true (bb_backup_restore (fixture->path, backup, now, 14, &kept, &moved, &error));
  g_assert_no_error (error);
  g_assert_null (moved);

  g_assert_cmpint (count_providers (fixture->path), ==, 300);
  g_assert_nonnull (kept);
  g_assert_cmpint (count_providers (kept), ==, 301);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* It opens as ever. */
  fixture->database = bb_database_open (fixture->path, FALSE, &error);
  g_assert_no_error (error);
}

/* A damaged database cannot be backed up: the restore keeps it aside instead. */
static void
test_restore_over_damaged (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *corrupt = g_strconcat (fixture->path, ".corrupt", NULL);
  g_autofree char *damaged_sum = NULL;
  g_autofree char *first_sum = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  backup = bb_backup_make (fixture->database, 14, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->database);

  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *expected = round == 0 ? g_strdup (corrupt)
                                             : g_strconcat (corrupt, ".1", NULL);

      bb_test_safety_damage_table (fixture->path, "providers");
      damaged_sum = bb_test_safety_checksum (fixture->path);

      g_assert_true (bb_backup_restore (fixture->path, backup, now, 14, &kept, &moved, &error));
      g_assert_no_error (error);
      g_assert_null (kept);
      g_assert_cmpstr (moved, ==, expected);
      g_clear_pointer (&moved, g_free);

      /* Moved whole; the earlier one is never overwritten. */
      g_autofree char *moved_sum = bb_test_safety_checksum (expected);
      g_assert_cmpstr (moved_sum, ==, damaged_sum);
      if (round == 0)
        first_sum = g_strdup (moved_sum);
      g_clear_pointer (&damaged_sum, g_free);
      g_assert_cmpint (count_providers (fixture->path), ==, 300);
    }

  g_autofree char *still = bb_test_safety_checksum (corrupt);
  g_assert_cmpstr (still, ==, first_sum);
}

/* A file of an older schema is backed up before the migration changes it. */
static gboolean
refuse_migration (BbDatabase  *database,
                  int          from_version,
                  gpointer     user_data,
                  GError     **error)
{
  *(int *) user_data = from_version;
  g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FAILED, "refused");
  return FALSE;
}

static void
test_before_migration (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(BbDatabase) database = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  int old_version = bb_database_get_schema_version () - 1;
  int seen = -1;
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", old_version);

  g_assert_true (bb_database_exec (fixture->database, sql, &error));
  g_clear_object (&fixture->database);
  before = bb_test_safety_checksum (fixture->path);

  /* The hook sees the old version first, and its failure leaves the file alone. */
  bb_database_set_migration_hook (refuse_migration, &seen);
  database = bb_database_open (fixture->path, FALSE, &error);
  g_assert_null (database);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (seen, ==, old_version);
  after = bb_test_safety_checksum (fixture->path);
  g_assert_cmpstr (after, ==, before);

  /* The safety layer's hook: a verified backup of the old file. (The migration run
   * again over its own tables may fail; the backup is made before it.) */
  bb_backup_install_migration_hook (14);
  database = bb_database_open (fixture->path, FALSE, &error);
  g_clear_error (&error);
  bb_database_set_migration_hook (NULL, NULL);
  g_clear_object (&database);

  backups = bb_backup_list (fixture->path);
  g_assert_cmpuint (backups->len, ==, 1);
  {
    BbBackupInfo *info = g_ptr_array_index (backups, 0);
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_true (info->verified);
    g_assert_cmpint (sqlite3_open_v2 (info->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, old_version);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/backup/written-verified", test_written_verified);
  ADD ("/backup/rotation", test_rotation);
  ADD ("/backup/damaged-refused", test_damaged_refused);
  ADD ("/backup/restore/bad-file", test_restore_bad_file);
  ADD ("/backup/restore/good-file", test_restore_good_file);
  ADD ("/backup/restore/over-damaged", test_restore_over_damaged);
  ADD ("/backup/before-migration", test_before_migration);
#undef ADD

  return g_test_run ();
}
