/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where a database file lies, as far as its safety goes: SQLite's locks and its
 * write-ahead log need a local file system, and a sync client that copies the file
 * while it is written, or the WAL without it, can leave a damaged copy. */
typedef enum
{
  BB_FOLDER_LOCAL,
  /* NFS, SMB/CIFS, FUSE (sshfs, GVfs) and the like. */
  BB_FOLDER_NETWORK,
  /* A folder a sync client keeps: Dropbox, OneDrive, Nextcloud, ownCloud, Google Drive. */
  BB_FOLDER_SYNCED,
} BbFolderKind;

/* The kind of folder @path is in, from @fs_type (statfs's f_type for its folder) and
 * the names in @path: a network file system first, then a sync folder's name. */
BbFolderKind bb_folder_kind_classify (const char *path,
                                      gint64      fs_type);
/* The same for @path on this machine; local when its folder cannot be read. */
BbFolderKind bb_folder_kind_of      (const char *path);

G_END_DECLS
