/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-check.h"
#include "bb-context.h"

G_BEGIN_DECLS

/* Asks before the backup at @backup_path replaces the database; on Restore, runs the
 * application's app.restore-backup, which backs the current file up first and opens
 * the window again on the restored one. */
void bb_backups_confirm_restore (GtkWindow  *parent,
                                 const char *database_path,
                                 const char *backup_path);
/* The background check found damage (@report): says so, and offers the newest
 * backup of @database_path, if there is one. */
void bb_backups_show_damaged    (GtkWindow  *parent,
                                 const char *database_path,
                                 const char *report);
/* The error page's words for a database that cannot be opened because it is damaged,
 * naming the newest backup; NULL when there is none. */
char *bb_backups_dup_restore_offer (const char *database_path,
                                    char      **backup_path);

/* When @database_path lies in a network or sync folder (bb-folder-kind.h): says
 * that the file can be damaged there, once per database, remembered in @settings. */
void bb_backups_warn_folder     (GtkWindow  *parent,
                                 const char *database_path,
                                 GSettings  *settings);

/* Marks the database of @context open for the window, and after the window is shown
 * runs the day's backup and, when due, the full check, showing damage on @window.
 * The caller keeps the check until the window closes. */
BbDatabaseCheck *bb_backups_watch   (GtkWindow   *window,
                                     BbContext   *context,
                                     GSettings   *settings);
/* Restores @backup_path over the database (no connection may be open) and returns
 * what the user is told: what was restored and where the old file is kept. */
char            *bb_backups_restore (const char  *database_path,
                                     const char  *backup_path,
                                     GSettings   *settings,
                                     GError     **error);

G_END_DECLS
