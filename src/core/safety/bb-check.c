/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <unistd.h>

#include "bb-backup.h"
#include "bb-check.h"

struct _BbDatabaseCheck
{
  GObject     parent_instance;

  BbDatabase *database;
  char       *marker;
  /* Open, with a shared lock, while this window has the file: each window holds one,
   * and a marker nobody holds is a session that did not end. */
  int         marker_fd;
  gboolean    unclean;
};

G_DEFINE_FINAL_TYPE (BbDatabaseCheck, bb_database_check, G_TYPE_OBJECT)

enum {
  SIGNAL_DAMAGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  gboolean  check_due;
  gboolean  backup_due;
  guint     keep;
  /* Set by the job. */
  gboolean  checked;
  gboolean  damaged;
  GString  *report;
} Run;

static void
run_free (Run *run)
{
  g_string_free (run->report, TRUE);
  g_free (run);
}

/* "<folder>/backups/<name>.last-check": the day of the last clean full check. */
static char *
dup_last_check_path (BbDatabaseCheck *self)
{
  const char *path = bb_database_get_path (self->database);
  g_autofree char *folder = bb_backup_dup_folder (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *file = g_strconcat (name, ".last-check", NULL);

  return g_build_filename (folder, file, NULL);
}

static int
days_since (BbDatabaseCheck *self,
            GDateTime       *then)
{
  g_autoptr(GDateTime) now = bb_clock_dup_now (bb_database_get_clock (self->database));
  GDate today;
  GDate day;

  g_date_clear (&today, 1);
  g_date_clear (&day, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_date_set_dmy (&day, g_date_time_get_day_of_month (then), g_date_time_get_month (then),
                  g_date_time_get_year (then));
  return g_date_days_between (&day, &today);
}

static gboolean
is_uri (BbDatabaseCheck *self)
{
  return g_str_has_prefix (bb_database_get_path (self->database), "file:");
}

gboolean
bb_database_check_is_due (BbDatabaseCheck *self)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GTimeZone) zone = NULL;

  g_return_val_if_fail (BB_IS_DATABASE_CHECK (self), FALSE);

  if (is_uri (self))
    return FALSE;
  if (self->unclean)
    return TRUE;

  path = dup_last_check_path (self);
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return TRUE;

  zone = g_time_zone_new_local ();
  last = g_date_time_new_from_iso8601 (g_strstrip (contents), zone);
  return last == NULL || days_since (self, last) >= BB_DATABASE_CHECK_INTERVAL_DAYS ||
         days_since (self, last) < 0;
}

gboolean
bb_database_check_backup_is_due (BbDatabaseCheck *self)
{
  g_autoptr(GPtrArray) backups = NULL;

  g_return_val_if_fail (BB_IS_DATABASE_CHECK (self), FALSE);

  if (is_uri (self))
    return FALSE;

  backups = bb_backup_list (bb_database_get_path (self->database));
  for (guint i = 0; i < backups->len; i++)
    {
      BbBackupInfo *info = g_ptr_array_index (backups, i);

      if (info->verified)
        return days_since (self, info->made) != 0;
    }

  return TRUE;
}

const char *
bb_database_check_get_path (BbDatabaseCheck *self)
{
  g_return_val_if_fail (BB_IS_DATABASE_CHECK (self), NULL);

  return bb_database_get_path (self->database);
}

gboolean
bb_database_check_was_unclean (BbDatabaseCheck *self)
{
  g_return_val_if_fail (BB_IS_DATABASE_CHECK (self), FALSE);

  return self->unclean;
}

