/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Putting a backup back, moving a damaged file aside, and the backup made before a
 * migration. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <unistd.h>

#include "bb-backup-private.h"

static const char * const log_suffixes[] = { "-wal", "-shm", "-journal" };

/* A hard link never replaces an existing name, so ".corrupt" is never overwritten
 * even by two windows at once; a file system without links gets a checked rename. */
static gboolean
move_without_replacing (const char *from,
                        const char *to,
                        int        *saved_errno)
{
  if (link (from, to) == 0)
    return g_unlink (from) == 0 || (*saved_errno = errno, FALSE);

  *saved_errno = errno;
  if (*saved_errno != EPERM && *saved_errno != EOPNOTSUPP)
    return FALSE;

  if (g_file_test (to, G_FILE_TEST_EXISTS))
    {
      *saved_errno = EEXIST;
      return FALSE;
    }

  return g_rename (from, to) == 0 || (*saved_errno = errno, FALSE);
}

char *
bb_backup_move_aside (const char  *database_path,
                      GError     **error)
{
  for (guint n = 0; n < 1000; n++)
    {
      g_autofree char *target = n == 0 ? g_strconcat (database_path, ".corrupt", NULL)
                                       : g_strdup_printf ("%s.corrupt.%u", database_path, n);
      int saved_errno = 0;

      if (!move_without_replacing (database_path, target, &saved_errno))
        {
          g_autofree char *display_name = NULL;

          if (saved_errno == EEXIST)
            continue;

          display_name = g_filename_display_name (database_path);
          g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_FAILED,
                       _("The damaged database “%s” cannot be moved aside: %s"),
                       display_name, g_strerror (saved_errno));
          return NULL;
        }

      /* Its log goes with it: it belongs to that file, and would spoil the next. */
      for (guint i = 0; i < G_N_ELEMENTS (log_suffixes); i++)
        {
          g_autofree char *log = g_strconcat (database_path, log_suffixes[i], NULL);
          g_autofree char *moved = g_strconcat (target, log_suffixes[i], NULL);

          if (g_file_test (log, G_FILE_TEST_EXISTS) &&
              !move_without_replacing (log, moved, &saved_errno))
            g_remove (log);
        }

      return g_steal_pointer (&target);
    }

  g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_FAILED,
               _("Too many damaged databases are kept beside “%s”; remove some of them."),
               database_path);
  return NULL;
}

static void
set_in_use_error (GError     **error,
                  const char  *database_path)
{
  g_autofree char *display_name = g_filename_display_name (database_path);

  g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_IN_USE,
               _("“%s” is in use by another window or program. Close it and try again."),
               display_name);
}

/* Each window holds a shared lock on "<file>.open" (bb-check.c): one that cannot be
 * taken alone is a window still open on the file. */
static gboolean
is_open_in_a_window (const char *database_path)
{
  g_autofree char *marker = g_strconcat (database_path, ".open", NULL);
  int fd = g_open (marker, O_RDONLY | O_CLOEXEC, 0);
  gboolean in_use;

  if (fd < 0)
    return FALSE;

  in_use = flock (fd, LOCK_EX | LOCK_NB) != 0;
  close (fd);
  return in_use;
}

/* Keeps the current database before it is replaced: as a backup, then with its
 * write-ahead log folded in and WAL mode ended, which only a connection alone on the
 * file may do, so that it can be renamed over. A damaged one cannot be backed up:
 * @damaged is set and the file is left exactly as it was, to be moved aside. */
