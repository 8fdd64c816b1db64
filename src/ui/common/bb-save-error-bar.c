/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-database.h"
#include "bb-save-error-bar.h"

/* Long enough not to load a database another program is busy with; short enough
 * that a save lands soon after it lets go. */
#define RETRY_INTERVAL_MS 1000

struct _BbSaveErrorBar
{
  GtkWidget    parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *headline_label;
  GtkLabel    *detail_label;
  GtkButton   *retry_button;

  guint        retry_source;
  /* A save failed since the last one that went through. */
  gboolean     failed;
};

G_DEFINE_FINAL_TYPE (BbSaveErrorBar, bb_save_error_bar, GTK_TYPE_WIDGET)

enum {
  SIGNAL_RETRY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
bb_save_error_dup_headline (const GError *error)
{
  if (error->domain != BB_DATABASE_ERROR)
    return NULL;

  switch (error->code)
    {
    case BB_DATABASE_ERROR_FULL:
      return g_strdup (_("The disk is full – nothing was saved. Free some space and press Save Again."));
    case BB_DATABASE_ERROR_IO:
      return g_strdup (_("The database file could not be written – nothing was saved. Check the disk or network drive and press Save Again."));
    case BB_DATABASE_ERROR_NO_MEMORY:
      return g_strdup (_("The computer ran out of memory – nothing was saved. Close other programs and press Save Again."));
    case BB_DATABASE_ERROR_BUSY:
      return g_strdup (_("The database is busy – your change will be saved as soon as it is free."));
    case BB_DATABASE_ERROR_READ_ONLY:
      return g_strdup (_("The database can only be read – nothing was saved."));
    default:
      return NULL;
    }
}

gboolean
bb_save_error_is_fault (const GError *error)
{
  g_autofree char *headline = bb_save_error_dup_headline (error);

  return headline != NULL;
}

static gboolean
on_retry_timeout (gpointer data)
{
  BbSaveErrorBar *self = data;

  self->retry_source = 0;
  g_signal_emit (self, signals[SIGNAL_RETRY], 0);
  return G_SOURCE_REMOVE;
}

static void
stop_waiting (BbSaveErrorBar *self)
{
  g_clear_handle_id (&self->retry_source, g_source_remove);
}

static void
on_retry_clicked (BbSaveErrorBar *self)
{
  stop_waiting (self);
  g_signal_emit (self, signals[SIGNAL_RETRY], 0);
}

static void
reveal (BbSaveErrorBar *self,
        const char     *headline,
        const char     *detail,
        gboolean        can_retry)
{
  gtk_label_set_text (self->headline_label, headline);
  gtk_label_set_text (self->detail_label, detail != NULL ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), detail != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->retry_button), can_retry);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

void
bb_save_error_bar_show (BbSaveErrorBar *self,
                        const GError   *error)
{
  g_autofree char *headline = NULL;

  g_return_if_fail (BB_IS_SAVE_ERROR_BAR (self));
  g_return_if_fail (error != NULL);

  stop_waiting (self);
  self->failed = TRUE;
  headline = bb_save_error_dup_headline (error);

  /* A mistake in the form (a missing title) needs no more words than its own. */
  if (headline == NULL)
    {
      reveal (self, error->message, NULL, FALSE);
      return;
    }

  reveal (self, headline, error->message,
          !g_error_matches (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY));

  if (g_error_matches (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_BUSY))
    self->retry_source = g_timeout_add (RETRY_INTERVAL_MS, on_retry_timeout, self);
}

void
bb_save_error_bar_show_message (BbSaveErrorBar *self,
                                const char     *message)
{
  g_return_if_fail (BB_IS_SAVE_ERROR_BAR (self));

  stop_waiting (self);
  reveal (self, message, NULL, FALSE);
}

void
bb_save_error_bar_saved (BbSaveErrorBar *self)
{
  GtkWidget *overlay;

  g_return_if_fail (BB_IS_SAVE_ERROR_BAR (self));

  bb_save_error_bar_hide (self);
  if (!self->failed)
    return;

  self->failed = FALSE;
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (_("Your change is saved")));
}

void
bb_save_error_bar_hide (BbSaveErrorBar *self)
{
  g_return_if_fail (BB_IS_SAVE_ERROR_BAR (self));

  stop_waiting (self);
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
}

void
bb_save_error_bar_clear (BbSaveErrorBar *self)
{
  g_return_if_fail (BB_IS_SAVE_ERROR_BAR (self));

  bb_save_error_bar_hide (self);
  self->failed = FALSE;
}

gboolean
bb_save_error_bar_has_unsaved (BbSaveErrorBar *self)
{
  g_return_val_if_fail (BB_IS_SAVE_ERROR_BAR (self), FALSE);

  return self->failed;
}

gboolean
bb_save_error_bar_is_waiting (BbSaveErrorBar *self)
{
  g_return_val_if_fail (BB_IS_SAVE_ERROR_BAR (self), FALSE);

  return self->retry_source != 0;
}

static void
bb_save_error_bar_dispose (GObject *object)
{
  BbSaveErrorBar *self = BB_SAVE_ERROR_BAR (object);

  stop_waiting (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_SAVE_ERROR_BAR);

  G_OBJECT_CLASS (bb_save_error_bar_parent_class)->dispose (object);
}

static void
bb_save_error_bar_class_init (BbSaveErrorBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_save_error_bar_dispose;

  signals[SIGNAL_RETRY] =
    g_signal_new ("retry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/common/bb-save-error-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, BbSaveErrorBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, BbSaveErrorBar, headline_label);
  gtk_widget_class_bind_template_child (widget_class, BbSaveErrorBar, detail_label);
  gtk_widget_class_bind_template_child (widget_class, BbSaveErrorBar, retry_button);
  gtk_widget_class_bind_template_callback (widget_class, on_retry_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
bb_save_error_bar_init (BbSaveErrorBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
