/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Backups: a copy made with SQLite's online backup API, synced and checked before it
 * gets its name, so that every file in the backups folder under a backup's name is
 * one that can be restored. Restoring is in bb-backup-restore.c. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "bb-backup-private.h"

G_DEFINE_QUARK (bb-backup-error-quark, bb_backup_error)

/* How many lines of integrity_check the report shows: the first say enough. */
#define MAX_PROBLEMS 20
/* "-2026-12-01-174512" after the database's name. */
#define STAMP_FORMAT "-%Y-%m-%d-%H%M%S"
#define STAMP_LENGTH 18

void
bb_backup_info_free (BbBackupInfo *info)
{
  g_free (info->path);
  g_clear_pointer (&info->made, g_date_time_unref);
  g_free (info);
}

char *
bb_backup_dup_folder (const char *database_path)
{
  g_autofree char *folder = g_path_get_dirname (database_path);

  return g_build_filename (folder, "backups", NULL);
}

/* "brobygger.db" → "brobygger": the backups of two databases in one folder are told
 * apart by it. */
static char *
dup_stem (const char *database_path)
{
  g_autofree char *name = g_path_get_basename (database_path);

  if (g_str_has_suffix (name, ".db"))
    name[strlen (name) - 3] = '\0';
  return g_steal_pointer (&name);
}

/* The time in a backup's name, or NULL when @name is not one of @stem's backups.
 * @verified is FALSE for a temporary file a crash left. */
static GDateTime *
parse_name (const char *name,
            const char *stem,
            gboolean   *verified,
            guint      *sequence)
{
  gsize stem_length = strlen (stem);
  const char *stamp;
  const char *rest;
  int year, month, day, hour, minute, second;
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();

  if (strncmp (name, stem, stem_length) != 0)
    return NULL;

  stamp = name + stem_length;
  if (strlen (stamp) < STAMP_LENGTH ||
      sscanf (stamp, "-%4d-%2d-%2d-%2d%2d%2d", &year, &month, &day, &hour, &minute, &second) != 6)
    return NULL;

  /* An optional "-N" when two backups were made in one second. */
  rest = stamp + STAMP_LENGTH;
  *sequence = 1;
  if (*rest == '-')
    {
      char *end = NULL;

      *sequence = (guint) g_ascii_strtoull (rest + 1, &end, 10);
      rest = end;
    }

  if (g_str_equal (rest, ".db"))
    *verified = TRUE;
  else if (g_str_has_prefix (rest, ".db" BB_BACKUP_TEMPORARY_SUFFIX))
    *verified = FALSE;
  else
    return NULL;

  return g_date_time_new (zone, year, month, day, hour, minute, second);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const BbBackupInfo *first = *(BbBackupInfo **) a;
  const BbBackupInfo *second = *(BbBackupInfo **) b;
  int order = g_date_time_compare (second->made, first->made);

  /* In one second, "-2" was made after the one without a number. */
  if (order != 0)
    return order;
  return second->sequence > first->sequence ? 1 : second->sequence < first->sequence ? -1 : 0;
}

GPtrArray *
bb_backup_list (const char *database_path)
{
  g_autofree char *folder = bb_backup_dup_folder (database_path);
  g_autofree char *stem = dup_stem (database_path);
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_backup_info_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      gboolean verified = FALSE;
      guint sequence = 1;
      g_autoptr(GDateTime) made = parse_name (name, stem, &verified, &sequence);
      BbBackupInfo *info;
      GStatBuf st;

      if (made == NULL)
        continue;

      info = g_new0 (BbBackupInfo, 1);
      info->path = g_build_filename (folder, name, NULL);
      info->made = g_steal_pointer (&made);
      info->verified = verified;
      info->sequence = sequence;
      if (g_stat (info->path, &st) == 0)
        info->size = st.st_size;
      g_ptr_array_add (backups, info);
    }

  g_ptr_array_sort (backups, compare_newest_first);
  return g_steal_pointer (&backups);
}

char *
bb_backup_dup_newest (const char *database_path)
{
  g_autoptr(GPtrArray) backups = bb_backup_list (database_path);

  for (guint i = 0; i < backups->len; i++)
    {
      BbBackupInfo *info = g_ptr_array_index (backups, i);

      if (info->verified)
        return g_strdup (info->path);
    }

  return NULL;
}

/* ---- checks ---------------------------------------------------------- */

