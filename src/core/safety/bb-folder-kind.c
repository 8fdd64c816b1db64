/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <sys/vfs.h>

#include "bb-folder-kind.h"

/* linux/magic.h and the kernel's fs/smb: not all of them are in the libc headers. */
static const gint64 network_types[] = {
  0x6969,       /* NFS */
  0x517b,       /* SMB */
  0xff534d42,   /* CIFS */
  0xfe534d42,   /* SMB2 */
  0x65735546,   /* FUSE: sshfs, GVfs, rclone */
  0x5346414f,   /* AFS */
  0x6b414653,   /* kAFS */
  0x00c36400,   /* Ceph */
  0x73757245,   /* Coda */
  0x01021997,   /* 9P */
  0x47504653,   /* GPFS */
  0x0bd00bd0,   /* Lustre */
};

/* As the clients name their folders: "Dropbox (Personal)", "OneDrive - Kommune",
 * "Nextcloud2". */
static const char *const sync_names[] = {
  "dropbox", "onedrive", "nextcloud", "owncloud", "google drive", "googledrive", "google-drive",
};

static gboolean
is_sync_name (const char *component)
{
  g_autofree char *folded = g_utf8_casefold (component, -1);

  for (guint i = 0; i < G_N_ELEMENTS (sync_names); i++)
    {
      gsize length = strlen (sync_names[i]);

      /* The name, or the name and more that is not a letter: not "Dropboxes". */
      if (strncmp (folded, sync_names[i], length) == 0 && !g_ascii_isalpha (folded[length]))
        return TRUE;
    }

  return FALSE;
}

BbFolderKind
bb_folder_kind_classify (const char *path,
                         gint64      fs_type)
{
  g_autofree char *folder = NULL;
  g_auto(GStrv) components = NULL;

  g_return_val_if_fail (path != NULL, BB_FOLDER_LOCAL);

  for (guint i = 0; i < G_N_ELEMENTS (network_types); i++)
    if ((fs_type & 0xffffffff) == network_types[i])
      return BB_FOLDER_NETWORK;

  /* The folders only: "dropbox.db" is a file's name. */
  folder = g_path_get_dirname (path);
  components = g_strsplit (folder, G_DIR_SEPARATOR_S, -1);
  for (guint i = 0; components[i] != NULL; i++)
    if (is_sync_name (components[i]))
      return BB_FOLDER_SYNCED;

  return BB_FOLDER_LOCAL;
}

BbFolderKind
bb_folder_kind_of (const char *path)
{
  g_autofree char *folder = NULL;
  struct statfs info;

  g_return_val_if_fail (path != NULL, BB_FOLDER_LOCAL);

  folder = g_path_get_dirname (path);
  if (statfs (folder, &info) != 0)
    return bb_folder_kind_classify (path, 0);

  return bb_folder_kind_classify (path, (gint64) info.f_type);
}
