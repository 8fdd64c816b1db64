/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "bb-clock.h"

G_BEGIN_DECLS

#define BB_DATABASE_ERROR (bb_database_error_quark ())

typedef enum
{
  BB_DATABASE_ERROR_NO_FOLDER,
  BB_DATABASE_ERROR_READ_ONLY,
  BB_DATABASE_ERROR_CORRUPT,
  BB_DATABASE_ERROR_TOO_NEW,
  BB_DATABASE_ERROR_BUSY,
  BB_DATABASE_ERROR_FULL,
  BB_DATABASE_ERROR_NOT_FOUND,
  BB_DATABASE_ERROR_INVALID,
  BB_DATABASE_ERROR_IN_USE,
  BB_DATABASE_ERROR_FAILED,
  /* An SQLite file of another program: refused, and left as it was. */
  BB_DATABASE_ERROR_FOREIGN,
  /* The file could not be read or written (SQLITE_IOERR that is not a full disk). */
  BB_DATABASE_ERROR_IO,
  BB_DATABASE_ERROR_NO_MEMORY,
} BbDatabaseError;

/* PRAGMA application_id of every file Brobygger writes: "BROB" in ASCII. A file with
 * another id, or with none (0) but with tables and no schema version, is another
 * program's and is never changed. */
#define BB_DATABASE_APPLICATION_ID 0x42524F42

GQuark bb_database_error_quark (void);

#define BB_TYPE_DATABASE (bb_database_get_type ())
G_DECLARE_FINAL_TYPE (BbDatabase, bb_database, BB, DATABASE, GObject)

/* Runs inside the outermost transaction just before COMMIT; a failure rolls it back. */
typedef gboolean (*BbPreCommitHook) (BbDatabase  *database,
                                     gpointer     user_data,
                                     GError     **error);

/* Runs on a connection of its own in a worker thread. */
typedef gboolean (*BbDatabaseJobFunc) (BbDatabase    *connection,
                                       gpointer       job_data,
                                       GCancellable  *cancellable,
                                       GError       **error);

/* Called by bb_database_open on a file of an older schema, before the transaction
 * that brings it up to date; a failure leaves the file as it was and fails the open.
 * One for the process: the safety layer backs the file up here (db cannot call it). */
typedef gboolean (*BbDatabaseMigrationHook) (BbDatabase  *database,
                                             int          from_version,
                                             gpointer     user_data,
                                             GError     **error);
void         bb_database_set_migration_hook   (BbDatabaseMigrationHook hook,
                                               gpointer                user_data);

/* The newest schema this program knows: the number of migrations. */
int          bb_database_get_schema_version   (void);
/* $XDG_DATA_HOME/brobygger/brobygger.db */
char        *bb_database_dup_default_path     (void);

/* Checks the file's header and schema (cheap: the whole file is checked in the
 * background by the safety layer), sets the connection up (WAL, synchronous=FULL, foreign keys,
 * secure_delete) and brings the schema up to date in one transaction, marking the file
 * with BB_DATABASE_APPLICATION_ID. Creates the folder (0700) when @create_folder is
 * set; otherwise a missing folder is BB_DATABASE_ERROR_NO_FOLDER. A new file is
 * created 0600. Never changes a file it refuses: damaged, newer, read-only, or
 * another program's (BB_DATABASE_ERROR_FOREIGN). @path may be a "file:" URI. */
BbDatabase  *bb_database_open                 (const char         *path,
                                               gboolean            create_folder,
                                               GError            **error);
/* For commands that only read (an export): the same checks, but nothing is ever
 * written to the file, not even the schema update: an older database is brought up
 * to date in a copy in memory. A missing file is BB_DATABASE_ERROR_NOT_FOUND; every
 * transaction is refused with BB_DATABASE_ERROR_READ_ONLY. */
BbDatabase  *bb_database_open_read_only       (const char         *path,
                                               GError            **error);
/* For the window: bb_database_open (), and when the file or its folder cannot be
 * written, bb_database_open_read_only () instead (@error is then not set), with
 * bb_database_get_read_only_reason () saying why in the user's words. */
BbDatabase  *bb_database_open_or_read_only    (const char         *path,
                                               gboolean            create_folder,
                                               GError            **error);
/* Also the property "read-only" (constant for the life of the connection). */
gboolean     bb_database_is_read_only         (BbDatabase         *self);
/* Why a database opened by bb_database_open_or_read_only () is read-only; NULL for
 * one opened read-only on purpose, or writable. */
