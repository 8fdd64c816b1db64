/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by bb-backup.c (making and listing backups) and bb-backup-restore.c. */

#include "bb-backup.h"
#include "bb-sql.h"

G_BEGIN_DECLS

/* After "….db" while a backup is written and checked. */
#define BB_BACKUP_TEMPORARY_SUFFIX ".tmp-"

/* A plain connection to @path, for copying and checking: no schema update, no WAL
 * switch. */
sqlite3 *_bb_backup_open             (const char  *path,
                                      gboolean     read_only,
                                      GError     **error);
char    *_bb_backup_make_from_handle (sqlite3     *source,
                                      const char  *database_path,
                                      GDateTime   *now,
                                      guint        keep,
                                      GError     **error);

gboolean _bb_backup_is_same_file     (const char  *first,
                                      const char  *second);

G_END_DECLS