static void
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  const char  *path)
{
  int code = sqlite3_errcode (db) & 0xff;
  g_autofree char *display_name = path != NULL ? g_filename_display_name (path) : g_strdup ("");

  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
    g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_DAMAGED,
                 _("“%s” is damaged or is not a database (%s)."), display_name, sqlite3_errmsg (db));
  else if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
    g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_IN_USE,
                 _("“%s” is in use by another window or program. Close it and try again."),
                 display_name);
  else
    g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_FAILED,
                 _("“%s” cannot be read or written: %s"), display_name, sqlite3_errmsg (db));
}

/* Damage SQLite runs into while checking is damage, not a failure to check. */
static gboolean
is_damage_code (int code)
{
  code &= 0xff;
  return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

/* @pragma is integrity_check or quick_check. */
static gboolean
check_handle (sqlite3     *db,
              const char  *pragma,
              gboolean     foreign_keys,
              GString     *report,
              GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s (" G_STRINGIFY (MAX_PROBLEMS) ")", pragma);
  g_autoptr(BbStatement) stmt = NULL;
  gboolean clean = TRUE;
  guint n_problems = 0;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while (rc == SQLITE_OK || rc == SQLITE_ROW)
    {
      const char *line;

      if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
        break;
      line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") == 0)
        continue;
      clean = FALSE;
      n_problems++;
      /* Translators: a line of the check's report; %s is SQLite's own words. */
      g_string_append_printf (report, _("Damage: %s\n"), line);
    }

  if (rc != SQLITE_DONE)
    {
      if (!is_damage_code (rc))
        {
          set_sqlite_error (error, db, sqlite3_db_filename (db, "main"));
          return FALSE;
        }
      clean = FALSE;
      g_string_append_printf (report, _("Damage: %s\n"), sqlite3_errmsg (db));
    }
  else if (clean)
    g_string_append (report, _("Integrity check: no damage found.\n"));

  if (!foreign_keys || !clean)
    return clean;

  g_clear_pointer (&stmt, sqlite3_finalize);
  rc = sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* Each row is a problem; the loop goes on while there are rows. */
      rc = SQLITE_OK;
      clean = FALSE;
      n_problems++;
      /* Translators: "Broken reference: row 12 of “meetings” points at a missing row of “courses”." */
      g_string_append_printf (report, _("Broken reference: row %lld of “%s” points at a missing row of “%s”.\n"),
                              (long long) sqlite3_column_int64 (stmt, 1),
                              (const char *) sqlite3_column_text (stmt, 0),
                              (const char *) sqlite3_column_text (stmt, 2));
    }

  if (rc != SQLITE_DONE)
    {
      if (!is_damage_code (rc))
        {
          set_sqlite_error (error, db, sqlite3_db_filename (db, "main"));
          return FALSE;
        }
      clean = FALSE;
      g_string_append_printf (report, _("Damage: %s\n"), sqlite3_errmsg (db));
    }
  else if (n_problems == 0)
    g_string_append (report, _("Foreign-key check: every reference is whole.\n"));

  return clean;
}

gboolean
bb_backup_check_handle (sqlite3   *db,
                        gboolean   foreign_keys,
                        GString   *report,
                        GError   **error)
{
  return check_handle (db, "integrity_check", foreign_keys, report, error);
}

static gint64
query_int (sqlite3    *db,
           const char *sql,
           int        *rc)
{
  g_autoptr(BbStatement) stmt = NULL;

  *rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (*rc == SQLITE_OK && (*rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      *rc = SQLITE_OK;
      return sqlite3_column_int64 (stmt, 0);
    }

  return -1;
}

/* A Brobygger database this version can open: our id (or none, from before there was
 * one, on our tables) and a schema no newer than ours. */
static gboolean
check_identity (sqlite3     *db,
                const char  *path,
                GError     **error)
{
  g_autofree char *display_name = g_filename_display_name (path);
  gint64 application_id;
  gint64 version;
  gint64 own_tables;
  int rc;

  application_id = query_int (db, "PRAGMA application_id", &rc);
  if (rc == SQLITE_OK)
    version = query_int (db, "PRAGMA user_version", &rc);
  if (rc == SQLITE_OK)
    own_tables = query_int (db, "SELECT count(*) FROM sqlite_schema"
                                " WHERE type = 'table' AND name IN ('offers', 'providers')", &rc);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, path);
      return FALSE;
    }

  if (version <= 0 || own_tables < 2 ||
      (application_id != BB_DATABASE_APPLICATION_ID && application_id != 0))
    {
      g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_REFUSED,
                   _("“%s” is not a Brobygger database."), display_name);
      return FALSE;
    }

  if (version > bb_database_get_schema_version ())
    {
      g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_REFUSED,
                   _("“%s” was made by a newer version of Brobygger. Update Brobygger to use it."),
                   display_name);
      return FALSE;
    }

  return TRUE;
}

