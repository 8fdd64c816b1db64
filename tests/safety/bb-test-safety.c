/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <fcntl.h>
#include <string.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "bb-test-safety.h"

void
bb_test_safety_fill (BbDatabase *database,
                     guint       n)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_database_begin (database, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO providers (uuid, name, sort_key)"
                                              " VALUES ('uuid-%u', 'Provider %u', 'provider %u')",
                                              i, i, i);

      g_assert_true (bb_database_exec (database, sql, &error));
    }
  g_assert_true (bb_database_commit (database, &error));
  g_assert_no_error (error);
}

void
bb_test_safety_damage_table (const char *path,
                             const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT rootpage FROM sqlite_schema WHERE name = '%s'", table);
  char garbage[64];
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 page_size, root;
  int fd;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA page_size", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  page_size = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  root = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  /* Not the first page: the schema must still read, as it does on a disk that lost
   * one sector. */
  g_assert_cmpint (root, >, 1);

  memset (garbage, 0x5a, sizeof garbage);
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, garbage, sizeof garbage, (root - 1) * page_size), ==, sizeof garbage);
  close (fd);
}

char *
bb_test_safety_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

char *
bb_test_safety_list_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}
