/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What SQLite reports, in the user's words (a full disk, who holds a busy database),
 * and the check every text a repository writes passes on its way in. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "bb-database-private.h"
#include "bb-sql.h"

/* ---- errors ---------------------------------------------------------- */

/* SQLite reports a write that did not fit as "disk I/O error"; why is in errno. A file
 * size limit (EFBIG) and a quota (EDQUOT) are a full disk to the user too. */
static gboolean
is_full_disk_errno (int system_errno)
{
  return system_errno == ENOSPC || system_errno == EFBIG
#ifdef EDQUOT
         || system_errno == EDQUOT
#endif
         ;
}

/* SQLite 3.40 reads errno for sqlite3_system_errno () only after further calls, so a
 * write that failed for want of room often comes with 0. What makes such a write fail
 * is then looked at directly: no room left in the database's folder, or a file size
 * limit that the database, its log or its journal has reached (SQLite writes a page,
 * at most 64 KiB, at a time). */
static gboolean
disk_looks_full (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-journal" };
  g_autofree char *folder = NULL;
  struct statvfs fs;
  struct rlimit limit;

  if (path == NULL || g_str_has_prefix (path, "file:"))
    return FALSE;

  folder = g_path_get_dirname (path);
  if (statvfs (folder, &fs) == 0 && (guint64) fs.f_bavail * fs.f_frsize < 1024 * 1024)
    return TRUE;

  if (getrlimit (RLIMIT_FSIZE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (g_stat (file, &st) == 0 && (guint64) st.st_size + 65536 + 24 > (guint64) limit.rlim_cur)
        return TRUE;
    }

  return FALSE;
}

/* The name of the process holding the write lock of the database at @path, from the
 * POSIX lock SQLite takes on byte 120 of the -shm file in WAL mode (WAL_WRITE_LOCK):
 * one fcntl () and one read of /proc. Returns NULL when no other process we can see
 * holds it: the holder is this process, in another PID namespace (a sandbox), or
 * has just let go. */
static char *
dup_lock_holder (const char  *path,
                 int         *pid_out)
{
  g_autofree char *shm = NULL;
  g_autofree char *comm_path = NULL;
  g_autofree char *comm = NULL;
  struct flock lock = { 0 };
  int fd;
  int rc;

  if (path == NULL || g_str_has_prefix (path, "file:"))
    return NULL;

  shm = g_strconcat (path, "-shm", NULL);
  fd = g_open (shm, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return NULL;

  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  lock.l_start = 120;
  lock.l_len = 1;
  rc = fcntl (fd, F_GETLK, &lock);
  close (fd);

  if (rc != 0 || lock.l_type == F_UNLCK || lock.l_pid <= 0)
    return NULL;

  comm_path = g_strdup_printf ("/proc/%d/comm", (int) lock.l_pid);
  if (!g_file_get_contents (comm_path, &comm, NULL, NULL))
    return NULL;

  *pid_out = lock.l_pid;
  return g_utf8_make_valid (g_strstrip (comm), -1);
}

static void
set_error_full (GError     **error,
                int          code,
                int          system_errno,
                const char  *path,
                const char  *detail)
{
  /* SQLite's I/O layer running out of memory is memory, not the disk. */
  if (code == SQLITE_IOERR_NOMEM)
    code = SQLITE_NOMEM;

  switch (code & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      {
        int pid = 0;
        g_autofree char *holder = dup_lock_holder (path, &pid);

        if (g_strcmp0 (holder, "brobygger") == 0)
          g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_BUSY,
                               _("The database is busy in another Brobygger window."));
        else if (holder != NULL)
          /* Translators: "… in another program (sqlite3, process 4711) …" */
          g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_BUSY,
                       _("The database is busy in another program (%s, process %d)."),
                       holder, pid);
        else
          g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_BUSY,
                               _("The database is busy in another window or program."));
      }
      break;

    case SQLITE_IOERR:
      if (!is_full_disk_errno (system_errno) && !disk_looks_full (path))
        {
          /* Translators: %s is SQLite's own words, "disk I/O error". */
          g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_IO,
                       _("The database file could not be read or written, so nothing was saved (%s)."),
                       detail);
          break;
        }
      G_GNUC_FALLTHROUGH;

    case SQLITE_FULL:
      /* Translators: %s is what the system or SQLite said: "No space left on device". */
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FULL,
                   _("The disk is full, so nothing was saved (%s). Free some space and try again."),
                   system_errno != 0 ? g_strerror (system_errno) : detail);
      break;

    case SQLITE_NOMEM:
      /* Translators: %s is SQLite's own words, "out of memory". */
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NO_MEMORY,
                   _("The computer ran out of memory, so nothing was saved (%s). Close other programs and try again."),
                   detail);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY,
                           _("The database file cannot be written. Check that you may change the file and its folder."));
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_CORRUPT,
                           _("The database file is damaged or is not a Brobygger database."));
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID,
                   _("The change breaks a rule of the catalogue (%s)."), detail);
      break;

    default:
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FAILED,
                   _("The database reported an error: %s"), detail);
      break;
    }
}

void
bb_database_set_error_from_code (GError    **error,
                                 int         code,
                                 const char *detail)
{
  set_error_full (error, code, 0, NULL, detail);
}

void
bb_database_set_error (BbDatabase  *self,
                       GError     **error)
{
  set_error_full (error, sqlite3_extended_errcode (self->db), sqlite3_system_errno (self->db),
                  self->path, sqlite3_errmsg (self->db));
}

/* ---- text on its way in --------------------------------------------- */

gboolean
bb_sql_bind_checked_text_len (sqlite3_stmt  *stmt,
                              int            index,
                              const char    *field,
                              const char    *text,
                              gssize         length,
                              GError       **error)
{
  gsize n_bytes;
  int rc;

  if (text == NULL)
    {
      sqlite3_bind_null (stmt, index);
      return TRUE;
    }

  n_bytes = length < 0 ? strlen (text) : (gsize) length;

  /* g_utf8_validate_len () refuses a NUL within the length too. */
  if (n_bytes > G_MAXINT || !g_utf8_validate_len (text, n_bytes, NULL))
    {
      g_set_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID,
                   _("“%s” holds text that is not valid (it is not UTF-8, or it has a NUL character). Nothing was saved."),
                   field);
      return FALSE;
    }

  rc = sqlite3_bind_text (stmt, index, text, (int) n_bytes, SQLITE_TRANSIENT);
  if (rc != SQLITE_OK)
    {
      bb_database_set_error_from_code (error, rc, sqlite3_errstr (rc));
      return FALSE;
    }

  return TRUE;
}
