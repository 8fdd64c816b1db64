/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Where a database lies: network file systems by statfs's type, sync folders by
 * their names, anything else local. */

#include "config.h"

#include "bb-folder-kind.h"
#include "bb-test-utils.h"

#define EXT4 0xef53
#define TMPFS 0x01021994

static void
test_network_types (void)
{
  /* NFS, SMB, CIFS, SMB2, FUSE (sshfs, GVfs). */
  const gint64 types[] = { 0x6969, 0x517b, 0xff534d42, 0xfe534d42, 0x65735546 };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    g_assert_cmpint (bb_folder_kind_classify ("/home/ane/brobygger.db", types[i]), ==, BB_FOLDER_NETWORK);

  /* f_type is signed: CIFS as a 32-bit statfs gives it. */
  g_assert_cmpint (bb_folder_kind_classify ("/mnt/s/brobygger.db", (gint32) 0xff534d42), ==, BB_FOLDER_NETWORK);
  g_assert_cmpint (bb_folder_kind_classify ("/home/ane/brobygger.db", EXT4), ==, BB_FOLDER_LOCAL);
  g_assert_cmpint (bb_folder_kind_classify ("/tmp/brobygger.db", TMPFS), ==, BB_FOLDER_LOCAL);
}

static void
test_sync_names (void)
{
  const char *synced[] = {
    "/home/ane/Dropbox/brobygger.db",
    "/home/ane/Dropbox (Personal)/data/brobygger.db",
    "/home/ane/OneDrive - Aarhus Kommune/brobygger.db",
    "/home/ane/onedrive/brobygger.db",
    "/home/ane/Nextcloud/brobygger.db",
    "/home/ane/Nextcloud2/brobygger.db",
    "/home/ane/ownCloud/brobygger.db",
    "/home/ane/Google Drive/brobygger.db",
    "/home/ane/GoogleDrive/brobygger.db",
  };
  const char *local[] = {
    "/home/ane/.local/share/brobygger/brobygger.db",
    /* Names that only start like a client's. */
    "/home/ane/Dropboxes/brobygger.db",
    "/home/ane/Nextclouds-notes/brobygger.db",
    /* The file's own name is no folder. */
    "/home/ane/dropbox.db",
  };

  for (guint i = 0; i < G_N_ELEMENTS (synced); i++)
    g_assert_cmpint (bb_folder_kind_classify (synced[i], EXT4), ==, BB_FOLDER_SYNCED);
  for (guint i = 0; i < G_N_ELEMENTS (local); i++)
    g_assert_cmpint (bb_folder_kind_classify (local[i], EXT4), ==, BB_FOLDER_LOCAL);

  /* A network drive named like a sync folder is said to be a network drive. */
  g_assert_cmpint (bb_folder_kind_classify ("/mnt/Dropbox/brobygger.db", 0x6969), ==, BB_FOLDER_NETWORK);
}

/* The test's own temporary folder is local, as statfs reads it. */
static void
test_this_machine (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "brobygger.db", NULL);

  g_assert_cmpint (bb_folder_kind_of (path), ==, BB_FOLDER_LOCAL);
  /* A folder that is not there cannot be read: not a network folder. */
  g_assert_cmpint (bb_folder_kind_of ("/nonexistent/brobygger.db"), ==, BB_FOLDER_LOCAL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/folder-kind/network-types", test_network_types);
  g_test_add_func ("/folder-kind/sync-names", test_sync_names);
  g_test_add_func ("/folder-kind/this-machine", test_this_machine);

  return g_test_run ();
}
