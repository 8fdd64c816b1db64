/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bb-pending-delete.h"

struct _BbPendingDelete
{
  GObject   parent_instance;

  char     *undo_action;
  gint64    id;
  AdwToast *toast;
  guint     commit_idle;
};

G_DEFINE_FINAL_TYPE (BbPendingDelete, bb_pending_delete, G_TYPE_OBJECT)

enum {
  COMMIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
bb_pending_delete_commit (BbPendingDelete *self)
{
  g_autoptr(AdwToast) toast = NULL;
  gint64 id;

  g_return_if_fail (BB_IS_PENDING_DELETE (self));

  toast = g_steal_pointer (&self->toast);
  id = self->id;
  g_clear_handle_id (&self->commit_idle, g_source_remove);
  if (id == 0)
    return;

  self->id = 0;
  g_signal_emit (self, signals[COMMIT], 0, id);
  if (toast != NULL)
    adw_toast_dismiss (toast);
}

static gboolean
commit_idle (gpointer user_data)
{
  BbPendingDelete *self = BB_PENDING_DELETE (user_data);

  self->commit_idle = 0;
  bb_pending_delete_commit (self);
  return G_SOURCE_REMOVE;
}

/* Left to the main loop: when Undo dismissed the toast, it has run by then. */
static void
on_toast_dismissed (BbPendingDelete *self,
                    AdwToast        *toast)
{
  if (toast == self->toast && self->commit_idle == 0)
    self->commit_idle = g_idle_add (commit_idle, self);
}

AdwToast *
bb_pending_delete_start (BbPendingDelete *self,
                         gint64           id,
                         const char      *title)
{
  AdwToast *toast;

  g_return_val_if_fail (BB_IS_PENDING_DELETE (self), NULL);
  g_return_val_if_fail (id != 0, NULL);

  bb_pending_delete_commit (self);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, self->undo_action);
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (id));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  /* Long enough to reach the button with the keyboard (F6, Tab) after reading it. */
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self, G_CONNECT_SWAPPED);
  self->id = id;
  self->toast = g_object_ref (toast);

  return toast;
}

gboolean
bb_pending_delete_cancel (BbPendingDelete *self,
                          gint64           id)
{
  g_return_val_if_fail (BB_IS_PENDING_DELETE (self), FALSE);

  if (id == 0 || id != self->id)
    return FALSE;

  self->id = 0;
  g_clear_object (&self->toast);
  g_clear_handle_id (&self->commit_idle, g_source_remove);
  return TRUE;
}

gint64
bb_pending_delete_get_id (BbPendingDelete *self)
{
  g_return_val_if_fail (BB_IS_PENDING_DELETE (self), 0);

  return self->id;
}

static void
bb_pending_delete_dispose (GObject *object)
{
  BbPendingDelete *self = BB_PENDING_DELETE (object);

  /* An idle left would run on a freed object; the view commits before it lets go. */
  g_clear_handle_id (&self->commit_idle, g_source_remove);
  g_clear_object (&self->toast);

  G_OBJECT_CLASS (bb_pending_delete_parent_class)->dispose (object);
}

static void
bb_pending_delete_finalize (GObject *object)
{
  BbPendingDelete *self = BB_PENDING_DELETE (object);

  g_free (self->undo_action);

  G_OBJECT_CLASS (bb_pending_delete_parent_class)->finalize (object);
}

static void
bb_pending_delete_class_init (BbPendingDeleteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bb_pending_delete_dispose;
  object_class->finalize = bb_pending_delete_finalize;

  signals[COMMIT] = g_signal_new ("commit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
bb_pending_delete_init (BbPendingDelete *self)
{
}

BbPendingDelete *
bb_pending_delete_new (const char *undo_action)
{
  BbPendingDelete *self;

  g_return_val_if_fail (undo_action != NULL, NULL);

  self = g_object_new (BB_TYPE_PENDING_DELETE, NULL);
  self->undo_action = g_strdup (undo_action);
  return self;
}
