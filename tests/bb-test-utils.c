/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

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

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

void
bb_test_build_schema (sqlite3 *db,
                      int      version)
{
  g_auto(GStrv) names = g_resources_enumerate_children ("/io/github/brobygger/Brobygger/db/migrations", 0, NULL);
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version);

  g_assert_nonnull (names);
  g_assert_cmpint (version, <=, g_strv_length (names));
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  /* Each statement of a migration file commits on its own here: without a sync per
   * commit the old schemas build in a fraction of the time. */
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA synchronous = OFF", NULL, NULL, NULL), ==, SQLITE_OK);
  for (int v = 1; v <= version; v++)
    {
      g_autofree char *resource = g_strconcat ("/io/github/brobygger/Brobygger/db/migrations/", names[v - 1], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, NULL);
      g_autofree char *sql = NULL;

      g_assert_nonnull (bytes);
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  g_assert_cmpint (sqlite3_exec (db, set_version, NULL, NULL, NULL), ==, SQLITE_OK);
}

char *
bb_test_pdf_text (const char *path)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_auto(GStrv) words = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  int status;

  if (program == NULL)
    return NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  words = g_strsplit_set (out, " \n\f", -1);
  return g_strjoinv (" ", words);
}
