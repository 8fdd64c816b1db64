/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-database-private.h"

/* ---- jobs ------------------------------------------------------------ */

typedef struct
{
  char              *path;
  char              *user_name;
  BbClock           *clock;
  BbDatabaseJobFunc  func;
  gpointer           job_data;
  GDestroyNotify     job_data_free;
  /* What the job's commits changed, re-emitted on the caller's connection. */
  GPtrArray         *domains;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_free (job->user_name);
  g_clear_object (&job->clock);
  if (job->job_data_free != NULL)
    job->job_data_free (job->job_data);
  g_clear_pointer (&job->domains, g_ptr_array_unref);
  g_free (job);
}

static void
on_job_changed (BbDatabase *connection,
                const char *domain,
                Job        *job)
{
  for (guint i = 0; i < job->domains->len; i++)
    if (g_str_equal (g_ptr_array_index (job->domains, i), domain))
      return;

  g_ptr_array_add (job->domains, (gpointer) domain);
}

/* SQLite connections are not shared between threads here: the job opens its own. */
static void
run_job (GTask        *task,
         gpointer      source_object,
         gpointer      task_data,
         GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(BbDatabase) connection = NULL;
  GError *error = NULL;
  gboolean ok;

  if (g_task_return_error_if_cancelled (task))
    return;

  connection = bb_database_open (job->path, FALSE, &error);
  if (connection == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  bb_database_set_user_name (connection, job->user_name);
  bb_database_set_clock (connection, job->clock);
  g_signal_connect (connection, "changed", G_CALLBACK (on_job_changed), job);

  ok = job->func (connection, job->job_data, cancellable, &error);
  /* Closed before the caller hears of it: a restore or a move of the file that
   * follows a job finds no connection of the job's still open. */
  g_clear_object (&connection);

  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
bb_database_run_job_async (BbDatabase          *self,
                           BbDatabaseJobFunc    func,
                           gpointer             job_data,
                           GDestroyNotify       job_data_free,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (BB_IS_DATABASE (self));
  g_return_if_fail (func != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bb_database_run_job_async);

  /* Its copy in memory, if it has one, is this connection's alone. */
  if (self->read_only)
    {
      if (job_data_free != NULL)
        job_data_free (job_data);
      g_task_return_new_error (task, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY,
                               _("The database was opened for reading only; nothing can be changed."));
      return;
    }

  job = g_new0 (Job, 1);
  job->path = g_strdup (self->path);
  job->user_name = g_strdup (self->user_name);
  job->clock = g_object_ref (self->clock);
  job->func = func;
  job->job_data = job_data;
  job->job_data_free = job_data_free;
  job->domains = g_ptr_array_new ();

  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, run_job);
}

gboolean
bb_database_run_job_finish (BbDatabase    *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  job = g_task_get_task_data (G_TASK (result));

  /* Even a failed job may have committed part of its work. The worker wrote through
   * its own connection; this one's views reload now. */
  if (job != NULL)
    _bb_database_emit_changed (self, job->domains);
  return g_task_propagate_boolean (G_TASK (result), error);
}