static gboolean
keep_current (const char  *database_path,
              GDateTime   *now,
              guint        keep,
              char       **kept,
              gboolean    *damaged,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BbStatement) stmt = NULL;
  sqlite3 *db;
  gboolean ok = FALSE;
  int rc;

  *damaged = FALSE;
  db = _bb_backup_open (database_path, FALSE, &local_error);
  if (db == NULL)
    {
      *damaged = g_error_matches (local_error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_DAMAGED);
      if (!*damaged)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return *damaged;
    }

  /* A damaged file is moved aside untouched, its log beside it. */
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);

  *kept = _bb_backup_make_from_handle (db, database_path, now, keep, &local_error);
  if (*kept == NULL)
    {
      *damaged = g_error_matches (local_error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_DAMAGED);
      if (!*damaged)
        g_propagate_error (error, g_steal_pointer (&local_error));
      sqlite3_close (db);
      return *damaged;
    }

  rc = sqlite3_prepare_v2 (db, "PRAGMA journal_mode = DELETE", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "delete") == 0)
    ok = TRUE;
  else if (rc == SQLITE_ROW || (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    set_in_use_error (error, database_path);
  else
    {
      g_autofree char *display_name = g_filename_display_name (database_path);

      g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_FAILED,
                   _("“%s” cannot be read or written: %s"), display_name, sqlite3_errmsg (db));
    }

  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_close (db);
  return ok;
}

gboolean
bb_backup_restore (const char  *database_path,
                   const char  *file,
                   GDateTime   *now,
                   guint        keep,
                   char       **kept_as,
                   char       **moved_aside,
                   GError     **error)
{
  g_autoptr(GString) report = g_string_new (NULL);
  g_autofree char *kept = NULL;
  gboolean damaged = FALSE;
  sqlite3 *source;
  gboolean ok;

  /* First, before anything is changed: a bad file leaves the database as it was. */
  if (!bb_backup_check_file (file, FALSE, report, error))
    return FALSE;

  if (_bb_backup_is_same_file (file, database_path))
    {
      g_set_error_literal (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_REFUSED,
                           _("The file to restore is the database itself."));
      return FALSE;
    }

  if (is_open_in_a_window (database_path))
    {
      set_in_use_error (error, database_path);
      return FALSE;
    }

  if (g_file_test (database_path, G_FILE_TEST_EXISTS))
    {
      if (!keep_current (database_path, now, keep, &kept, &damaged, error))
        return FALSE;

      /* What cannot be backed up is still kept, under a name of its own. */
      if (damaged)
        {
          char *moved = bb_backup_move_aside (database_path, error);

          if (moved == NULL)
            return FALSE;
          if (moved_aside != NULL)
            *moved_aside = moved;
          else
            g_free (moved);
        }
    }

  /* The copy is checked again and renamed over the database in one step. */
  source = _bb_backup_open (file, TRUE, error);
  if (source == NULL)
    return FALSE;
  ok = bb_backup_write (source, database_path, error);
  sqlite3_close (source);

  if (ok && kept_as != NULL)
    *kept_as = g_steal_pointer (&kept);

  if (ok)
    for (guint i = 0; i < G_N_ELEMENTS (log_suffixes); i++)
      {
        g_autofree char *log = g_strconcat (database_path, log_suffixes[i], NULL);

        g_remove (log);
      }

  return ok;
}

/* ---- before a migration --------------------------------------------- */

static gboolean
back_up_before_migration (BbDatabase  *database,
                          int          from_version,
                          gpointer     user_data,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;

  /* A database named by URI is a test's or in memory. */
  if (g_str_has_prefix (bb_database_get_path (database), "file:"))
    return TRUE;

  path = bb_backup_make (database, GPOINTER_TO_UINT (user_data), &local_error);
  if (path != NULL)
    return TRUE;

  /* The window offers a backup for a damaged file. */
  g_set_error (error, BB_DATABASE_ERROR,
               g_error_matches (local_error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_DAMAGED)
               ? BB_DATABASE_ERROR_CORRUPT : BB_DATABASE_ERROR_FAILED,
               _("The database was not updated to this version of Brobygger, because it could not be backed up first: %s"),
               local_error->message);
  return FALSE;
}

void
bb_backup_install_migration_hook (guint keep)
{
  bb_database_set_migration_hook (back_up_before_migration, GUINT_TO_POINTER (keep));
}

guint
bb_backup_get_count (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  if (settings != NULL)
    g_object_get (settings, "settings-schema", &schema, NULL);
  if (schema == NULL || !g_settings_schema_has_key (schema, "backup-count"))
    return BB_BACKUP_DEFAULT_COUNT;

  return g_settings_get_uint (settings, "backup-count");
}
