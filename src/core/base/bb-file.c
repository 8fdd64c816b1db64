/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bb-file.h"

/* As many as the kernel follows (ELOOP). */
#define MAX_LINKS 40

/* ---- errors ---------------------------------------------------------- */

/* A file size limit (EFBIG) and a quota (EDQUOT) stop a write just as a full disk
 * does, and the user can do the same about them. */
static gboolean
is_full_disk_errno (int saved_errno)
{
  return saved_errno == ENOSPC || saved_errno == EFBIG
#ifdef EDQUOT
         || saved_errno == EDQUOT
#endif
         ;
}

static void
set_full_disk_error (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                       _("The disk is full. The file was not written; free some space and try again."));
}

static void
set_write_error (GError **error,
                 int      saved_errno)
{
  if (is_full_disk_errno (saved_errno))
    set_full_disk_error (error);
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("The file could not be written: %s"), g_strerror (saved_errno));
}

/* ---- a stream on a file descriptor ----------------------------------- */

/* GIO's streams turn EFBIG into G_IO_ERROR_FAILED and "File too large"; this one
 * writes the same way and says what happened in words. */
#define BB_TYPE_FD_STREAM (bb_fd_stream_get_type ())
G_DECLARE_FINAL_TYPE (BbFdStream, bb_fd_stream, BB, FD_STREAM, GOutputStream)

struct _BbFdStream
{
  GOutputStream parent_instance;

  int           fd;
};

G_DEFINE_FINAL_TYPE (BbFdStream, bb_fd_stream, G_TYPE_OUTPUT_STREAM)

static gssize
bb_fd_stream_write (GOutputStream  *stream,
                    const void     *buffer,
                    gsize           count,
                    GCancellable   *cancellable,
                    GError        **error)
{
  BbFdStream *self = BB_FD_STREAM (stream);
  gssize written;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;

  do
    written = write (self->fd, buffer, MIN (count, (gsize) G_MAXSSIZE));
  while (written < 0 && errno == EINTR);

  if (written < 0)
    set_write_error (error, errno);

  return written;
}

static void
bb_fd_stream_class_init (BbFdStreamClass *klass)
{
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = bb_fd_stream_write;
}

static void
bb_fd_stream_init (BbFdStream *self)
{
  self->fd = -1;
}

/* ---- replacing a local file ------------------------------------------ */

/* The file a path ends at: a symbolic link is followed, even to a file that does not
 * exist yet, so that writing replaces its target and leaves the link in place. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      g_autofree char *target = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, error);
      if (target == NULL)
        return NULL;

      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
        }
      else
        {
          g_autofree char *folder = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (folder, target, NULL);
        }
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
               _("“%s” cannot be written: it leads through too many symbolic links."), path);
  return NULL;
}

static gboolean
sync_and_close (int      fd,
                GError **error)
{
  int saved_errno = 0;

  if (fsync (fd) != 0)
    saved_errno = errno;
  if (close (fd) != 0 && saved_errno == 0 && errno != EINTR)
    saved_errno = errno;

  if (saved_errno != 0)
    {
      set_write_error (error, saved_errno);
      return FALSE;
    }

  return TRUE;
}

static gboolean
replace_local (const char   *path,
               BbWriteFunc   write_func,
               gpointer      user_data,
               GError      **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *temporary = NULL;
  g_autofree char *display_name = g_filename_display_name (path);
  g_autoptr(BbFdStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;
  gboolean existed;
  gboolean ok;
  int fd;

  existed = g_stat (path, &st) == 0;
  if (existed && !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("“%s” is not a regular file and cannot be replaced."), display_name);
      return FALSE;
    }

  /* Beside the file, so that the rename stays on one file system; named as GIO names
   * its own. Created 0600: an export holds names, phone numbers and e-mail addresses. */
  temporary = g_build_filename (folder, ".goutputstream-XXXXXX", NULL);
  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (is_full_disk_errno (saved_errno))
        set_full_disk_error (error);
      else
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                     _("“%s” cannot be written: %s"), display_name, g_strerror (saved_errno));
      return FALSE;
    }

  /* A replaced file keeps its mode, and its group where we may give it. */
  if (existed)
    {
      if (fchown (fd, st.st_uid, st.st_gid) != 0 && fchown (fd, (uid_t) -1, st.st_gid) != 0)
        g_debug ("Cannot keep the owner of “%s”: %s", display_name, g_strerror (errno));
      if (fchmod (fd, st.st_mode & 07777) != 0)
        g_debug ("Cannot keep the mode of “%s”: %s", display_name, g_strerror (errno));
    }

  stream = g_object_new (BB_TYPE_FD_STREAM, NULL);
  stream->fd = fd;

  ok = write_func (G_OUTPUT_STREAM (stream), user_data, &local_error) &&
       g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error);

  /* On disk before it takes the old file's place, so a crash leaves one or the other. */
  if (ok)
    ok = sync_and_close (fd, &local_error);
  else
    close (fd);

  if (ok && g_rename (temporary, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (&local_error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("“%s” cannot be written: %s"), display_name, g_strerror (saved_errno));
      ok = FALSE;
    }

  if (!ok)
    {
      g_unlink (temporary);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* ---- replacing any other file ---------------------------------------- */

/* For a file GIO reaches without a local path (a network share through GVfs). */
static gboolean
replace_with_gio (GFile        *file,
                  BbWriteFunc   write_func,
                  gpointer      user_data,
                  GError      **error)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean existed;
  gboolean ok;

  /* g_file_replace () writes a new file in place, not through a temporary file, so
   * on failure that one has to be removed by hand. */
  existed = g_file_query_exists (file, NULL);

  stream = g_file_replace (file, NULL, FALSE,
                           G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, error);
  if (stream == NULL)
    return FALSE;

  ok = write_func (G_OUTPUT_STREAM (stream), user_data, &local_error);

  /* Closing is what puts the new file in place of the old one. */
  if (ok)
    ok = g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error);

  if (!ok)
    {
      /* Closing with a cancelled cancellable drops the temporary file and keeps the
       * original. */
      g_cancellable_cancel (cancellable);
      if (!g_output_stream_is_closed (G_OUTPUT_STREAM (stream)))
        g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, NULL);
      if (!existed)
        g_file_delete (file, NULL, NULL);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
        set_full_disk_error (error);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

gboolean
bb_file_replace (GFile        *file,
                 BbWriteFunc   write,
                 gpointer      user_data,
                 GError      **error)
{
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (write != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    return replace_with_gio (file, write, user_data, error);

  target = resolve_links (path, error);
  if (target == NULL)
    return FALSE;

  return replace_local (target, write, user_data, error);
}
