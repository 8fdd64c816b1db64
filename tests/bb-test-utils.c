/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gstdio.h>

#include "bb-test-utils.h"

BbClock *
bb_test_clock_new (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (BB_TEST_NOW_ISO, NULL);

  g_assert_nonnull (now);
  return bb_clock_new_fixed (now);
}

BbDatabase *
bb_test_database_new (char **folder_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbClock) clock = bb_test_clock_new ();
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  BbDatabase *database;

  g_assert_nonnull (folder_out);

  folder = g_dir_make_tmp ("bb-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (folder, "brobygger.db", NULL);
  database = bb_database_open (path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (database);
  bb_database_set_clock (database, clock);

  *folder_out = g_steal_pointer (&folder);
  return database;
}

BbContext *
bb_test_context_new (char **folder_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = bb_test_database_new (folder_out);
  BbContext *context = bb_context_new (database, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (context);
  return context;
}

gint64
bb_test_query_int (BbDatabase *database,
                   const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (bb_database_get_handle (database), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Removes @folder with everything below it; symbolic links are removed, not followed. */
void
bb_test_remove_folder (const char *folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        bb_test_remove_folder (path);
      else
        g_assert_no_errno (g_unlink (path));
    }
  g_assert_no_errno (g_rmdir (folder));
}