sqlite3 *
_bb_backup_open (const char  *path,
                 gboolean     read_only,
                 GError     **error)
{
  sqlite3 *db = NULL;
  int flags = SQLITE_OPEN_READWRITE;
  g_autofree char *display_name = g_filename_display_name (path);

  /* To read, as bb_database_open_read_only () does: a file we may write is opened for
   * writing, so that SQLite removes the -wal and -shm it makes when it closes;
   * query_only keeps every statement from changing anything. */
  if (read_only && g_access (path, W_OK) != 0)
    flags = SQLITE_OPEN_READONLY;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_FAILED,
                   _("There is no file “%s”."), display_name);
      return NULL;
    }

  if (sqlite3_open_v2 (path, &db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      set_sqlite_error (error, db, path);
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db, TRUE);
  sqlite3_busy_timeout (db, 2000);
  sqlite3_exec (db, "PRAGMA trusted_schema = OFF", NULL, NULL, NULL);
  if (read_only)
    sqlite3_exec (db, "PRAGMA query_only = ON", NULL, NULL, NULL);
  return db;
}

gboolean
bb_backup_check_file (const char  *path,
                      gboolean     foreign_keys,
                      GString     *report,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display_name = g_filename_display_name (path);
  sqlite3 *db = _bb_backup_open (path, TRUE, error);
  gboolean clean;

  if (db == NULL)
    return FALSE;

  /* The header is read first: a file that is no database at all is damage too. */
  if (!check_identity (db, path, &local_error))
    {
      if (g_error_matches (local_error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_DAMAGED))
        g_string_append_printf (report, _("Damage: %s\n"), sqlite3_errmsg (db));
      sqlite3_close (db);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  clean = bb_backup_check_handle (db, foreign_keys, report, &local_error);
  sqlite3_close (db);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!clean)
    {
      g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_DAMAGED,
                   _("“%s” is damaged."), display_name);
      return FALSE;
    }

  return TRUE;
}

gboolean
_bb_backup_is_same_file (const char *first,
                         const char *second)
{
  GStatBuf a;
  GStatBuf b;

  return g_stat (first, &a) == 0 && g_stat (second, &b) == 0 &&
         a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* ---- writing --------------------------------------------------------- */

static gboolean
sync_path (const char  *path,
           gboolean     folder,
           GError     **error)
{
  int fd = g_open (path, (folder ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC, 0);
  int saved_errno = 0;

  if (fd < 0 || fsync (fd) != 0)
    saved_errno = errno;
  if (fd >= 0)
    close (fd);

  if (saved_errno != 0)
    {
      g_autofree char *display_name = g_filename_display_name (path);

      g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_FAILED,
                   _("“%s” cannot be written: %s"), display_name, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static gboolean
copy_and_check (sqlite3     *source,
                const char  *temporary,
                GError     **error)
{
  g_autoptr(GString) report = g_string_new (NULL);
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_open_v2 (temporary, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, copy, temporary);
      goto out;
    }
  sqlite3_extended_result_codes (copy, TRUE);

  backup = sqlite3_backup_init (copy, "main", source, "main");
  if (backup == NULL)
    {
      set_sqlite_error (error, copy, temporary);
      goto out;
    }

  /* In one step: one read transaction on the source, which a window beside it may go
   * on writing through (WAL). */
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      if (is_damage_code (rc))
        g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_DAMAGED,
                     _("The database is damaged (%s): no backup was made, and the earlier backups are kept."),
                     sqlite3_errstr (rc));
      else
        set_sqlite_error (error, copy, temporary);
      goto out;
    }

  /* A file of its own: no -wal beside it to lose when it is copied or moved. */
  if (sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK)
    {
      set_sqlite_error (error, copy, temporary);
      goto out;
    }

  /* The copy holds the source's pages as they are: its damage is the source's.
   * quick_check, not integrity_check: comparing every index with its table took 45 s
   * at 20,000 courses before the first window after a migration; the whole check runs
   * in the job thread after the window shows (bb-check.c). */
  if (!check_handle (copy, "quick_check", FALSE, report, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_DAMAGED,
                     _("The database is damaged: no backup was made, and the earlier backups are kept.\n%s"),
                     report->str);
      goto out;
    }

  ok = TRUE;

out:
  if (copy != NULL && sqlite3_close (copy) != SQLITE_OK && ok)
    {
      set_sqlite_error (error, copy, temporary);
      ok = FALSE;
    }
  return ok;
}

gboolean
bb_backup_write (sqlite3     *source,
                 const char  *destination,
                 GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (destination);
  g_autofree char *temporary = g_strconcat (destination, BB_BACKUP_TEMPORARY_SUFFIX "XXXXXX", NULL);
  g_autofree char *journal = NULL;
  int fd;

  g_return_val_if_fail (source != NULL, FALSE);

  fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *display_name = g_filename_display_name (destination);

      g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_FAILED,
                   _("“%s” cannot be written: %s"), display_name, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  if (!copy_and_check (source, temporary, error) ||
      !sync_path (temporary, FALSE, error))
    goto failed;

  if (g_rename (temporary, destination) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display_name = g_filename_display_name (destination);

      g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_FAILED,
                   _("“%s” cannot be written: %s"), display_name, g_strerror (saved_errno));
      goto failed;
    }

  /* The name too must survive a power cut. */
  return sync_path (folder, TRUE, error);

failed:
  journal = g_strconcat (temporary, "-journal", NULL);
  g_remove (temporary);
  g_remove (journal);
  return FALSE;
}