const char  *bb_database_get_read_only_reason (BbDatabase         *self);
/* How long a write waits for another connection's lock before it fails with
 * BB_DATABASE_ERROR_BUSY (10 s unless set: a window sets less and tries again). */
void         bb_database_set_busy_timeout     (BbDatabase         *self,
                                               int                 milliseconds);
const char  *bb_database_get_path             (BbDatabase         *self);
/* TRUE when this open created the schema from nothing, so defaults may be seeded. */
gboolean     bb_database_is_new               (BbDatabase         *self);
sqlite3     *bb_database_get_handle           (BbDatabase         *self);

/* The name written into change history ("changed by"); empty means the account's. */
const char  *bb_database_get_user_name        (BbDatabase         *self);
void         bb_database_set_user_name        (BbDatabase         *self,
                                               const char         *user_name);
BbClock     *bb_database_get_clock            (BbDatabase         *self);
void         bb_database_set_clock            (BbDatabase         *self,
                                               BbClock            *clock);

/* Transactions. The outermost is BEGIN IMMEDIATE (a busy database fails here, before
 * any work); inner ones are savepoints. Commit runs the pre-commit hooks, then emits
 * ::changed once for every domain noted inside. Rollback undoes the innermost level. */
gboolean     bb_database_begin                (BbDatabase         *self,
                                               GError            **error);
gboolean     bb_database_commit               (BbDatabase         *self,
                                               GError            **error);
void         bb_database_rollback             (BbDatabase         *self);
gboolean     bb_database_in_transaction       (BbDatabase         *self);
/* Notes that @domain ("offers", "lists", …) changed: emitted as ::changed::@domain after
 * the outermost commit, or at once outside a transaction. @domain must be a string
 * constant. */
void         bb_database_notify               (BbDatabase         *self,
                                               const char         *domain);
guint        bb_database_add_pre_commit_hook  (BbDatabase         *self,
                                               BbPreCommitHook     hook,
                                               gpointer            user_data,
                                               GDestroyNotify      destroy);
void         bb_database_remove_pre_commit_hook (BbDatabase       *self,
                                                 guint             hook_id);

/* Statements, for repositories. Errors carry the user's words for SQLite's codes. */
sqlite3_stmt *bb_database_prepare             (BbDatabase         *self,
                                               const char         *sql,
                                               GError            **error);
/* Kept prepared for the life of the connection: hand it back with
 * g_autoptr(BbCachedStatement), which resets it. @sql must be a string constant. */
sqlite3_stmt *bb_database_prepare_cached      (BbDatabase         *self,
                                               const char         *sql,
                                               GError            **error);
gboolean     bb_database_exec                 (BbDatabase         *self,
                                               const char         *sql,
                                               GError            **error);
/* Steps a statement that returns no rows. */
gboolean     bb_database_step_done            (BbDatabase         *self,
                                               sqlite3_stmt       *stmt,
                                               GError            **error);
/* The first column of the first row; -1 with @error set on failure. */
gint64       bb_database_query_int64          (BbDatabase         *self,
                                               const char         *sql,
                                               GError            **error);
/* Steps @stmt to its end, appending what @row_func makes of each row to @list. */
typedef gpointer (*BbRowFunc) (sqlite3_stmt *stmt);
gboolean     bb_database_collect_rows         (BbDatabase         *self,
                                               sqlite3_stmt       *stmt,
                                               GListStore         *list,
                                               BbRowFunc           row_func,
                                               GError            **error);
/* Sets @error from the connection's last error. */
void         bb_database_set_error            (BbDatabase         *self,
                                               GError            **error);
void         bb_database_set_error_from_code  (GError            **error,
                                               int                 code,
                                               const char         *detail);

/* Runs @func on a second connection to the same file in a worker thread (WAL lets it
 * read and write beside this one). The connection gets this one's user name and clock.
 * The callback comes on the calling thread's main context; _finish emits ::changed on
 * @self for every domain the job committed. */
void         bb_database_run_job_async        (BbDatabase         *self,
                                               BbDatabaseJobFunc   func,
                                               gpointer            job_data,
                                               GDestroyNotify      job_data_free,
                                               GCancellable       *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer            user_data);
gboolean     bb_database_run_job_finish       (BbDatabase         *self,
                                               GAsyncResult       *result,
                                               GError            **error);

G_END_DECLS
