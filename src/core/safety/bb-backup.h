/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "bb-database.h"

G_BEGIN_DECLS

#define BB_BACKUP_ERROR (bb_backup_error_quark ())

typedef enum
{
  /* The file fails its integrity check: never copied over a good backup. */
  BB_BACKUP_ERROR_DAMAGED,
  /* Not a Brobygger database, or one of a newer version. */
  BB_BACKUP_ERROR_REFUSED,
  /* Another window or program has the database open. */
  BB_BACKUP_ERROR_IN_USE,
  BB_BACKUP_ERROR_FAILED,
} BbBackupError;

GQuark bb_backup_error_quark (void);

/* How many automatic backups are kept unless the settings say otherwise. */
#define BB_BACKUP_DEFAULT_COUNT 14

/* One file of the backups folder. */
typedef struct
{
  char      *path;
  /* When it was made (from its name), local time. */
  GDateTime *made;
  goffset    size;
  /* Passed its integrity check before it was given its name; a file left half-made
   * by a crash is listed but never offered. */
  gboolean   verified;
  /*< private >*/
  /* 1, 2, … for backups made in the same second. */
  guint      sequence;
} BbBackupInfo;

void          bb_backup_info_free    (BbBackupInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbBackupInfo, bb_backup_info_free)

/* <the database's folder>/backups */
char         *bb_backup_dup_folder   (const char  *database_path);
/* The backups of the database at @database_path, newest first (BbBackupInfo). */
GPtrArray    *bb_backup_list         (const char  *database_path);
/* The newest verified backup, or NULL. */
char         *bb_backup_dup_newest   (const char  *database_path);

/* PRAGMA integrity_check and, with @foreign_keys, foreign_key_check on @db; appends
 * what they found, one line each, to @report. TRUE when clean; FALSE with @error
 * unset when damaged, with @error set when the check could not run. */
gboolean      bb_backup_check_handle (sqlite3     *db,
                                      gboolean     foreign_keys,
                                      GString     *report,
                                      GError     **error);
/* Opens @path read-only and checks it as above, and that it is a Brobygger database
 * this version can open (BB_BACKUP_ERROR_REFUSED otherwise). Damage is
 * BB_BACKUP_ERROR_DAMAGED. Writes nothing. */
gboolean      bb_backup_check_file   (const char  *path,
                                      gboolean     foreign_keys,
                                      GString     *report,
                                      GError     **error);

/* Copies @source with SQLite's online backup API to a temporary file beside
 * @destination (0600), syncs it, checks its integrity and only then renames it to
 * @destination. A copy that fails its check means @source is damaged:
 * BB_BACKUP_ERROR_DAMAGED, and nothing is left. */
gboolean      bb_backup_write        (sqlite3     *source,
                                      const char  *destination,
                                      GError     **error);
/* A verified backup of @database in its backups folder, named with the clock's time,
 * then the oldest verified backups beyond @keep removed. Returns its path. */
char         *bb_backup_make         (BbDatabase  *database,
                                      guint        keep,
                                      GError     **error);
/* The same for a file that is not open: before a restore replaces it. */
char         *bb_backup_make_of_file (const char  *database_path,
                                      GDateTime   *now,
                                      guint        keep,
                                      GError     **error);
/* Moves the file at @database_path (and its -wal and -shm) aside as
 * "<name>.corrupt", or ".corrupt.1", … : never over an earlier one. Returns the new
 * path. */
char         *bb_backup_move_aside   (const char  *database_path,
                                      GError     **error);
/* Replaces the database at @database_path with a copy of @file after checking @file
 * (nothing is changed when it fails). The current database is first kept as a backup
 * (its path in @kept_as) or, when it is damaged, moved aside (its new path in
 * @moved_aside). No connection may be open on @database_path:
 * BB_BACKUP_ERROR_IN_USE otherwise. */
gboolean      bb_backup_restore      (const char  *database_path,
                                      const char  *file,
                                      GDateTime   *now,
                                      guint        keep,
                                      char       **kept_as,
                                      char       **moved_aside,
                                      GError     **error);
/* A verified backup of the Brobygger database at @database_path (not opened, not
 * brought up to date) written to @destination, as bb_backup_write () does. */
gboolean      bb_backup_copy_file    (const char  *database_path,
                                      const char  *destination,
                                      GError     **error);

/* The count Preferences keep (GSettings "backup-count"): BB_BACKUP_DEFAULT_COUNT
 * without @settings or with an installed schema too old to have the key. */
guint         bb_backup_get_count    (GSettings   *settings);

/* Makes bb_database_open back a file up before it changes its schema. */
void          bb_backup_install_migration_hook (guint keep);

G_END_DECLS