static gboolean
ensure_folder (const char  *folder,
               GError     **error)
{
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display_name = g_filename_display_name (folder);

      g_set_error (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_FAILED,
                   _("The folder “%s” for backups cannot be created: %s"),
                   display_name, g_strerror (saved_errno));
      return FALSE;
    }

  /* Made by an older version or by hand: the backups are as private as the database. */
  g_chmod (folder, 0700);
  return TRUE;
}

/* A name no earlier backup has. */
static char *
dup_new_backup_path (const char *database_path,
                     GDateTime  *now)
{
  g_autofree char *folder = bb_backup_dup_folder (database_path);
  g_autofree char *stem = dup_stem (database_path);
  g_autofree char *stamp = g_date_time_format (now, STAMP_FORMAT);

  for (guint n = 1;; n++)
    {
      g_autofree char *name = n == 1 ? g_strconcat (stem, stamp, ".db", NULL)
                                     : g_strdup_printf ("%s%s-%u.db", stem, stamp, n);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&path);
    }
}

/* Only after a new verified backup: the oldest verified ones beyond @keep go, and what
 * a crash left half-made. A failed backup never gets here, so it never pushes out a
 * good one. */
static void
rotate (const char *database_path,
        const char *kept_path,
        guint       keep)
{
  g_autoptr(GPtrArray) backups = bb_backup_list (database_path);
  guint n_verified = 0;

  for (guint i = 0; i < backups->len; i++)
    {
      BbBackupInfo *info = g_ptr_array_index (backups, i);

      if (g_str_equal (info->path, kept_path))
        {
          n_verified++;
          continue;
        }

      if (!info->verified || ++n_verified > MAX (keep, 1))
        g_remove (info->path);
    }
}

char *
_bb_backup_make_from_handle (sqlite3     *source,
                             const char  *database_path,
                             GDateTime   *now,
                             guint        keep,
                             GError     **error)
{
  g_autofree char *folder = bb_backup_dup_folder (database_path);
  g_autofree char *path = NULL;

  if (!ensure_folder (folder, error))
    return NULL;

  path = dup_new_backup_path (database_path, now);
  if (!bb_backup_write (source, path, error))
    return NULL;

  rotate (database_path, path, keep);
  return g_steal_pointer (&path);
}

char *
bb_backup_make (BbDatabase  *database,
                guint        keep,
                GError     **error)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  now = bb_clock_dup_now (bb_database_get_clock (database));
  return _bb_backup_make_from_handle (bb_database_get_handle (database),
                                      bb_database_get_path (database), now, keep, error);
}

char *
bb_backup_make_of_file (const char  *database_path,
                        GDateTime   *now,
                        guint        keep,
                        GError     **error)
{
  sqlite3 *db = _bb_backup_open (database_path, TRUE, error);
  char *path;

  if (db == NULL)
    return NULL;

  path = _bb_backup_make_from_handle (db, database_path, now, keep, error);
  sqlite3_close (db);
  return path;
}

gboolean
bb_backup_copy_file (const char  *database_path,
                     const char  *destination,
                     GError     **error)
{
  sqlite3 *db;
  gboolean ok;

  if (g_file_test (destination, G_FILE_TEST_EXISTS) && _bb_backup_is_same_file (database_path, destination))
    {
      g_set_error_literal (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_REFUSED,
                           _("The backup cannot be written over the database itself; name another file."));
      return FALSE;
    }

  db = _bb_backup_open (database_path, TRUE, error);
  if (db == NULL)
    return FALSE;

  ok = check_identity (db, database_path, error) && bb_backup_write (db, destination, error);
  sqlite3_close (db);
  return ok;
}
