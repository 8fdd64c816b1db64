/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-database.h"

G_BEGIN_DECLS

/* Days between two full checks of a database that was always closed cleanly. */
#define BB_DATABASE_CHECK_INTERVAL_DAYS 7

#define BB_TYPE_DATABASE_CHECK (bb_database_check_get_type ())
G_DECLARE_FINAL_TYPE (BbDatabaseCheck, bb_database_check, BB, DATABASE_CHECK, GObject)

/* What the start-up leaves out: the check of the whole file. Made once a window has
 * @database open, it marks the file in use ("<file>.open", removed when the last
 * window on it lets go, so that one left behind means a crash or a power cut).
 *
 * ::damaged (const char *report) is emitted when the background check or backup finds
 * the file damaged. */
BbDatabaseCheck *bb_database_check_new          (BbDatabase       *database);
const char      *bb_database_check_get_path     (BbDatabaseCheck  *self);
/* The last session on the file did not end cleanly. */
gboolean         bb_database_check_was_unclean  (BbDatabaseCheck  *self);
/* A full check is due: after an unclean end, or a week after the last. */
gboolean         bb_database_check_is_due       (BbDatabaseCheck  *self);
/* No backup has been made today yet. */
gboolean         bb_database_check_backup_is_due (BbDatabaseCheck *self);

/* On a job connection: the day's backup when none was made today (its own check
 * covers the whole file), otherwise the full check when it is due; damage emits
 * ::damaged. A backup that fails for another reason (a full disk) is an error. */
void             bb_database_check_run_async    (BbDatabaseCheck     *self,
                                                 guint                keep,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean         bb_database_check_run_finish   (BbDatabaseCheck     *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

G_END_DECLS