static void
mark_open (BbDatabaseCheck *self)
{
  const char *path = bb_database_get_path (self->database);
  gboolean existed = FALSE;

  if (g_str_has_prefix (path, "file:"))
    return;

  self->marker = g_strconcat (path, ".open", NULL);
  self->marker_fd = g_open (self->marker, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (self->marker_fd < 0 && errno == EEXIST)
    {
      existed = TRUE;
      self->marker_fd = g_open (self->marker, O_RDWR | O_CLOEXEC, 0);
    }

  if (self->marker_fd < 0)
    {
      /* A read-only folder: the check after a crash is what is lost, not the data. */
      g_debug ("Cannot mark “%s” in use: %s", path, g_strerror (errno));
      g_clear_pointer (&self->marker, g_free);
      return;
    }

  /* Left behind, and no other window holds it: the last session ended without
   * closing. Held by another window: that one is still open, nothing went wrong. */
  if (existed && flock (self->marker_fd, LOCK_EX | LOCK_NB) == 0)
    self->unclean = TRUE;

  flock (self->marker_fd, LOCK_SH);
}

/* A clean end: the last window on the file takes the marker away. */
static void
mark_closed (BbDatabaseCheck *self)
{
  if (self->marker_fd < 0)
    return;

  if (flock (self->marker_fd, LOCK_EX | LOCK_NB) == 0)
    g_unlink (self->marker);

  close (self->marker_fd);
  self->marker_fd = -1;
}

static gboolean
run_job (BbDatabase    *connection,
         gpointer       job_data,
         GCancellable  *cancellable,
         GError       **error)
{
  Run *run = job_data;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;

  if (run->backup_due)
    {
      path = bb_backup_make (connection, run->keep, &local_error);
      if (path != NULL)
        {
          run->checked = TRUE;
          return TRUE;
        }

      if (!g_error_matches (local_error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_DAMAGED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      run->checked = run->damaged = TRUE;
      g_string_append_printf (run->report, "%s\n", local_error->message);
      return TRUE;
    }

  if (!run->check_due)
    return TRUE;

  run->damaged = !bb_backup_check_handle (bb_database_get_handle (connection), FALSE,
                                          run->report, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  run->checked = TRUE;
  return TRUE;
}

static void
on_job_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BbDatabaseCheck *self = g_task_get_source_object (task);
  Run *run = g_task_get_task_data (task);
  GError *error = NULL;

  if (!bb_database_run_job_finish (BB_DATABASE (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (run->damaged)
    g_signal_emit (self, signals[SIGNAL_DAMAGED], 0, run->report->str);
  else if (run->checked)
    {
      g_autoptr(GDateTime) now = bb_clock_dup_now (bb_database_get_clock (self->database));
      g_autofree char *path = dup_last_check_path (self);
      g_autofree char *folder = g_path_get_dirname (path);
      g_autofree char *day = g_date_time_format_iso8601 (now);

      /* Only the next check's timing is lost if this cannot be written. */
      if (g_mkdir_with_parents (folder, 0700) == 0)
        g_file_set_contents_full (path, day, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
      self->unclean = FALSE;
    }

  g_task_return_boolean (task, TRUE);
}

void
bb_database_check_run_async (BbDatabaseCheck     *self,
                             guint                keep,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Run *run;

  g_return_if_fail (BB_IS_DATABASE_CHECK (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bb_database_check_run_async);

  run = g_new0 (Run, 1);
  run->report = g_string_new (NULL);
  run->keep = keep;
  run->check_due = bb_database_check_is_due (self);
  run->backup_due = bb_database_check_backup_is_due (self);
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);

  if (!run->check_due && !run->backup_due)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* The run belongs to the outer task, which outlives the job. */
  bb_database_run_job_async (self->database, run_job, run, NULL, cancellable,
                             on_job_done, g_steal_pointer (&task));
}

gboolean
bb_database_check_run_finish (BbDatabaseCheck  *self,
                              GAsyncResult     *result,
                              GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
bb_database_check_finalize (GObject *object)
{
  BbDatabaseCheck *self = BB_DATABASE_CHECK (object);

  mark_closed (self);
  g_clear_pointer (&self->marker, g_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (bb_database_check_parent_class)->finalize (object);
}

static void
bb_database_check_class_init (BbDatabaseCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bb_database_check_finalize;

  /**
   * BbDatabaseCheck::damaged:
   * @report: what the check found, one line each
   *
   * The file is damaged: the window tells the user and offers the newest backup.
   */
  signals[SIGNAL_DAMAGED] = g_signal_new ("damaged",
                                          G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
bb_database_check_init (BbDatabaseCheck *self)
{
  self->marker_fd = -1;
}

BbDatabaseCheck *
bb_database_check_new (BbDatabase *database)
{
  BbDatabaseCheck *self;

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  self = g_object_new (BB_TYPE_DATABASE_CHECK, NULL);
  self->database = g_object_ref (database);
  mark_open (self);
  return self;
}
