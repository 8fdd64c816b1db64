/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-backup.h"

G_BEGIN_DECLS

#define BB_TYPE_BACKUPS_ROW (bb_backups_row_get_type ())
G_DECLARE_FINAL_TYPE (BbBackupsRow, bb_backups_row, BB, BACKUPS_ROW, AdwActionRow)

/* A backup in the list of Preferences: when, how big, checked or not, and its
 * Restore… button (backups.restore with the backup's path). */
BbBackupsRow *bb_backups_row_new         (const BbBackupInfo *info);
/* "1 December 2026, 14:05": how a backup is named to the user. */
char         *bb_backups_row_format_made (const BbBackupInfo *info);

G_END_DECLS
