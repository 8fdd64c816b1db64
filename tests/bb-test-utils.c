/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gstdio.h>

#include "bb-test-utils.h"

/* A fresh store in a new temporary folder, which the caller removes with
 * bb_test_remove_folder() once the store is gone. */
BbStore *
bb_test_store_new (char **folder_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  BbStore *store;

  g_assert_nonnull (folder_out);

  folder = g_dir_make_tmp ("bb-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (folder, "brobygger.db", NULL);
  store = bb_store_open (path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  *folder_out = g_steal_pointer (&folder);
  return store;
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
