/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-database-private.h"

/* ---- transactions ---------------------------------------------------- */

static gboolean
exec_savepoint (BbDatabase  *self,
                const char  *verb,
                guint        level,
                GError     **error)
{
  /* A number of our own, not input: savepoint names take no bound values. */
  g_autofree char *sql = g_strdup_printf ("%s bb_%u", verb, level);

  return bb_database_exec (self, sql, error);
}

static void
set_aborted_error (GError **error)
{
  g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FAILED,
                       _("The change could not be finished and was undone; nothing was saved."));
}

gboolean
bb_database_begin (BbDatabase  *self,
                   GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (BB_IS_DATABASE (self), FALSE);

  if (self->read_only)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY,
                           _("The database was opened for reading only; nothing can be changed."));
      return FALSE;
    }

  if (self->aborted)
    {
      set_aborted_error (error);
      return FALSE;
    }

  /* IMMEDIATE takes the write lock up front, so a busy database fails here,
   * before any work, rather than halfway through. */
  if (self->depth == 0)
    ok = bb_database_exec (self, "BEGIN IMMEDIATE", error);
  else
    ok = exec_savepoint (self, "SAVEPOINT", self->depth, error);

  if (ok)
    self->depth++;

  return ok;
}

void
_bb_database_emit_changed (BbDatabase *self,
                           GPtrArray  *domains)
{
  for (guint i = 0; i < domains->len; i++)
    {
      const char *domain = g_ptr_array_index (domains, i);

      g_signal_emit (self, _bb_database_changed_signal, g_quark_from_static_string (domain), domain);
    }
}

static gboolean
run_pre_commit_hooks (BbDatabase  *self,
                      GError     **error)
{
  for (guint i = 0; i < self->hooks->len; i++)
    {
      PreCommitHook *hook = &g_array_index (self->hooks, PreCommitHook, i);

      if (!hook->hook (self, hook->user_data, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
bb_database_commit (BbDatabase  *self,
                    GError     **error)
{
  g_autoptr(GPtrArray) domains = NULL;

  g_return_val_if_fail (BB_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->aborted)
    {
      set_aborted_error (error);
      bb_database_rollback (self);
      return FALSE;
    }

  if (self->depth > 1)
    {
      if (!exec_savepoint (self, "RELEASE", self->depth - 1, error))
        {
          bb_database_rollback (self);
          return FALSE;
        }

      self->depth--;
      return TRUE;
    }

  if (!run_pre_commit_hooks (self, error) || !bb_database_exec (self, "COMMIT", error))
    {
      bb_database_rollback (self);
      return FALSE;
    }

  self->depth = 0;
  /* Handlers may write again, so the list they see is a fresh one. */
  domains = g_steal_pointer (&self->changed_domains);
  self->changed_domains = g_ptr_array_new ();
  _bb_database_emit_changed (self, domains);
  return TRUE;
}

void
bb_database_rollback (BbDatabase *self)
{
  g_return_if_fail (BB_IS_DATABASE (self));

  if (self->depth == 0)
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return;
    }

  /* After a full disk, an I/O error or want of memory SQLite may have rolled the
   * whole transaction back already; the savepoints went with it, and statements run
   * now would each commit on their own, so the outer levels only fail from here. */
  if (sqlite3_get_autocommit (self->db))
    self->aborted = TRUE;

  if (self->depth > 1)
    {
      self->depth--;
      if (!self->aborted)
        {
          exec_savepoint (self, "ROLLBACK TO", self->depth, NULL);
          exec_savepoint (self, "RELEASE", self->depth, NULL);
        }
      return;
    }

  self->depth = 0;
  self->aborted = FALSE;
  g_ptr_array_set_size (self->changed_domains, 0);
  /* A ROLLBACK that fails (an I/O error again) leaves SQLite to roll the
   * transaction back from its journal at the next read: it is never kept. */
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  if (!sqlite3_get_autocommit (self->db))
    g_warning ("The database is still in a transaction after ROLLBACK: %s", sqlite3_errmsg (self->db));
}

gboolean
bb_database_in_transaction (BbDatabase *self)
{
  g_return_val_if_fail (BB_IS_DATABASE (self), FALSE);

  return self->depth > 0;
}

void
bb_database_notify (BbDatabase *self,
                    const char *domain)
{
  g_return_if_fail (BB_IS_DATABASE (self));
  g_return_if_fail (domain != NULL);

  if (self->depth == 0)
    {
      g_signal_emit (self, _bb_database_changed_signal, g_quark_from_static_string (domain), domain);
      return;
    }

  for (guint i = 0; i < self->changed_domains->len; i++)
    if (g_str_equal (g_ptr_array_index (self->changed_domains, i), domain))
      return;

  g_ptr_array_add (self->changed_domains, (gpointer) domain);
}

guint
bb_database_add_pre_commit_hook (BbDatabase      *self,
                                 BbPreCommitHook  hook,
                                 gpointer         user_data,
                                 GDestroyNotify   destroy)
{
  PreCommitHook entry = { ++self->last_hook_id, hook, user_data, destroy };

  g_return_val_if_fail (BB_IS_DATABASE (self), 0);
  g_return_val_if_fail (hook != NULL, 0);

  g_array_append_val (self->hooks, entry);
  return entry.id;
}

void
_bb_database_clear_hook (gpointer data)
{
  PreCommitHook *hook = data;

  if (hook->destroy != NULL)
    hook->destroy (hook->user_data);
}

void
bb_database_remove_pre_commit_hook (BbDatabase *self,
                                    guint       hook_id)
{
  g_return_if_fail (BB_IS_DATABASE (self));

  for (guint i = 0; i < self->hooks->len; i++)
    if (g_array_index (self->hooks, PreCommitHook, i).id == hook_id)
      {
        g_array_remove_index (self->hooks, i);
        return;
      }
}
